"""Where the batch tasks run: in the flow's process, on a local Dask cluster (--workers N) or
on an existing Dask cluster (--dask-address). Publishing always stays in the flow's process:
the warehouse has one writer."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import duckdb

from prefect.task_runners import ThreadPoolTaskRunner


# Measured on 2 cores: a local cluster costs ~4 s (start, each worker's imports, shutdown), and
# a second worker saves ~1 s per 1000 new files, so below this many a run stays in-process.
CLUSTER_WORTH_FILES = 4000


def auto_workers(new_files: int, batch_size: int, cores: int | None = None) -> int:
    """One worker per core, never more than there are batches; in-process for small runs."""
    if new_files < CLUSTER_WORTH_FILES:
        return 1
    batches = -(-new_files // batch_size)
    return max(1, min(cores or os.cpu_count() or 1, batches))


def auto_batch_size(n_files: int, workers: int, new_files: int | None = None, most: int = 1000) -> int:
    """Files per task: at most `most` (a worker's memory and the retry unit stay small), and a
    whole number of rounds of batches per worker, so no worker idles through the last round.
    When no file looks new, batches are 10x larger: unchanged files are only read and hashed,
    and each task costs ~0.2 s of bookkeeping (a 100k-file no-op run: 37 s -> 10 s)."""
    if new_files == 0:
        most *= 10
    rounds = max(1, -(-n_files // (workers * most)))
    return max(1, -(-n_files // (workers * rounds)))


def likely_new_files(warehouse: Path, input_dir: Path, files: list[str]) -> int:
    """How many files differ in size from the last successful run's record: a cheap guess of
    the work ahead, used only to decide whether starting a Dask cluster is worth it."""
    if not warehouse.exists():
        return len(files)
    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            seen = dict(con.execute("select source_file, bytes from dq.files where run_id = (select run_id from dq.runs "
                                    "where status = 'succeeded' order by started_at desc limit 1)").fetchall())
    except duckdb.Error:
        return len(files)
    return sum(1 for f in files if seen.get(f) != _size(input_dir / f))


def _size(path: Path) -> int | None:
    """A regular file's size, None otherwise; one stat per file (a 100k-file run pays for each)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def task_runner(workers: int, dask_address: str | None = None):
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    if workers > 1:
        from prefect_dask import DaskTaskRunner

        # one single-threaded process per worker: extraction is CPU-bound Python (the GIL) and
        # jieba keeps one tokenizer per process
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    return ThreadPoolTaskRunner(max_workers=1)
