# Tremplin: `make run` sets up and serves the site with demo content; `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The port `make run` serves on; exported, so that the base URL printed on certificates and
# used in xAPI identifiers follows it (config/settings/base.py) unless TREMPLIN_BASE_URL is set.
PORT ?= 8000
export PORT
# The suite runs on every CPU (up to 4) with pytest-xdist, whose default scheduling keeps
# pytest-django's order (tests that flush the database last on each worker);
# PYTEST_PARALLEL= runs it in one process. --durations=15 prints the slowest tests (the suite
# must stay under 15 minutes on a 2-core machine).
PYTEST_PARALLEL ?= --numprocesses=auto --maxprocesses=4
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: verifier run test install install-dev system-deps browser messages bench load clean ralph

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[postgres]"
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e ".[postgres,dev]"
	touch $@

# Ralph, the LRS the tracking tests run against, in its own virtualenv so that its
# dependencies never mix with the project's.
RALPH_VENV := .venv-ralph
$(RALPH_VENV)/.installed:
	$(PYTHON) -m venv $(RALPH_VENV)
	$(RALPH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(RALPH_VENV)/bin/python -m pip install --quiet "ralph-malph[cli,lrs]==5.1.0" requests
	touch $@

ralph: $(RALPH_VENV)/.installed

# Certificates: the independent verifier (Digital Bazaar's @digitalbazaar/vc), pinned by its
# committed lock file and installed with npm ci; node_modules stays out of git.
VERIFIER := tests/certificates/verifier
$(VERIFIER)/node_modules/.installed: $(VERIFIER)/package.json $(VERIFIER)/package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nodejs npm; }
	cd $(VERIFIER) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

verifier: $(VERIFIER)/node_modules/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# System packages: gettext compiles translations; WeasyPrint needs Pango (present on Debian);
# poppler-utils' pdftotext reads the certificate PDFs in the tests.
system-deps:
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq gettext; }
	@command -v pdftotext >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq poppler-utils; }

# Debian's Chromium drives the browser tests; a browser is never downloaded.
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

messages: install system-deps
	$(PY) manage.py compilemessages --ignore=.venv -v0

run: install messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo
	bin/serve

test: install-dev system-deps browser messages ralph verifier
	$(VENV)/bin/ruff check .
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/lint-imports
	$(PY) -m pytest $(PYTEST_PARALLEL) --durations=15

bench: install-dev messages
	$(PY) bench/run.py

# 50 learners for 60 s on the production stack (gunicorn, PostgreSQL, Redis, db_worker) on
# loopback, bounded in time and requests; needs PostgreSQL and Redis running, drops and
# recreates LOAD_DATABASE_URL (default tremplin_load). Not part of `make bench`: about 4
# minutes with the build (bench/load.py, docs/benchmarks.md).
load: install-dev messages
	$(PY) bench/load.py

clean:
	rm -rf $(VENV) $(RALPH_VENV) staticfiles db.sqlite3* media
