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


@pytest.fixture(scope="session")
def region(tmp_path_factory, client):
    """(region folder, prepared folder, reference per-camera table)."""
    from camera_coverage_batch.prepare import prepare

    from .region import make_region, region_reference

    folder = make_region(tmp_path_factory.mktemp("region"))
    prepared = tmp_path_factory.mktemp("prepared") / "region"
    prepare(
        client,
        [folder / "cameras.geojson"],
        [folder],
        [folder],
        prepared,
        log=lambda *_: None,
    )
    return folder, prepared, region_reference(folder)
