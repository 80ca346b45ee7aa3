# Carbon Drivers: set-up, demo, tests and packaging on Debian 12 or 13.
PLUGIN := carbon_drivers
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
VENV := .venv
SYSTEM_PYTHON := /usr/bin/python3
DIST := dist

.PHONY: setup demo test package clean translations-update translations

setup:
	bash scripts/setup.sh

demo: setup
	QT_QPA_PLATFORM=offscreen $(SYSTEM_PYTHON) scripts/demo.py

test: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest

package:
	bash scripts/package.sh $(PLUGIN) $(VERSION) $(DIST)

# Collect the strings of the code into i18n/*.ts (pylupdate5, Debian package
# pyqt5-dev-tools); translations of unchanged strings are kept.
translations-update:
	$(SYSTEM_PYTHON) scripts/translations.py update

# Compile i18n/*.ts into the .qm files the plugin loads (lrelease, Debian
# package qttools5-dev-tools). The .qm files are committed: users who install
# from the zip have no lrelease.
# Debian 12 links lrelease through qtchooser; without it the Qt 5 tool
# lives in /usr/lib/qt5/bin.
LRELEASE := $(shell command -v lrelease || command -v lrelease-qt5 || echo /usr/lib/qt5/bin/lrelease)

translations:
	for ts in i18n/carbondrivers_*.ts; do $(LRELEASE) -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; done

clean:
	rm -rf $(DIST) build .pytest_cache demo-output
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
