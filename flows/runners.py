"""Where the batch tasks run: in the flow's process, on a local Dask cluster (--workers N) or
on an existing Dask cluster (--dask-address). Publishing always stays in the flow's process:
the warehouse has one writer."""
from __future__ import annotations

import os

from prefect.task_runners import ThreadPoolTaskRunner


def auto_workers(n_files: int, batch_size: int) -> int:
    """One worker per core, never more than there are batches (a small run stays in-process)."""
    batches = max(1, -(-n_files // batch_size))
    return max(1, min(os.cpu_count() or 1, batches))


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
