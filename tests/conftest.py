import pytest

from flows.settings import configure_environment

configure_environment()


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect backend for the whole session; stopped when the session ends."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness():
        yield
