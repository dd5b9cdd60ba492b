"""The Dask client: a LocalCluster of single-threaded worker processes by
default (one tile per core), or an existing cluster at --scheduler."""

import logging
import os
from contextlib import contextmanager


@contextmanager
def dask_client(scheduler=None, workers=None, memory_limit="auto"):
    """A distributed.Client; the local cluster it may start is closed on exit.
    A failed tile is reported by the run itself: workers' own error logs
    are kept quiet."""
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        scheduler_port=0,
        memory_limit=memory_limit,
        silence_logs=logging.CRITICAL,
    )
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()
