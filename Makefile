# SMS Planner developer commands. `make run` and `make test` are all a new contributor needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint unit bench stats screenshots reliability package package-test clean \
	translations

# The GUI's translations: .ts sources in git, .qm built here (scripts/i18n.py explains the rest).
TS_FILES := $(wildcard resources/translations/smsplanner_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) translations
	$(PY) -m smsplanner

lint: $(STAMP)
	$(VENV)/bin/ruff check smsplanner tests bench
	$(VENV)/bin/lint-imports
	$(PY) scripts/mypy_ratchet.py
	$(PY) scripts/i18n.py check

# The suite on every core (pytest-xdist: one worker per core; JOBS=0 runs one plain process).
# Each test file stays on one worker, so a module-scoped fixture is built once, not per worker.
JOBS ?= auto

unit: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n $(JOBS) --dist loadfile

test: lint unit

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# The statistics' promises at full size (false wins, forecast coverage, short histories):
# seeded simulations, one table per goal; RUNS=1000 for a quicker look.
stats: $(STAMP)
	$(PY) -m bench.stats_tables --runs $${RUNS:-4000}

# The fault and bad-input suites at a larger size; ends with a table of scenario, trials and
# how many survived with nothing lost (make test runs the same tests at a small size).
reliability: $(STAMP) translations
	SMSPLANNER_RELIABILITY_TRIALS=$${SMSPLANNER_RELIABILITY_TRIALS:-100} QT_QPA_PLATFORM=offscreen \
		$(PY) -m pytest -q -p no:cacheprovider tests/reliability

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m smsplanner.ui.devtools.screenshots docs/screenshots

# The double-click app (build.spec) in dist/; package-test starts the built app's self-test.
APP_EXE := dist/SMS Planner/SMS Planner

package: $(STAMP) translations
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet -e '.[package]'
	bash packaging/linux_build_deps.sh
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh "dist/SMS Planner"

# In German, as a German system starts it: the self-test checks the menus speak it.
package-test: package
	env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen \
		"$(APP_EXE)" --self-test

clean:
	rm -rf build dist .pytest_cache .ruff_cache
