"""The batch tests run without QGIS, on a real Dask LocalCluster of two
worker processes shared by the session (a test that kills workers starts
its own)."""

import pytest

pytest.importorskip("dask")
pytest.importorskip("geopandas")


@pytest.fixture(scope="session")
def client():
    from camera_coverage_batch.cluster import dask_client

    with dask_client(workers=2, memory_limit="2GB") as client:
        yield client
