#!/usr/bin/env bash
# `make dist-test`: the frozen app from `make dist` checks itself, as a user's machine would run it.
#  1. ROPA-Desk --self-test offscreen (window, demo register, checks, xlsx and pdf export read back), and
#     ROPA-Desk --lang sv: the window comes up in Swedish;
#  2. the command line: --version, a demo register, its checks (exit 1: the demo has findings);
#  3. Linux: every library the bundle's own Qt/Python libraries need is in the bundle; no dangling links.
# The app data folder (the self-test log) is build/dist-test/; nothing of the user's is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
app=dist/ROPA-Desk
[ -x "${app}/ROPA-Desk" ] || { echo "${app} is missing: run 'make dist' first" >&2; exit 1; }
work="$(pwd)/build/dist-test"
rm -rf "${work}" && mkdir -p "${work}"
export ROPA_DESK_DATA_DIR="${work}/app-data" QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME

echo "== ${app}/ROPA-Desk --self-test"
"${app}/ROPA-Desk" --self-test
echo "== ${app}/ROPA-Desk --lang sv (starts in Swedish, then quits when shown)"
ROPA_DESK_EXIT_WHEN_SHOWN=1 "${app}/ROPA-Desk" --lang sv | grep -q ROPA_DESK_SHOWN \
  || { echo "the frozen app did not start with --lang sv" >&2; exit 1; }
grep -q "Interface language: sv (&Arkiv)" "${ROPA_DESK_DATA_DIR}/logs/ropa-desk.log" \
  || { echo "the frozen app did not start in Swedish with --lang sv (see its log)" >&2; exit 1; }
echo "started in Swedish: $(grep -o 'Interface language: sv ([^)]*)' "${ROPA_DESK_DATA_DIR}/logs/ropa-desk.log" | tail -1)"
echo "== ${app}/ropa-app"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n1)"
[ "$("${app}/ropa-app" --version)" = "ROPA Desk ${version}" ] \
  || { echo "ropa-app --version does not say ${version} (pyproject.toml)" >&2; exit 1; }
echo "ROPA Desk ${version}"
"${app}/ropa-app" demo "${work}/demo.ropa" >/dev/null
status=0; "${app}/ropa-app" check "${work}/demo.ropa" >"${work}/check.txt" || status=$?
[ "${status}" -eq 1 ] && grep -qi "error" "${work}/check.txt" \
  || { echo "ropa-app check: expected findings and exit status 1, got ${status}" >&2; exit 1; }
echo "ropa-app check on the demo: exit 1 with findings, as expected"

if [ "$(uname -s)" = Linux ]; then
  echo "== bundled libraries"
  missing="$(find "${app}/_internal" -name '*.so*' -type f -exec ldd {} \; 2>/dev/null \
             | grep 'not found' | grep -E 'libQt6|libicu|libpyside|libshiboken|libpython' | sort -u || true)"
  [ -z "${missing}" ] || { echo "libraries missing from the bundle:" >&2; echo "${missing}" >&2; exit 1; }
  system="$(find "${app}/_internal" -name '*.so*' -type f -exec ldd {} \; 2>/dev/null \
            | grep 'not found' | awk '{print $1}' | sort -u | tr '\n' ' ' || true)"
  echo "all bundled libraries resolve${system:+; not on this machine (system packages a desktop has): ${system}}"
  dangling="$(find "${app}" -xtype l)"
  [ -z "${dangling}" ] || { echo "links to nothing in the bundle:" >&2; echo "${dangling}" >&2; exit 1; }
fi
echo "dist-test passed"
