"""The nightly deployment: the flow on a cron schedule, 02:00 Asia/Shanghai."""
from __future__ import annotations

from prefect.schedules import Cron

from flows.pipeline import nightly

NIGHTLY_CRON = "0 2 * * *"
TIMEZONE = "Asia/Shanghai"


def nightly_deployment(input_dir: str = "seeds", warehouse: str = "warehouse/lawreports.duckdb"):
    """A RunnerDeployment; `lawreports serve` (or prefect serve) registers and runs it."""
    return nightly.to_deployment(
        name="nightly",
        schedules=[Cron(NIGHTLY_CRON, timezone=TIMEZONE)],
        parameters={"input_dir": input_dir, "warehouse": warehouse},
        description="Nightly extraction of 法治政府建设 reports into the DuckDB warehouse",
        tags=["lawreports", "nightly"],
    )
