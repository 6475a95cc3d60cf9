"""Overlapping jobs on two threads put the collector's threshold back as it was."""

from __future__ import annotations

import gc
import threading

import pytest
from vidne.app.gcpause import FULL_PASS_THRESHOLD, fewer_full_collections


def test_overlapping_jobs_ending_in_either_order_restore_the_threshold() -> None:
    before = gc.get_threshold()
    first_in, second_in, first_may_end = threading.Event(), threading.Event(), threading.Event()
    seen: list[tuple[int, int, int]] = []

    def first() -> None:  # starts first, ends first: the second job is still running then
        with fewer_full_collections():
            first_in.set()
            second_in.wait(5)
            first_may_end.wait(5)
        seen.append(gc.get_threshold())

    def second() -> None:
        first_in.wait(5)
        with fewer_full_collections():
            second_in.set()
            first_may_end.set()
            worker.join(5)  # the first job has ended; this one still runs
            seen.append(gc.get_threshold())

    worker = threading.Thread(target=first)
    other = threading.Thread(target=second)
    worker.start()
    other.start()
    other.join(10)
    assert seen[0][2] >= FULL_PASS_THRESHOLD  # still raised while the second job runs
    assert seen[1][2] >= FULL_PASS_THRESHOLD
    assert gc.get_threshold() == before  # and back once both are done


def test_an_error_in_the_job_restores_the_threshold() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError), fewer_full_collections():
        raise ValueError("the job failed")
    assert gc.get_threshold() == before
