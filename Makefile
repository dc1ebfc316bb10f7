# Two commands on a fresh machine: `make run` (set up and start the app) and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint setup demo clean benchmarks screenshots dist dist-test

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m ropa_app $(FILE)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# ruff (configured in pyproject.toml) and vulture (dead code; tools/vulture_whitelist.py says what it cannot see).
lint: $(STAMP)
	$(VENV)/bin/ruff check ropa_app tests benchmarks docs installer tools
	$(VENV)/bin/vulture ropa_app tools/vulture_whitelist.py --min-confidence 80

demo: $(STAMP)
	$(VENV)/bin/ropa-app demo exports/demo.ropa

benchmarks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_gui.py
	$(PY) benchmarks/bench_export.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

# The installable app: dist/ROPA-Desk (one folder, PyInstaller) and its Linux tarball; docs/packaging.md.
DIST_STAMP := $(VENV)/.dist-stamp

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(PY) -m PyInstaller build.spec --noconfirm --clean --log-level WARN
	$(PY) installer/dist_report.py dist/ROPA-Desk $$(bash installer/linux/make-tarball.sh)

dist-test:
	bash installer/dist_test.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache
