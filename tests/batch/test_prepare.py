"""Bad camera input never disappears: text where a number is expected, a
missing point, a file without CRS; a camera file in another CRS is moved to
Lambert-93 (the same point as from WGS 84)."""

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from camera_coverage_batch.inputs import InputError, list_inputs, read_vector
from camera_coverage_batch.prepare import REJECTED_CAMERAS, split_cameras


def cameras(crs=4326):
    frame = gpd.GeoDataFrame(
        {
            "camera_id": ["a", "b", "c", "d"],
            "direction": ["90", "NE", None, "180"],
            "fov": [60.0, 60.0, 60.0, 60.0],
        },
        geometry=[
            shapely.Point(2.35, 48.89),
            shapely.Point(2.351, 48.89),
            shapely.Point(2.352, 48.89),
            None,
        ],
        crs=4326,
    )
    return frame if crs is None else frame.to_crs(crs)


def test_unreadable_values_are_rejected_with_their_reason(tmp_path):
    cameras().to_file(tmp_path / "cameras.gpkg")
    result = split_cameras([tmp_path / "cameras.gpkg"], tmp_path / "prepared", 10_000.0)
    assert (result["rows"], result["kept"], result["rejected"]) == (4, 2, 2)
    rejected = pd.read_parquet(tmp_path / "prepared" / REJECTED_CAMERAS)
    reasons = dict(zip(rejected["camera_id"], rejected["reason"]))
    assert "direction 'NE' is not a number" in reasons["b"]
    assert "no location" in reasons["d"]


def test_a_camera_file_in_another_crs_lands_on_the_same_point(tmp_path):
    for name, crs in (("wgs84", 4326), ("mercator", 3857)):
        cameras(crs).to_file(tmp_path / f"{name}.gpkg")
        split_cameras([tmp_path / f"{name}.gpkg"], tmp_path / name, 10_000.0)
    parts = {
        name: gpd.read_parquet(next((tmp_path / name / "_parts" / "cameras").rglob("*.parquet")))
        for name in ("wgs84", "mercator")
    }
    assert parts["wgs84"].crs == parts["mercator"].crs == "EPSG:2154"
    distance = parts["wgs84"].geometry.distance(parts["mercator"].geometry, align=False)
    assert distance.max() < 1e-6


def test_a_file_without_crs_is_refused_with_what_to_do(tmp_path):
    frame = cameras().set_crs(None, allow_override=True)
    frame.to_file(tmp_path / "nocrs.gpkg")
    with pytest.raises(InputError, match=r"nocrs\.gpkg: has no coordinate reference system"):
        read_vector(tmp_path / "nocrs.gpkg")
    (tmp_path / "table.csv").write_text("camera_id;x;y\n1;2;3\n")
    with pytest.raises(InputError, match=r"table\.csv: has no geometry"):
        read_vector(tmp_path / "table.csv")
    with pytest.raises(InputError, match="no such file"):
        list_inputs([tmp_path / "missing.gpkg"])
