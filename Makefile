# Chinese Teach: two commands for users (`make run`, `make test`), the rest for developers.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench bundle windows-bundle screenshots clean

# After the venv, name any missing system package (Qt's libraries, fonts, test tools)
# in one apt-get line; only a hint, the set-up goes on.
setup: $(STAMP)
	@$(PYTHON) packaging/check_system.py

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
	  { $(PYTHON) packaging/check_system.py; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: setup
	$(BIN)/chinese-teach

lint: setup
	$(BIN)/ruff check chinese_teach tests benchmarks packaging

test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

# The one-folder app for this OS in dist/ (and on Linux the .deb), self-tested.
bundle: setup
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build_bundle.py

# The Windows installer built and smoke-tested under Wine (Debian/Ubuntu, installs Wine
# with apt): dist/windows/chinese-teach-VERSION-setup.exe, installed silently, self-tested,
# uninstalled. Exit 77 (printed SKIPPED) when apt/npm/PyPI cannot provide the tools.
windows-bundle: setup
	bash packaging/windows/build_under_wine.sh

# Every page, the start page and the main dialogs at 1366×768, 1920×1080 and 1920×1080 at
# 150 % in docs/screenshots/ (offscreen, fresh data directory, default settings), and the
# start page in the five interface languages: see packaging/screenshots.py.
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info
