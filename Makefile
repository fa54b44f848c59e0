# The two commands of the README: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_ARGS ?=
SHARED_DATA ?= ../shared/data
MODEL_DIR := src/rightsradar/extract/models/hrdsattack-v1
LINKAGE_MODEL := src/rightsradar/resolve/incidents/data/incident-linkage-v2.json
LINKAGE_SEED := 101
LINKAGE_DIR := build/linkage-seed$(LINKAGE_SEED)

.PHONY: install demo test test-fast model linkage-model lint format clean

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

## Rebuild the shipped incident linkage model: Splink estimates it without labels on a demo
## corpus of a seed that no figure scores, read by the shipped extractor. Rerun after a change
## to the extractor or to the linkage features (a test fails when the shipped one drifts).
linkage-model: $(STAMP)
	rm -rf $(LINKAGE_DIR)
	$(BIN)/rightsradar demo-corpus $(LINKAGE_DIR) --seed $(LINKAGE_SEED)
	$(BIN)/rightsradar extract $(LINKAGE_DIR)/articles.jsonl -o $(LINKAGE_DIR)/preds.jsonl
	$(BIN)/rightsradar resolve-train $(LINKAGE_DIR)/articles.jsonl \
		--pred $(LINKAGE_DIR)/preds.jsonl -o $(LINKAGE_MODEL)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

clean:
	rm -rf $(VENV) var .pytest_cache build *.egg-info src/*.egg-info
