# The two commands of the README: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_ARGS ?=
SHARED_DATA ?= ../shared/data
MODEL_DIR := src/rightsradar/extract/models/hrdsattack-v1

.PHONY: install demo test test-fast model lint format clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Build the demo database from the built-in corpus, run the pipeline, serve the dashboard.
demo: $(STAMP)
	$(BIN)/rightsradar demo $(DEMO_ARGS)

## Every test: unit, slow, PostgreSQL (a private server is started and torn down) and the
## browser tests in headless Chromium (installed from Debian's packages when missing).
test: $(STAMP)
	scripts/with-postgres.sh $(BIN)/python -m pytest -m "not browser and not spark" $(PYTEST_ARGS)
	scripts/ensure-chromium.sh
	$(BIN)/python -m pytest -m browser $(PYTEST_ARGS)

## Fast tests only: no server, no slow tests.
test-fast: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## Rebuild the shipped extraction model from the HRDsAttack train split (scored on dev).
model: $(STAMP)
	$(BIN)/rightsradar train --data $(SHARED_DATA)/hrdsattack/train.json --out $(MODEL_DIR) \
		--version hrdsattack-v1 --eval $(SHARED_DATA)/hrdsattack/dev.json

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

clean:
	rm -rf $(VENV) var .pytest_cache build *.egg-info src/*.egg-info
