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

.PHONY: run test report bench venv clean

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

report: $(SYNCED)
	$(VENV)/bin/lawreports report --warehouse $(WAREHOUSE) --out $(REPORT_DIR)

test: $(SYNCED)
	$(PY) -m pytest -q

# speed and memory on a synthetic corpus: bench/results/latest.json (BENCH_REPORTS, default 10000)
bench: $(SYNCED)
	BENCH_REPORTS=$${BENCH_REPORTS:-10000} $(PY) -m bench.run

clean:
	rm -rf $(VENV) .prefect .cache
