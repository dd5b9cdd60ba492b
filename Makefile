# Two commands do all the set-up: `make demo` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: screenshots setup demo demo-plan test test-unit test-qgis lint translations sample-town zip clean mutation

setup:
	@bash scripts/setup.sh

demo: setup
	@bash scripts/demo.sh

demo-plan: setup
	@bash scripts/demo_plan.sh

test: setup lint
	@bash scripts/test.sh

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

translations: setup
	$(PY) scripts/update_translations.py

sample-town: setup
	$(PY) resources/make_sample_town.py
	$(PY) resources/make_sample_lycee.py

# The dossier's pages, the desktop and the garage in 2D and 3D as PNG into docs/: look at them.
screenshots: setup
	@bash scripts/screenshot_dossier.sh
	$(PY) scripts/screenshot_desktop.py
	$(PY) scripts/garage_figure.py

zip:
	@bash scripts/package.sh

# Mutation testing of the core (not in CI): see README, development.
mutation: setup
	@bash scripts/mutation.sh

clean:
	rm -rf out dist .pytest_cache mutants
