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

.PHONY: setup system-deps translations update-translations run test lint selftest bench screenshot clean \
  package package-deps package-test package-check package-windows-test

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

# Deployment (README, "Install at a ward office"). `make package` builds the frozen one-folder
# bundle in its own clean environment (not .venv) and the Debian package, into build/out/:
# DEB_COMPRESSION=gzip for a quicker CI build (releases use xz). `make package-test` installs
# that package with apt on this machine, self-tests it under Xvfb, checks it with lintian,
# ldd and desktop-file-validate, and removes it. `make package-check` is the quick check of the
# packaging (rules, .deb layout on a stand-in bundle, the NSIS script), without a full build.
package-deps:
	@PACKAGING=1 scripts/system-deps.sh

package: package-deps
	build/make-bundle.sh
	build/linux/make-deb.sh

package-test: package-deps
	build/linux/test-deb.sh

package-check: $(VENV)/.installed
	scripts/with-xvfb.sh $(PY) -m pytest -q -p no:cacheprovider tests/packaging

package-windows-test: package-deps
	build/windows/test-installer.sh

clean:
	rm -rf build/out
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .ruff_cache
