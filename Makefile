# IOC Console — `make run` opens the console, `make test` runs every test. Both set up first:
# Debian packages that are missing, the .venv, the project, the translations.

# the first Python 3.11 or newer on the PATH
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
  command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  2>/dev/null && echo $$p && break; done)
VENV := .venv
PY := $(VENV)/bin/python
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
ARGS ?=
PYTEST_ARGS ?=

.PHONY: setup system-deps translations update-translations run test lint selftest bench screenshot clean

setup: system-deps $(VENV)/.installed translations

system-deps:
	@test -n "$(PYTHON)" || { echo "IOC Console needs Python 3.11 or newer (python3 --version)."; exit 1; }
	@PYTHON=$(PYTHON) scripts/system-deps.sh

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# refresh the .ts sources from the code and the forms (translators then edit the .ts)
update-translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files -co --exclude-standard 'ioc_console/*.py' 'plugins/*.py') ui/*.ui -ts $(TS)

run: setup
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ "$$(uname)" = Linux ]; then \
	  echo "No display: running under a virtual one (Xvfb)."; scripts/with-xvfb.sh $(PY) main.py $(ARGS); \
	else $(PY) main.py $(ARGS); fi

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	PYTHONPATH=$(CURDIR) $(VENV)/bin/mypy

test: setup lint
	scripts/with-xvfb.sh $(PY) -m pytest $(PYTEST_ARGS)

selftest: setup
	scripts/with-xvfb.sh $(PY) main.py --self-test

bench: setup
	scripts/with-xvfb.sh $(PY) -m pytest tests/benchmarks -s -q -p no:cacheprovider

screenshot: setup
	IOC_CONSOLE_HOME=$$(mktemp -d) scripts/with-xvfb.sh $(PY) scripts/screenshot.py docs/screenshot.png $(ARGS)

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .ruff_cache
