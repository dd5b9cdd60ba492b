"""Chunks of cameras worked on by all cores at once: shapely 2 releases the
GIL inside its array functions, so threads share the work without copying
the parcels or the spatial index."""

import os
from concurrent.futures import ThreadPoolExecutor

from .progress import Cancelled, NullProgress

WORKERS = max(1, min(4, os.cpu_count() or 1))


def map_chunks(function, n, chunk_size, progress=None):
    """[function(slice) for each slice of range(n)], in order; progress is
    reported and cancel honoured between chunks."""
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
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = [pool.submit(function, part) for part in slices]
        results = []
        for done, future in enumerate(futures):
            if progress.is_canceled():
                for pending in futures:
                    pending.cancel()
                raise Cancelled()
            results.append(future.result())
            progress.set_progress(100.0 * (done + 1) / len(slices))
        return results
