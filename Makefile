# One entry point for set-up, reports, tests and JupyterLab. `make` alone builds the reports.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
ARTICLES ?= data/articles
REPORTS ?= reports
JOBS ?= 2
# Jupyter refuses to start as root (containers run as root) unless told it may.
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: reports test lab tables benchmarks setup clean

reports: $(STAMP)  ## Build reports/ (HTML + executed notebooks) for the articles in data/articles/
	$(BIN)/python -m analysis run --articles $(ARTICLES) --out $(REPORTS) --jobs $(JOBS)

test: $(STAMP)  ## Run the test suite
	$(BIN)/python -m pytest

lab: $(STAMP)  ## Open JupyterLab on notebooks/ with the project's kernel
	$(BIN)/python -m jupyter lab --notebook-dir=notebooks $(ALLOW_ROOT)

tables: $(STAMP)  ## Write every table as CSV and Parquet into tables/
	$(BIN)/python -m analysis tables --articles $(ARTICLES) --out tables

benchmarks: $(STAMP)  ## Print the benchmark figures (needs ../shared/benchmarks)
	$(BIN)/python benchmarks/tempeval3.py
	$(BIN)/python benchmarks/newsmtsc.py
	$(BIN)/python benchmarks/lexicon_engines.py
	$(BIN)/python benchmarks/throughput.py

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (news analysis)"
	rm -f $(VENV)/.installed-*
	touch $@

clean:  ## Remove build products (reports, cache, tables); keeps the environment
	rm -rf $(REPORTS) data/processed tables
