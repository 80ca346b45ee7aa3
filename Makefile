# Carbon Drivers: set-up, demo, tests and packaging on Debian 12 or 13.
PLUGIN := carbon_drivers
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
VENV := .venv
SYSTEM_PYTHON := /usr/bin/python3
DIST := dist

.PHONY: setup demo test package clean

setup:
	bash scripts/setup.sh

demo: setup
	QT_QPA_PLATFORM=offscreen $(SYSTEM_PYTHON) scripts/demo.py

test: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest

package:
	bash scripts/package.sh $(PLUGIN) $(VERSION) $(DIST)

clean:
	rm -rf $(DIST) build .pytest_cache demo-output
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
