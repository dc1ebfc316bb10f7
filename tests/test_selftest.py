"""`python -m ropa_app --self-test`, run the way a user (or `make dist-test`) runs it: in its own process."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

STEPS = ("qt", "window", "checks", "export", "read_back", "countries", "languages")


def _self_test(data_dir: Path, broken: str | None = None) -> tuple[int, str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROPA_DESK_DATA_DIR": str(data_dir)}
    env.pop("ROPA_DESK_SELFTEST_BREAK", None)
    if broken:
        env["ROPA_DESK_SELFTEST_BREAK"] = broken
    result = subprocess.run([sys.executable, "-m", "ropa_app", "--self-test"],
                            capture_output=True, text=True, env=env, timeout=180)
    log = (data_dir / "logs" / "self-test.log").read_text(encoding="utf-8")
    kept = re.search(r"files kept in (.+)$", log.rstrip())
    if kept:  # a failed run keeps its files for the user to look at; the test cleans them up
        assert Path(kept.group(1)).is_dir()
        shutil.rmtree(kept.group(1))
    return result.returncode, result.stdout, log


def test_self_test_passes_and_logs_every_step(app_data_dir):
    status, stdout, log = _self_test(app_data_dir)
    assert status == 0, stdout
    assert log == stdout
    for step in STEPS:
        assert re.search(rf"^ok   {step} \(", log, re.MULTILINE), step
    assert log.rstrip().endswith("self-test passed")
    # The user's own settings and demo are left alone: only the log is written to the data folder.
    assert sorted(p.name for p in app_data_dir.iterdir()) == ["logs"]


@pytest.mark.parametrize("broken", ["qt", "export", "countries"])
def test_a_broken_step_fails_the_self_test(app_data_dir, broken):
    status, stdout, log = _self_test(app_data_dir, broken)
    assert status == 1
    assert f"FAIL {broken}: RuntimeError('broken on purpose" in log
    assert f"self-test FAILED: {broken};" in stdout
    ran = {s for s in STEPS if re.search(rf"^ok   {s} \(", log, re.MULTILINE)}
    assert ran == {"qt": set(), "export": {"qt", "window", "checks", "countries", "languages"},
                   "countries": set(STEPS) - {"countries"}}[broken]
