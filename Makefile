# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint format translations bench package clean

$(STAMP): pyproject.toml setup.py
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,lint,package]'
	touch $(STAMP)

# the system libraries Qt needs (Debian/Ubuntu): installed when allowed, else the command is shown
run: $(STAMP)
	@packaging/system-deps.sh run
	$(VENV)/bin/isa-desk --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# what CI checks besides the tests: lint rules, formatting, types of core and commands
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

translations: $(STAMP)
	$(PY) translations/update.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

# the one-folder program in dist/isa-desk (PyInstaller; the tests smoke-test it too)
package: $(STAMP)
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info
