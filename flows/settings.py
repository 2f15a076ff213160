"""Process environment for lawreports: Prefect state, logging and jieba's cache inside the
project, unless the caller (a deployment, CI) already set them."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def configure_environment() -> None:
    os.environ.setdefault("PREFECT_HOME", str(PROJECT / ".prefect"))
    # without this, the temporary server's analytics race on its SQLite file ('database is locked')
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # the temporary server's first start in a fresh PREFECT_HOME migrates its database: on a busy
    # 2-core machine that took over Prefect's default 20 s and the run failed before reading a file
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("LAWREPORTS_CACHE_DIR", str(PROJECT / ".cache"))
    # a run needs no network: no usage analytics from Great Expectations (or anyone honouring DO_NOT_TRACK)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # Polars' allocator (jemalloc) otherwise keeps freed pages for 10 s: ~45 MB more per process
    # between batches; read when Polars loads, so this must run before the first `import polars`
    os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")


def ensure_prefect_api() -> None:
    """Without PREFECT_API_URL every process would start its own temporary Prefect server, Dask
    workers included (~10 s each). Start one here and hand its URL to every child process."""
    if os.environ.get("PREFECT_API_URL"):
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()  # stopped at exit
    os.environ["PREFECT_API_URL"] = server.api_url
