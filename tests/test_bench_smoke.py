"""A tiny benchmark run: the harness works end to end and writes every field. Speed is never
asserted here (that is `make bench`)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import make_report, write_corpus

# the CLI and worker processes these tests start use the session's Prefect server (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("prefect_harness")

ROOT = Path(__file__).resolve().parent.parent
FIELDS = {"corpus_mb", "n_reports", "limit_mb_s", "extract_mb_s", "pipeline_mb_s", "startup_s", "posseg_mb_s",
          "peak_rss_mb", "noop_rerun_s", "ratios", "targets_met"}


def test_corpus_is_deterministic_and_varied(tmp_path):
    assert make_report(3).data == make_report(3).data
    assert make_report(3).data != make_report(4).data
    manifest = write_corpus(tmp_path / "c", 40)
    assert manifest["n_reports"] == 40 and manifest["expected_facts"] > 40 * 10
    assert len(manifest["encodings"]) >= 3  # UTF-8, GB18030, UTF-16, BOM and HTML shares


def test_smoke_bench_writes_every_field(tmp_path):
    env = dict(os.environ, BENCH_REPORTS="30", BENCH_WORKERS="1", BENCH_REPEATS="1", BENCH_RESULTS_DIR=str(tmp_path / "results"),
               BENCH_CORPORA_DIR=str(tmp_path / "corpora"))
    subprocess.run([sys.executable, "-m", "bench.run"], cwd=ROOT, env=env, check=True, timeout=900, capture_output=True)
    result = json.loads((tmp_path / "results" / "latest.json").read_text())
    assert FIELDS <= result.keys()
    assert result["n_reports"] == 30 and result["noop_reports_loaded"] == 0
    assert result["loaded_facts"] == result["extracted_facts"] > 0
