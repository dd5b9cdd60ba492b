"""The Dask client: a LocalCluster of single-threaded worker processes by
default (one tile per core), or an existing cluster at --scheduler."""

import logging
import os
import signal
import threading
from contextlib import contextmanager


@contextmanager
def _ctrl_c_ignored():
    """Worker processes started in here ignore SIGINT (they inherit it, and
    Python keeps an ignored SIGINT): a Ctrl+C in the terminal reaches the
    whole process group, and it is for the command alone to stop the run,
    cleanly; the workers are then closed by it, without a traceback each."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


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
    with _ctrl_c_ignored():
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
