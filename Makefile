# Everything a fresh machine needs, in two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DHR := $(BIN)/dhr
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-bench assets run serve test test-fast lint format bench bench-redaction clean

$(VENV)/.stamp: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

assets: $(VENV)/.stamp node_modules/.stamp
	$(DHR) collectstatic --noinput -v0

install: $(VENV)/.stamp node_modules/.stamp

install-bench: install
	$(BIN)/pip install -q -e '.[dev,bench]'

# Migrate, load the demo (idempotent), then serve with a background worker beside
# the web server. Ctrl-C stops both.
run: install assets
	mkdir -p var
	$(DHR) migrate --noinput -v0
	$(DHR) demo
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	@$(DHR) db_worker & worker=$$!; \
	trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	$(BIN)/gunicorn dhr.wsgi:application --bind $(HOST):$(PORT) --workers 2 --access-logfile - --logger-class dhr.gunicorn_logging.RedactingLogger

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: bench-redaction

bench-redaction: install-bench
	$(BIN)/python bench/redaction/run.py

clean:
	rm -rf $(VENV) node_modules staticfiles var .pytest_cache .mypy_cache
