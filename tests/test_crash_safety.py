"""Crash safety with the real CLI in subprocesses: SIGKILL at several points of a run leaves the
previous warehouse whole and the next run completes as if nothing happened; one writer at a
time (lock); read-only analysts are neither blocked nor broken by a run."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from bench.corpus import make_report
from flows.lock import WarehouseLocked, lock_path, run_lock

# the CLI and worker processes these tests start use the session's Prefect server (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("prefect_harness")

ROOT = Path(__file__).resolve().parent.parent
CLI = [str(Path(sys.executable).parent / "lawreports"), "run"]
# small batches, so that a run has five of them to be killed between without much text to extract
FIRST, SECOND = range(0, 12), range(12, 37)
BATCH_SIZE = "5"


def write_reports(folder: Path, indexes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in indexes:
        r = make_report(i, seed=11)
        (folder / r.name).write_bytes(r.data)


def cli(inputs: Path, warehouse: Path, **kw) -> subprocess.Popen:
    return subprocess.Popen([*CLI, "--input", str(inputs), "--warehouse", str(warehouse), "--batch-size", BATCH_SIZE], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True, **kw)


def facts(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("select fact_id, source_file, value, metric_code from analytics.facts order by fact_id").fetchall()


@pytest.fixture(scope="module")
def first_state(tmp_path_factory):
    """A warehouse holding the first batch of reports, and the inputs grown by a second batch."""
    tmp = tmp_path_factory.mktemp("crash")
    inputs, warehouse = tmp / "in", tmp / "first" / "w.duckdb"
    write_reports(inputs, FIRST)
    run = cli(inputs, warehouse)
    out, _ = run.communicate(timeout=600)
    assert run.returncode == 0, out
    write_reports(inputs, SECOND)
    return inputs, warehouse, facts(warehouse)


def copy_warehouse(src: Path, dst_dir: Path) -> Path:
    dst_dir.mkdir(parents=True)
    shutil.copyfile(src, dst_dir / src.name)
    return dst_dir / src.name


@pytest.fixture(scope="module")
def watched_run(first_state, tmp_path_factory):
    """The second run uninterrupted, with an analyst's read-only connection open on the warehouse
    throughout: the facts it left, and the fact counts the reader saw while it ran and after."""
    inputs, warehouse, _ = first_state
    reference = copy_warehouse(warehouse, tmp_path_factory.mktemp("reference") / "w")
    reader = duckdb.connect(str(reference), read_only=True)
    count = "select count(*) from analytics.facts"
    seen_during = set()
    run = cli(inputs, reference)
    while run.poll() is None:
        seen_during.add(reader.execute(count).fetchone()[0])
        time.sleep(0.05)
    out, _ = run.communicate()
    assert run.returncode == 0, out
    seen_after = reader.execute(count).fetchone()[0]
    reader.close()
    return {"facts": facts(reference), "seen_during": seen_during, "seen_after": seen_after}


@pytest.fixture(scope="module")
def uninterrupted(watched_run):
    return watched_run["facts"]


def wait_for(proc: subprocess.Popen, condition, timeout=300.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if condition():
            return True
        time.sleep(0.01)
    return False


def kill_points(warehouse: Path):
    work = warehouse.parent / f".{warehouse.name}.work"
    building = warehouse.with_name(warehouse.name + ".building")
    started = time.monotonic()
    return {
        "starting up": lambda: time.monotonic() - started > 1.0,
        "extracting the first batch": lambda: any(work.glob("*/batch_00000")),
        "extracting a later batch": lambda: any(work.glob("*/batch_00004")),
        "publishing": lambda: building.exists(),
    }


def test_sigkill_at_each_point_leaves_the_previous_warehouse_and_a_rerun_completes(first_state, uninterrupted, tmp_path):
    inputs, first, before = first_state
    warehouse = copy_warehouse(first, tmp_path / "w")
    survived = []
    for point in kill_points(warehouse):
        proc = cli(inputs, warehouse)
        hit = wait_for(proc, kill_points(warehouse)[point])
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)
        assert hit, f"the run ended before reaching '{point}'"
        assert facts(warehouse) == before, f"warehouse changed after a kill while {point}"
        survived.append(point)
    assert lock_path(warehouse).read_text()  # the dead run's lock record is still there
    rerun = cli(inputs, warehouse)
    out, _ = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, out
    assert facts(warehouse) == uninterrupted and len(uninterrupted) > len(before)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        recovered = con.execute("select recovered_from from dq.runs order by started_at desc limit 1").fetchone()[0]
    assert recovered.startswith("pid ")  # the morning report says a run died before this one
    assert not warehouse.with_name(warehouse.name + ".building").exists()
    assert survived == list(kill_points(warehouse))


def test_a_second_run_refuses_while_one_holds_the_lock(first_state, tmp_path):
    inputs, first, before = first_state
    warehouse = copy_warehouse(first, tmp_path / "w")
    with run_lock(warehouse):
        with pytest.raises(WarehouseLocked, match=f"pid {os.getpid()}"):
            with run_lock(warehouse):
                pass
        second = cli(inputs, warehouse)
        out, _ = second.communicate(timeout=300)
    assert second.returncode == 3 and "another run is writing" in out and f"pid {os.getpid()}" in out
    assert facts(warehouse) == before


def test_a_stale_lock_from_a_dead_process_is_taken_over(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    lock_path(warehouse).write_text('{"pid": 999999, "host": "old", "started_at": "2026-01-01T02:00:00"}')
    with run_lock(warehouse) as stale:
        assert stale["pid"] == 999999
        assert f'"pid": {os.getpid()}' in lock_path(warehouse).read_text()
    assert lock_path(warehouse).read_text() == ""  # released cleanly


def test_read_only_readers_are_neither_blocked_nor_broken_by_a_run(first_state, watched_run):
    _, _, before = first_state
    assert watched_run["seen_during"] == {len(before)}  # the reader kept its consistent snapshot throughout
    assert watched_run["seen_after"] == len(before)
    assert len(watched_run["facts"]) > len(before)  # a new connection sees the new run


def test_lock_probe_reports_a_live_holder_without_touching_the_lock(tmp_path):
    from flows.lock import current_holder

    warehouse = tmp_path / "w.duckdb"
    assert current_holder(warehouse) is None
    with run_lock(warehouse):
        assert current_holder(warehouse)["pid"] == os.getpid()
    lock_path(warehouse).write_text('{"pid": 999999}')  # a dead run's record: free to take
    assert current_holder(warehouse) is None and lock_path(warehouse).read_text() == '{"pid": 999999}'
