# `make demo` and `make test` are all the set-up a fresh clone needs.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-fast system-deps bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Ingest the bundled example articles and show what storygraph found.
demo: install
	$(VENV)/bin/storygraph demo

## The whole suite: rule tests, model tests, gate tests on ../shared (skipped if absent).
test: install system-deps
	$(PY) -m pytest -q

## Only the fast tests (no model, no browser, no gates).
test-fast: install
	$(PY) -m pytest -q -m "not model and not browser and not gate"

## What the tests need from the system (a browser, a database server): installed if missing.
system-deps:
	@bash scripts/system-deps.sh

bench: install
	$(PY) benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info .pytest_cache storygraph-demo.db*
