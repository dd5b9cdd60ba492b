"""Chunks of cameras worked on by all cores at once: shapely 2 releases the
GIL inside its array functions, so threads share the work without copying
the parcels or the spatial index."""

import dataclasses
import os
from concurrent.futures import ThreadPoolExecutor, TimeoutError

import numpy as np

from .progress import Cancelled, NullProgress

# CAMERA_COVERAGE_WORKERS=1 keeps all work in the calling thread (mutation
# testing traces which tests reach which function, thread by thread).
WORKERS = int(os.environ.get("CAMERA_COVERAGE_WORKERS", 0)) or max(1, min(4, os.cpu_count() or 1))
CANCEL_POLL_S = 0.1


def map_chunks(function, n, chunk_size, progress=None):
    """[function(slice) for each slice of range(n)], in order; progress is
    reported between chunks, and a cancel is honoured within CANCEL_POLL_S
    even while a chunk runs."""
    progress = progress or NullProgress()
    slices = [slice(start, min(start + chunk_size, n)) for start in range(0, n, chunk_size)]
    if len(slices) <= 1 or WORKERS == 1:
        results = []
        for done, part in enumerate(slices):
            if progress.is_canceled():
                raise Cancelled()
            results.append(function(part))
            progress.set_progress(100.0 * (done + 1) / len(slices))
        return results
    pool = ThreadPoolExecutor(max_workers=WORKERS)
    try:
        futures = [pool.submit(function, part) for part in slices]
        results = []
        for done, future in enumerate(futures):
            results.append(_result_unless_cancelled(future, progress))
            progress.set_progress(100.0 * (done + 1) / len(slices))
    except Exception:
        # Return at once (a cancel, or an error): the chunks already running
        # finish in the background and their results are dropped.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return results


def _result_unless_cancelled(future, progress):
    """The chunk's result, checking for a cancel every CANCEL_POLL_S while
    it runs, so that a long chunk does not delay the stop."""
    while True:
        if progress.is_canceled():
            raise Cancelled()
        try:
            return future.result(timeout=CANCEL_POLL_S)
        except TimeoutError:
            continue


def joined_chunks(cls, parts, first_cameras=None):
    """One `cls` dataclass from those of consecutive chunks of cameras: each
    field end to end (lists stay lists); a `camera` field, which indexes the
    chunk's cameras, is moved on by the chunk's first camera."""
    fields = {}
    for f in dataclasses.fields(cls):
        values = [getattr(p, f.name) for p in parts]
        if f.name == "camera" and first_cameras is not None:
            values = [v + first for v, first in zip(values, first_cameras)]
        if isinstance(values[0], list):
            fields[f.name] = [item for value in values for item in value]
        else:
            fields[f.name] = np.concatenate(values)
    return cls(**fields)
