import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("LAWREPORTS_CACHE_DIR", str(ROOT / ".cache"))


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect backend for the whole session; stopped when the session ends."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness():
        yield
