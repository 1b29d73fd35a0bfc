# Everything a fresh machine needs, in two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DHR := $(BIN)/dhr
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: redaction-wordlists install install-bench assets run serve test test-fast lint format bench bench-redaction bench-realtext bench-reports bench-library clean

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

# Migrate, load the demo (idempotent), then serve as production would (debug
# off, static files from collectstatic through WhiteNoise; DHR_DEBUG=1 for
# Django's debug pages) with a background worker beside the web server. Ctrl-C
# stops both. The secret and audit keys are made once, kept in var/ (never in
# the repository) and passed in the environment; the settings never invent one.
# Plain http on a laptop: no https redirect, cookies not marked Secure.
RUN_ENV = DHR_SECRET_KEY="$$(cat var/secret_key)" DHR_AUDIT_KEY="$$(cat var/audit_key)" \
	DHR_DEBUG="$${DHR_DEBUG:-0}" DHR_SSL_REDIRECT=0 DHR_SECURE_COOKIES=0 \
	DHR_ALLOWED_HOSTS="$${DHR_ALLOWED_HOSTS:-$(HOST),127.0.0.1,localhost}"

var/secret_key var/audit_key:
	mkdir -p var
	umask 077 && $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@

run: install assets var/secret_key var/audit_key
	$(RUN_ENV) $(DHR) migrate --noinput -v0
	$(RUN_ENV) $(DHR) demo
	$(RUN_ENV) $(DHR) library import-dhrd data/dhrd
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	@export $(RUN_ENV); \
	$(DHR) db_worker & worker=$$!; \
	trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	$(BIN)/gunicorn dhr.wsgi:application --bind $(HOST):$(PORT) --workers 2 --access-logfile - --logger-class dhr.gunicorn_logging.RedactingLogger

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/bandit -c .ci/bandit.yaml -r src -q -x '*/tests/*'

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: bench-redaction bench-library bench-public

redaction-wordlists: install
	$(BIN)/pip install -q -e '.[dev,wordlists]'
	test -f /usr/share/dict/british-english-huge || apt-get install -y wbritish wbritish-huge
	$(BIN)/python -m dhr.redaction.data.build

bench-redaction: install-bench
	$(BIN)/python bench/redaction/run.py

# Real published DHR text (docs/redaction-benchmark.md): the texts are not in the
# repository; put them in $$DHR_REALTEXT/texts (default ~/.cache/dhr/realtext).
bench-realtext: install
	$(BIN)/python -m bench.redaction.realtext check
	$(BIN)/python -m bench.redaction.realtext evaluate --split dev --series abcdefghi
	$(BIN)/python -m bench.redaction.realtext evaluate --split holdout --series abcdefghi

# A 150-page overview report to PDF and .docx through the background worker.
bench-reports: install
	$(BIN)/python bench/reports/run.py --pages 150

# The library search benchmark (SQLite under var/bench, removed after; set
# DATABASE_URL to a PostgreSQL database of your own to run it there).
# BENCH_LIBRARY_ARGS, e.g. --reviews 300, for a smaller run.
bench-library: install
	$(BIN)/python bench/library/run.py $(BENCH_LIBRARY_ARGS)

# The public site under load: 200 published reviews, gunicorn with two workers
# on loopback, wrk at 50 connections (installs Debian's wrk if missing).
bench-public: install
	command -v wrk >/dev/null || apt-get install -y wrk
	$(BIN)/python bench/public/run.py $(BENCH_PUBLIC_ARGS)

clean:
	rm -rf $(VENV) node_modules staticfiles var .pytest_cache .mypy_cache
