# Framdrift: `make run` serves the demo site, `make test` runs the whole suite.
SHELL := /bin/bash
HOST ?= 127.0.0.1
PORT ?= 8000
# make install-production VENV=/srv/framdrift/.venv installs elsewhere.
VENV ?= .venv
PY := $(VENV)/bin/python

# The first Python >= 3.12 found, unless PYTHON=... is given.
PYTHON ?= $(shell for candidate in python3.13 python3.12 python3.14 python3 \
	$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	  command -v $$candidate >/dev/null 2>&1 && \
	  $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && \
	  { command -v $$candidate; break; }; \
	done)

.PHONY: run test bench install install-production lock lint format messages clean

# The lock files, made by make lock: pip itself, the site's dependencies, the dev tools.
LOCKS := requirements-pip.lock requirements.lock requirements-dev.lock

define NO_PYTHON
Framdrift needs Python 3.12 or newer, and none was found. \
Install one (e.g. apt-get install python3.13, or pyenv install 3.13) or give it: make PYTHON=/path/to/python3.13
endef

# Development: the site and the dev tools (tests, browser, linter), for run, test and CI.
$(VENV)/.installed: $(LOCKS)
	@[ -n "$(PYTHON)" ] || { echo "$(NO_PYTHON)"; exit 1; }
	@echo "Using $(PYTHON) ($$($(PYTHON) --version))"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements-pip.lock
	$(PY) -m pip install --quiet -r requirements-dev.lock
	@touch $@

install: $(VENV)/.installed

# Production: the site's dependencies only, in a venv the service user can run. Run as
# root in the root-owned checkout, e.g. make install-production VENV=/srv/framdrift/.venv
# PYTHON=/opt/python3.13/bin/python3.13. An interpreter in a home directory (pyenv under
# /root) is refused: the service would fail with "Permission denied". Once SERVICE_USER
# exists, the interpreter and the finished venv are tried as that user.
SERVICE_USER ?= framdrift
install-production:
	@[ -n "$(PYTHON)" ] || { echo "$(NO_PYTHON)"; exit 1; }
	@real=$$($(PYTHON) -c 'import os, sys; print(os.path.realpath(sys.executable))') || exit 1; \
	for home in /root /home "$$HOME"; do [ -n "$${home%/}" ] && case "$$real/" in "$${home%/}"/*) \
	  echo "$(PYTHON) is $$real, inside the home directory $$home. The service user $(SERVICE_USER) cannot run a Python there (the site would fail to start with \"Permission denied\"), so the production install stops here. Use a Python 3.12 or newer installed outside any home directory and readable by all: on Debian 13 apt-get install python3 python3-venv; on Ubuntu 24.04 apt-get install python3.12 python3.12-venv; on Debian 12 one built into /opt (see \"Python\" in the deployment guide). Then: make install-production PYTHON=/opt/python3.13/bin/python3.13"; \
	  exit 1;; esac; done; \
	if [ "$$(id -u)" != 0 ] || ! id -u $(SERVICE_USER) >/dev/null 2>&1; then \
	  echo "Note: not tried as the service user $(SERVICE_USER) (it does not exist yet, or this is not run as root)."; \
	elif ! error=$$(runuser -u $(SERVICE_USER) -- "$$real" -c '' 2>&1); then \
	  echo "The service user $(SERVICE_USER) cannot run $$real: $$error. Every folder above it must be readable by all (chmod o+rx), its libraries too; a Python copied from elsewhere may still load its library from where it was built (see \"Python\" in the deployment guide), so the production install stops here."; \
	  exit 1; fi; \
	echo "Using $$real ($$("$$real" --version))"; \
	test -x $(PY) || "$$real" -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements-pip.lock
	$(PY) -m pip install --quiet -r requirements.lock
	@if [ "$$(id -u)" = 0 ] && id -u $(SERVICE_USER) >/dev/null 2>&1; then \
	  runuser -u $(SERVICE_USER) -- $(PY) -c 'import django, gunicorn' || \
	  { echo "The service user $(SERVICE_USER) cannot use $(VENV): make it and the folders above it readable by all."; exit 1; }; fi
	@echo "Installed the site's dependencies (no dev tools) in $(VENV)."

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
# projects (PostgreSQL when DATABASE_URL names one); each page made in the process with
# nothing kept, then served by gunicorn as in production and loaded by wrk; prints tables
# and the budgets. E.g. BENCH_ARGS="--seconds 5"; "--compare-projects 10000": the pages made
# in the process again at 10,000 projects; "--app-servers 2": two gunicorns behind the
# sample nginx configuration, sharing Redis. BENCH_PEER=/path/to/bakerydemo (a checkout of
# github.com/wagtail/bakerydemo) measures the Wagtail demo's home page in the same run.
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

# Pin every dependency, from the ranges in pyproject.toml, in a throwaway venv: pip itself
# (the newest) into requirements-pip.lock, the site's dependencies with all they need into
# requirements.lock, and the dev group on top of those same versions into
# requirements-dev.lock.
LOCK_HEADER = \# Made by make lock from pyproject.toml: edit the ranges there, not this file.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip
	{ echo "$(LOCK_HEADER)"; .lock-venv/bin/pip freeze --all | grep '^pip=='; } > requirements-pip.lock
	$(PYTHON) -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' > .lock-venv/production.txt
	$(PYTHON) -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["dependency-groups"]["dev"]))' > .lock-venv/dev.txt
	.lock-venv/bin/pip install --quiet -r .lock-venv/production.txt
	.lock-venv/bin/pip freeze --exclude-editable | LC_ALL=C sort > .lock-venv/production.lock
	.lock-venv/bin/pip install --quiet -c .lock-venv/production.lock -r .lock-venv/dev.txt
	.lock-venv/bin/pip freeze --exclude-editable | LC_ALL=C sort > .lock-venv/all.lock
	{ echo "$(LOCK_HEADER)"; cat .lock-venv/production.lock; } > requirements.lock
	{ echo "$(LOCK_HEADER)"; echo "-r requirements.lock"; \
	  LC_ALL=C comm -23 .lock-venv/all.lock .lock-venv/production.lock; } > requirements-dev.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
