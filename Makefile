# Two commands do everything: `make run` and `make test`.
#   make run  [PYTHON=python3.12] [HOST=0.0.0.0] [PORT=8000]
#   make test [ARGS="tests/news -x"]
# PYTHON: the interpreter that makes .venv; default the first of python3.13, python3.12,
# python3.11, python3 that is really there and is 3.11 or newer.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test check lint format locale install install-dev lock mutation clean stack stack-stop bench lighthouse

$(VENV)/bin/python:
	@test -n "$(PYTHON)" || { echo "No Python 3.11 or newer found: install one, or pass PYTHON=/path/to/python3.11"; exit 1; }
	@# Debian and Ubuntu ship venv's ensurepip apart (python3.11-venv): the installer adds it if missing.
	@$(PYTHON) -c 'import ensurepip' >/dev/null 2>&1 || scripts/install-deps.sh --venv $(PYTHON)
	@# A venv whose ensurepip failed half-way would look made to the next run: remove it instead.
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(PY) -m pip install --quiet --upgrade pip || { rm -rf $(VENV); exit 1; }

# Installs exactly the locked versions, every file checked against its hash.
$(VENV)/.installed: requirements.lock | $(VENV)/bin/python
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements.lock requirements-dev.lock | $(VENV)/bin/python
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Serve the portal with the demo content on http://$(HOST):$(PORT) (SQLite, no Elasticsearch needed).
run: install
	exec scripts/run-dev.sh $(HOST) $(PORT)

## The whole suite; installs what it needs (scripts/install-deps.sh), starts its own Elasticsearch, stops it after.
test: install-dev
	scripts/run-tests.sh $(ARGS)

## The production stack on this machine (README "Reference deployment"); `make stack-stop` removes it.
stack: install-dev
	scripts/stack.sh start

stack-stop:
	scripts/stack.sh stop

## Page and search benchmarks in one run, as ratios to a whitenoise static file (docs/PERFORMANCE.md).
## ARTICLES=100000 for the large run; set ELASTICSEARCH_URL to include Elasticsearch. Installs wrk (install-deps).
ARTICLES ?= 10000
bench: install-dev
	scripts/install-deps.sh
	ARTICLES=$(ARTICLES) $(PY) bench/run_all.py --articles $(ARTICLES)

## Lighthouse (mobile) on every public page type of a fresh demo portal (docs/PERFORMANCE.md). Needs Node.js and
## chromium; installs Lighthouse into ~/.cache on first use. Fails when accessibility or SEO < 100 on an indexable
## page; PERFORMANCE=1 also when performance < 95 (noisy on a shared machine). ARGS="--pages search --runs 3".
lighthouse: install
	$(PY) bench/lighthouse.py $(if $(PERFORMANCE),--performance) $(ARGS)

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

## Rewrite both locks (with hashes) from requirements*.txt: adds and drops packages, keeps the other
## pins. `make lock UPGRADE=1` takes the newest version every range allows.
PIP_COMPILE = $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-find-links \
	$(if $(UPGRADE),--upgrade)
## OLDEST_PYTHON: Debian 12's python3, the oldest a fresh machine offers (README "Fresh machine").
OLDEST_PYTHON ?= 3.11.2
lock: $(VENV)/bin/python
	$(PY) -m pip install --quiet "pip-tools>=7.5,<7.7"
	$(PIP_COMPILE) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) --output-file requirements-dev.lock requirements-dev.txt
	@# pip-compile picks for the Python it runs on: check every pin also installs on the oldest we support
	@# (Requires-Python only: a dependency behind a python_full_version marker, as async-timeout, it cannot see).
	$(PY) -m pip install --quiet --dry-run --ignore-installed --no-deps --only-binary=:all: \
		--python-version $(OLDEST_PYTHON) --target $(VENV)/lock-check -r requirements-dev.lock \
		|| { echo "A pin above needs a newer Python than $(OLDEST_PYTHON): bound it in requirements*.txt"; exit 1; }
	@echo "Locks rewritten; 'make install-dev' installs them. Commit requirements*.lock."

## Mutation testing (hours; not part of CI): what is mutated and which tests run is set in setup.cfg [mutmut];
## the report is docs/MUTATION.md. Runs at the lowest CPU priority, MUTATION_CHILDREN mutants at a time; an
## interrupted run goes on where it stopped. MUTANTS="editorial.services*" (re)checks one module's mutants.
## Set ELASTICSEARCH_URL to use a running server instead of starting one.
MUTATION_CHILDREN ?= 2
mutation: install-dev
	PYTEST_PLUGINS=tests.fastest_first scripts/run-tests.sh --run nice -n 19 $(VENV)/bin/mutmut run --max-children $(MUTATION_CHILDREN) $(if $(MUTANTS),"$(MUTANTS)")
	$(VENV)/bin/mutmut results
	$(PY) scripts/mutation-counts.py

clean:
	rm -rf $(VENV) db.sqlite3 media collected-static mutants
