# Framdrift: `make run` serves the demo site, `make test` runs the whole suite.
SHELL := /bin/bash
HOST ?= 127.0.0.1
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python

# The first Python >= 3.12 found, unless PYTHON=... is given.
PYTHON ?= $(shell for candidate in python3.13 python3.12 python3.14 python3 \
	$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	  command -v $$candidate >/dev/null 2>&1 && \
	  $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && \
	  { command -v $$candidate; break; }; \
	done)

.PHONY: run test bench install lock lint format messages clean

$(VENV)/.installed: requirements.lock
	@if [ -z "$(PYTHON)" ]; then \
	  echo "Framdrift needs Python 3.12 or newer, and none was found."; \
	  echo "Install one (e.g. apt-get install python3.13, or pyenv install 3.13) or give it: make PYTHON=/path/to/python3.13"; \
	  exit 1; fi
	@echo "Using $(PYTHON) ($$($(PYTHON) --version))"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	@touch $@

install: $(VENV)/.installed

# The demo's language: make run LANGUAGE=sv (nn, nb, sv, da or en; nn if not given). Only
# from the command line: a LANGUAGE in the shell is gettext's (e.g. en_US:en), not this.
DEMO_LANGUAGE := $(if $(filter command line,$(origin LANGUAGE)),$(LANGUAGE),nn)

# The local demo runs in development mode: no secret needed, media served by Django. The
# site speaks the demo's language; unless DATABASE_URL names a database, each language
# has its own SQLite file (framdrift.sqlite3 for nn, framdrift-sv.sqlite3 for sv, ...),
# so switching languages never mixes two demos.
run: export DJANGO_DEBUG = true
run: export LANGUAGE_CODE = $(DEMO_LANGUAGE)
ifneq ($(DEMO_LANGUAGE),nn)
run: export DATABASE_URL := $(or $(DATABASE_URL),sqlite:///$(CURDIR)/framdrift-$(DEMO_LANGUAGE).sqlite3)
endif
run: install
	@case " $(LANGUAGES) " in *" $(DEMO_LANGUAGE) "*) ;; \
	  *) echo "LANGUAGE must be one of: $(LANGUAGES)"; exit 1;; esac
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --language $(DEMO_LANGUAGE)
	$(PY) manage.py demo_login --url http://$(HOST):$(PORT)/$${ADMIN_URL:-admin/}
	@# The background worker (tip emails) runs beside the server and stops with it.
	$(PY) manage.py worker --interval 2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT; \
	$(PY) manage.py runserver $(HOST):$(PORT)

# One test process per core (pytest-xdist); a class that loads the demo once runs whole
# in one process (xdist_group). PYTEST_ARGS replaces this.
PYTEST_ARGS ?= -n auto --dist loadgroup
test: install node_modules/.package-lock.json
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# The benchmark (not a test): a throwaway database with the demo and 1,000 generated
# projects (PostgreSQL when DATABASE_URL names one), served by gunicorn as in production,
# each page loaded by wrk; prints a table and the budgets. E.g. BENCH_ARGS="--seconds 5".
bench: install
	@command -v wrk >/dev/null || { echo "make bench needs wrk, the HTTP load generator: apt-get install wrk"; exit 1; }
	$(PY) -m bench $(BENCH_ARGS)

# The Nu Html Checker the tests run; npm installs it from the lock file.
node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; \
	else echo "npm is missing: the HTML validity checks will be skipped (apt-get install npm)"; fi

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Collect translatable strings into the five catalogues, then compile what the site ships.
# New strings arrive untranslated: tests/test_catalogues.py fails until each has its text.
LANGUAGES := nn nb sv da en
messages: install
	DJANGO_DEBUG=true $(PY) manage.py makemessages $(addprefix --locale ,$(LANGUAGES)) --no-obsolete --ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'node_modules/*'
	DJANGO_DEBUG=true $(PY) manage.py compilemessages --ignore '.venv/*' --ignore 'node_modules/*'

# Pin every dependency, from the ranges in pyproject.toml, into requirements.lock.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip
	$(PYTHON) -c 'import tomllib; d = tomllib.load(open("pyproject.toml", "rb")); print("\n".join(d["project"]["dependencies"] + d["dependency-groups"]["dev"]))' > .lock-venv/wanted.txt
	.lock-venv/bin/pip install --quiet -r .lock-venv/wanted.txt
	.lock-venv/bin/pip freeze --exclude-editable | sort > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
