# Front door. Needs only python3: the venv is built from uv.lock on first use.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
UV_VERSION := 0.13.8
SYNCED := $(VENV)/.synced-lock

# Prefect's state and jieba's cache stay inside the project: flows/settings.py.
INPUT ?= seeds
WAREHOUSE ?= warehouse/lawreports.duckdb
REPORT_DIR ?= warehouse/report
TRENDS_DIR ?= warehouse/trends

.PHONY: run test report bench eval venv clean sql export mutate

venv: $(SYNCED)

# --compile-bytecode: where PYTHONDONTWRITEBYTECODE is set (this machine, many CI images) every
# process would otherwise recompile Prefect and Great Expectations from source (~5 s per process)
$(SYNCED): uv.lock pyproject.toml Makefile
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q "uv==$(UV_VERSION)"
	UV_PROJECT_ENVIRONMENT=$(VENV) $(VENV)/bin/uv sync --frozen --inexact --compile-bytecode --python $(PY)
	touch $@

run: $(SYNCED)
	$(VENV)/bin/lawreports run --input $(INPUT) --warehouse $(WAREHOUSE) --report-dir $(REPORT_DIR)
	$(VENV)/bin/lawreports trends --warehouse $(WAREHOUSE) --out $(TRENDS_DIR)

# the warehouse read-only in the DuckDB shell (pinned duckdb-cli, same version as the library)
sql: $(SYNCED)
	$(VENV)/bin/lawreports sql --warehouse $(WAREHOUSE)

# the analyst marts as an Excel workbook (a sheet per mart, Chinese headers)
export: $(SYNCED)
	$(VENV)/bin/lawreports export --warehouse $(WAREHOUSE) --out warehouse/lawreports.xlsx

report: $(SYNCED)
	$(VENV)/bin/lawreports report --warehouse $(WAREHOUSE) --out $(REPORT_DIR)

# one pytest worker per core (pytest-xdist), idle workers stealing queued tests from busy ones (a few
# tests run CLI subprocesses for a minute); all share one temporary Prefect server (tests/conftest.py)
test: $(SYNCED)
	$(PY) -m pytest -q -n auto --dist worksteal

# mutation testing (issue 15): which changes to the rules and the pipeline's pure functions the fast unit
# tests fail to notice ([tool.mutmut] in pyproject.toml says which files and tests). Slow on 2 cores and not
# part of `make test`: run it before resolving an issue that touches the rules. Survivors are listed at the
# end; `mutmut show NAME` prints one. Narrow it with a glob of mutant names: make mutate MUTANTS='transforms.numbers.*'
MUTANTS ?=
mutate: $(SYNCED)
	$(VENV)/bin/mutmut run --max-children 2 $(if $(MUTANTS),'$(MUTANTS)')
	@echo "survivors (and mutants no test reaches):"
	@$(VENV)/bin/mutmut results

# speed and memory on a synthetic corpus: bench/results/latest.json (BENCH_REPORTS, default 10000)
bench: $(SYNCED)
	BENCH_REPORTS=$${BENCH_REPORTS:-10000} $(PY) -m bench.run

# extraction and reporting-body scores on the seeds and on both halves of the real dev set (dev/), and on its
# tuning-only extra batch (tune_extra: excerpts whose predictions were read before they were annotated)
EVAL_DIR := warehouse/eval
eval: $(SYNCED)
	@mkdir -p $(EVAL_DIR)
	@rm -f $(EVAL_DIR)/seeds.duckdb $(EVAL_DIR)/dev.duckdb
	@$(VENV)/bin/lawreports run --input seeds --warehouse $(EVAL_DIR)/seeds.duckdb >/dev/null 2>&1
	@$(VENV)/bin/lawreports run --input dev/texts --warehouse $(EVAL_DIR)/dev.duckdb >/dev/null 2>&1
	@$(VENV)/bin/lawreports eval --name seeds --warehouse $(EVAL_DIR)/seeds.duckdb --gold dev/seeds.gold.jsonl --texts seeds
	@$(VENV)/bin/lawreports eval --name dev-tune --warehouse $(EVAL_DIR)/dev.duckdb --gold dev/gold.jsonl --texts dev/texts --pages dev/pages.jsonl --metric-gold dev/metric_gold.jsonl --split tune
	@$(VENV)/bin/lawreports eval --name dev-extra --warehouse $(EVAL_DIR)/dev.duckdb --gold dev/gold.jsonl --texts dev/texts --pages dev/pages.jsonl --metric-gold dev/metric_gold.jsonl --split tune_extra
	@$(VENV)/bin/lawreports eval --name dev-measure --warehouse $(EVAL_DIR)/dev.duckdb --gold dev/gold.jsonl --texts dev/texts --pages dev/pages.jsonl --metric-gold dev/metric_gold.jsonl --split measure
	@echo "errors: $(VENV)/bin/lawreports eval --warehouse $(EVAL_DIR)/dev.duckdb --gold dev/gold.jsonl --texts dev/texts --pages dev/pages.jsonl --split tune --errors"

clean:
	rm -rf $(VENV) .prefect .cache
