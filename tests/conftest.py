import os
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

from flows.settings import configure_environment

configure_environment()

# set by the pytest-xdist controller when it runs the session's Prefect server for all its workers
SHARED_SERVER = "LAWREPORTS_TEST_PREFECT_SERVER"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pytest_configure(config):
    """Under `pytest -n N` the controller starts one temporary Prefect server (on a fresh SQLite
    file, as prefect_test_harness does) for all workers: one database migration (~15 s of a core)
    instead of one per worker. It boots in a thread while the workers start and collect; the
    workers inherit its URL and the prefect_harness fixture waits for it to answer."""
    if not getattr(config.option, "numprocesses", None) or hasattr(config, "workerinput"):
        return
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_SERVER_DATABASE_CONNECTION_URL, temporary_settings

    database = Path(tempfile.mkdtemp(prefix="lawreports-test-prefect-")) / "prefect.db"
    server = SubprocessASGIServer(port=_free_port())

    def boot() -> None:
        with temporary_settings(updates={PREFECT_SERVER_DATABASE_CONNECTION_URL: f"sqlite+aiosqlite:///{database}"}):
            server.start(timeout=120)

    threading.Thread(target=boot, name="prefect-test-server", daemon=True).start()
    config._lawreports_server = server
    os.environ["PREFECT_API_URL"] = server.api_url
    os.environ[SHARED_SERVER] = "1"


def pytest_unconfigure(config):
    server = getattr(config, "_lawreports_server", None)
    if server is not None:
        server.stop()


def _wait_for(api_url: str, timeout: float = 120.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the session's Prefect server at {api_url} did not answer within {timeout:.0f} s")


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect backend for the whole session; stopped when the session ends. Its URL
    goes to the environment too, so the CLI, bench and Dask worker processes a test starts use it
    instead of each starting a temporary server of its own (~10 s apiece, more on a busy machine).
    Under xdist the controller's server is that backend (pytest_configure)."""
    if os.environ.get(SHARED_SERVER):
        _wait_for(os.environ["PREFECT_API_URL"])
        yield
        return
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):  # its default 30 s is short on a busy 2-core machine
        before = os.environ.get("PREFECT_API_URL")
        os.environ["PREFECT_API_URL"] = PREFECT_API_URL.value()
        yield
        if before is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = before
