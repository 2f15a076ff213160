import os

import pytest

from flows.settings import configure_environment

configure_environment()


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect backend for the whole session; stopped when the session ends. Its URL
    goes to the environment too, so the CLI, bench and Dask worker processes a test starts use it
    instead of each starting a temporary server of its own (~10 s apiece, more on a busy machine)."""
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
