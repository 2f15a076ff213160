"""Where the batches run and how big they are: pure planning functions."""
from flows.runners import CLUSTER_WORTH_FILES, auto_batch_size, auto_workers


def test_small_runs_stay_in_process():
    assert auto_workers(CLUSTER_WORTH_FILES - 1, 1000, cores=8) == 1
    assert auto_workers(0, 1000, cores=8) == 1


def test_big_runs_get_one_worker_per_core_but_never_more_than_batches():
    assert auto_workers(100_000, 1000, cores=2) == 2
    assert auto_workers(CLUSTER_WORTH_FILES, 1000, cores=16) == 4


def test_batches_are_capped_and_spread_evenly_over_the_workers():
    assert auto_batch_size(10_000, 2) == 1000
    assert auto_batch_size(2_500, 2) == 625  # two rounds of two batches: no worker idles at the end
    assert auto_batch_size(1_500, 1) == 750
    assert auto_batch_size(0, 2) == 1


def test_a_run_with_nothing_new_uses_bigger_batches():
    assert auto_batch_size(100_000, 1, new_files=0) == 10_000
    assert auto_batch_size(100_000, 1, new_files=5) == 1000
