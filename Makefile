# Lessonforge: `make run` to serve the seed course, `make test` to run the suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.requirements-installed
HOST   ?= 127.0.0.1:8000
AXE_VERSION := 4.14.1
VNU_VERSION := 26.9.27

.PHONY: run test lint test-postgres setup install migrate seed demo-accounts bench screenshots clean

run: setup  ## Set up everything, then serve on http://127.0.0.1:8000
	$(PY) manage.py runserver $(HOST)

test: setup lint  ## Set up everything, lint, then run the whole test suite
	$(PY) -m pytest

lint: install  ## Check the code with ruff (settings in pyproject.toml)
	$(VENV)/bin/ruff check .

# The whole suite again on a throwaway local PostgreSQL (installs and starts it; needs root).
test-postgres: install
	DATABASE_URL="$$(bash .ci/postgres.sh)" $(PY) -m pytest

setup: install migrate seed demo-accounts

install: $(STAMP)

# Re-installs only when a requirements file changes, so a second `make run` is quick.
$(STAMP): requirements.txt requirements-dev.txt Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	# axe-core and the W3C Nu HTML validator for the browser tests (skipped without npm). vnu-jar's own
	# install script would download a Java; --ignore-scripts keeps the jar, run by the machine's Java.
	if command -v npm >/dev/null 2>&1; then npm install --silent --no-save --no-audit --no-fund --ignore-scripts --prefix $(VENV)/node axe-core@$(AXE_VERSION) vnu-jar@$(VNU_VERSION); fi
	touch $@

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py import_course seeds

demo-accounts: seed
	$(PY) manage.py create_demo_accounts
	$(PY) manage.py teach instructor

bench: install  ## Print the generators' speed and quality figures
	$(PY) bench/glossary.py
	$(PY) bench/quizgen.py

screenshots: install  ## Refresh the README screenshots from the browser tests
	LESSONFORGE_SCREENSHOTS=1 $(PY) -m pytest tests/e2e -q

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles
