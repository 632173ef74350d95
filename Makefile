# Two commands do everything: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test check lint format locale install install-dev clean stack stack-stop bench

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Serve the portal with the demo content on http://127.0.0.1:8000 (SQLite, no Elasticsearch needed).
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) setup_portal
	$(MANAGE) search_index rebuild
	@echo "Portal: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/ (see README for the demo users)"
	scripts/run-dev.sh $(HOST) $(PORT)

## The whole suite; starts what it needs (Debian chromium, Elasticsearch) and stops it after.
test: install-dev
	scripts/run-tests.sh

## The production stack on this machine (README "Reference deployment"); `make stack-stop` removes it.
stack: install-dev
	scripts/stack.sh start

stack-stop:
	scripts/stack.sh stop

## Page and search benchmarks in one run, as ratios to a whitenoise static file (docs/PERFORMANCE.md).
## ARTICLES=100000 for the large run; set ELASTICSEARCH_URL to include Elasticsearch. Needs wrk.
ARTICLES ?= 10000
bench: install-dev
	ARTICLES=$(ARTICLES) $(PY) bench/run_all.py --articles $(ARTICLES)

## Django's system checks and the migration check, as CI runs them.
check: install-dev
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## Merge locale/src/*.po into the Vietnamese catalogue and compile it (Debian's gettext); commit the result.
locale:
	scripts/build-locale.sh

clean:
	rm -rf $(VENV) db.sqlite3 media collected-static
