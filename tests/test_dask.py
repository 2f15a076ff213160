"""Scale-out: the batch tasks on a local 2-worker Dask cluster (--workers 2) and on an existing
cluster (--dask-address) give the same warehouse as a single-process run."""
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from bench.corpus import write_corpus

# the CLI and worker processes these tests start use the session's Prefect server (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("prefect_harness")

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).parent / "lawreports")
TABLES = {
    "facts": "select * exclude (report_id) from analytics.facts order by fact_id",
    "reports": "select source_file, org_name, report_year, text_chars from analytics.reports order by source_file",
    "files": "select source_file, status, reason from dq.files order by source_file",
    "mentions": "select source_file, token_start, status, reason from analytics.mentions order by source_file, token_start",
}


def run(inputs: Path, warehouse: Path, *extra: str) -> dict[str, list]:
    proc = subprocess.run([CLI, "run", "--input", str(inputs), "--warehouse", str(warehouse), "--batch-size", "8", *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}


@pytest.fixture(scope="module")
def corpus_and_single(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dask")
    write_corpus(tmp / "in", 30, seed=5, per_folder=12)  # three folders, four batches
    return tmp / "in", run(tmp / "in", tmp / "single.duckdb", "--workers", "1")


def test_local_two_worker_cluster_builds_the_same_warehouse(corpus_and_single, tmp_path):
    inputs, single = corpus_and_single
    assert len(single["facts"]) > 300
    assert run(inputs, tmp_path / "dask.duckdb", "--workers", "2") == single


def test_an_existing_dask_cluster_builds_the_same_warehouse(corpus_and_single, tmp_path):
    from distributed import LocalCluster

    inputs, single = corpus_and_single
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert run(inputs, tmp_path / "remote.duckdb", "--dask-address", cluster.scheduler_address) == single
