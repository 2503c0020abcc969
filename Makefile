# Stillpoint: `make run` serves the forum, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run serve test lint format install install-dev bench bench-search brute-force screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(FLASK) db upgrade
	$(FLASK) forum recook --stale-only
	$(FLASK) forum seed-demo --if-empty
	@echo "Stillpoint is running at http://$(HOST):$(PORT)/  (Ctrl+C to stop)"
	$(FLASK) run --host $(HOST) --port $(PORT)

# Production: gunicorn (gunicorn.conf.py). Needs FORUM_SECRET_KEY and FORUM_DATABASE_URL.
serve: install
	FORUM_ENV=production $(FLASK) db upgrade
	FORUM_ENV=production $(FLASK) forum recook --stale-only
	FORUM_ENV=production $(BIN)/gunicorn -c gunicorn.conf.py wsgi:app

# SQLite always; PostgreSQL too when FORUM_TEST_DATABASE_URL is set.
test: install-dev
	$(BIN)/python -m pytest --db sqlite $(PYTEST_ARGS)
	@if [ -n "$$FORUM_TEST_DATABASE_URL" ]; then \
		echo "== again on PostgreSQL =="; \
		$(BIN)/python -m pytest --db postgresql $(PYTEST_ARGS); \
	else \
		echo "FORUM_TEST_DATABASE_URL is not set: the PostgreSQL run was not made."; \
	fi

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check forum tests config.py wsgi.py

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format forum tests config.py wsgi.py

# Load benchmark: a 100,000-post forum behind gunicorn, measured with wrk (DB=postgres for PostgreSQL).
bench: install-dev
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(BIN)/python bench/load_bench.py --db $(or $(DB),sqlite)

# Search latency on a generated 100,000-post corpus (SQLite; set FORUM_BENCH_DATABASE_URL for PostgreSQL).
bench-search: install-dev
	$(BIN)/python bench/search_bench.py

# Hammer one account's sign-in on a running server with wrong passwords; reports when throttling began.
brute-force: install
	$(BIN)/python bench/brute_force.py --url $(or $(URL),http://$(HOST):$(PORT)) --login $(LOGIN) --attempts $(or $(ATTEMPTS),40)

# PNG screenshots of the main pages (desktop and phone, light and dark) into docs/screenshots/.
screenshots: install-dev
	FORUM_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/browser/test_screenshots.py
