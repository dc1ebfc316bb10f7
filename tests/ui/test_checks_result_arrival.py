"""When a big register's checks arrive (#21): the Checks view's counts and the Transfers view's rows are made in the
checks' worker, and the UI thread only lays them out, the same as when it computed them itself."""

from __future__ import annotations

import threading

from ropa_app.ui import checks_view, register_checks, transfers_view
from ropa_app.ui.checks_view import ChecksView
from ropa_app.ui.findings_model import FindingsTableModel
from ropa_app.ui.register_checks import checks_for
from ropa_app.ui.transfers_view import TransfersView

from .checks_helpers import demo_session


def _shown(view) -> list[list[str]]:
    p = view.table.model()  # what the table shows
    return [[p.index(r, c).data() for c in range(p.columnCount())] for r in range(p.rowCount())]


def test_the_checks_and_transfers_views_get_their_rows_and_counts_from_the_worker(qtbot, tmp_path, monkeypatch):
    store, session = demo_session(qtbot, tmp_path)
    checks = checks_for(session)
    checks_page, transfers_page = ChecksView(), TransfersView()
    for view in (checks_page, transfers_page):
        qtbot.addWidget(view)
        view.set_session(session)
    inline = (checks_page.counts_label.text(), _shown(checks_page), transfers_page.summary.text(),
              _shown(transfers_page))
    assert "error" in inline[0] and inline[1] and "transfer" in inline[2] and inline[3]

    made_on_ui_thread = []

    def spy(real):
        def made(*args):
            made_on_ui_thread.append((real.__name__, threading.current_thread() is threading.main_thread()))
            return real(*args)
        return made

    monkeypatch.setattr(checks_view, "counts", spy(checks_view.counts))  # (the view's own, were none made)
    monkeypatch.setattr(register_checks, "counts", spy(register_checks.counts))  # (`derive_counts`, in the worker)
    monkeypatch.setattr(transfers_view, "transfer_rows", spy(transfers_view.transfer_rows))
    checks.background_threshold = 0  # the demo is checked as a big register is: in a worker
    with qtbot.waitSignal(checks.updated, timeout=20000):
        checks.refresh()
    assert set(made_on_ui_thread) == {("counts", False), ("transfer_rows", False)}, "in the worker, never here"
    assert isinstance(checks.derived[register_checks.TRANSFER_ROWS], transfers_view.TransferRows)
    after = (checks_page.counts_label.text(), _shown(checks_page), transfers_page.summary.text(),
             _shown(transfers_page))
    assert after == inline, "the same views as computed on the UI thread"
    store.close()


def test_a_reload_of_new_findings_does_not_compare_them_with_the_old(qtbot, monkeypatch):
    """Findings have no identity across runs: a reload does not go through the old and new rows' keys (~40 ms of
    the UI thread at 159,000 findings), and the old rows' index is not kept for the new ones."""
    from ropa_app.domain.checks.findings import Finding

    def findings(label: str) -> list[Finding]:
        return [Finding("rule", "warning", "check.rule", "", "activity", n, f"{label} {n}") for n in range(5)]

    model = FindingsTableModel()
    model.set_findings(findings("Payroll"))
    model.set_filter(search="payroll")  # a short list: its index built here, now
    assert model.index_ready and model.rowCount() == 5

    def no_keys(_row):
        raise AssertionError("row keys compared")

    monkeypatch.setattr(model, "row_key", no_keys)
    model.set_findings(findings("Hosting"))
    assert model.rowCount() == 0  # searched again, in the new findings' own index
    model.set_filter(search="hosting")
    assert model.rowCount() == 5


def test_a_previous_result_is_let_go_of_in_a_worker_and_what_is_still_read_is_kept(qtbot, tmp_path, monkeypatch):
    """A new run's result replaces the previous one: its findings and records are freed in a worker, an item at a
    time (at once on the UI thread, ~0.4 s at 50,000 activities), and whatever something still holds stays whole."""
    import sys

    from ropa_app.ui import register_checks

    store, session = demo_session(qtbot, tmp_path)
    checks = checks_for(session)
    checks.background_threshold = 0  # the demo is checked as a big register is: in a worker
    monkeypatch.setattr(register_checks, "LET_GO_IN_A_WORKER_FROM", 0)  # and its result let go of as a big one's
    with qtbot.waitSignal(checks.updated, timeout=20000):
        checks.refresh()
    finding, kept_register = checks.findings[-1], checks.register  # something still reads the register
    records = list(kept_register.activities)
    made_on_ui_thread = []
    real = register_checks._big_lists

    def big_lists(holder):
        made_on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(holder)

    monkeypatch.setattr(register_checks, "_big_lists", big_lists)
    with qtbot.waitSignal(checks.updated, timeout=20000):
        checks.refresh()
    qtbot.waitUntil(lambda: sys.getrefcount(finding) == 2, timeout=5000)  # here only (2: `finding`, the argument)
    assert made_on_ui_thread and not any(made_on_ui_thread)
    assert kept_register is not checks.register and kept_register.activities == records and records
    store.close()
