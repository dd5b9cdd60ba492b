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


def test_parcels_of_public_owners_count_as_public(tmp_path, client):
    """--public-field owner_group: a camera that sees only a commune-owned
    parcel (group 4) sees no private land; the same parcel unowned is
    private."""
    from camera_coverage_batch.prepare import prepare
    from camera_coverage_batch.run import run_batch
    from camera_coverage_batch.summary import camera_tables

    x0, y0 = 652_100.0, 6_862_100.0
    parcels = gpd.GeoDataFrame(
        {"id": ["town hall", "house"], "owner_group": [4, None]},
        geometry=[
            shapely.box(x0, y0 + 5, x0 + 40, y0 + 40),
            shapely.box(x0, y0 - 40, x0 + 40, y0 - 5),
        ],
        crs=2154,
    )
    cams = gpd.GeoDataFrame(
        {"camera_id": ["north", "south"], "fov": [90.0, 90.0], "direction": [0.0, 180.0]},
        geometry=[shapely.Point(x0 + 20, y0), shapely.Point(x0 + 20, y0)],
        crs=2154,
    )
    parcels.to_file(tmp_path / "parcels.gpkg")
    cams.to_file(tmp_path / "cameras.gpkg")
    figures = {}
    for name, public in (("owners", ("owner_group", ["1", "2", "3", "4", "9"])), ("none", None)):
        prepare(
            client,
            [tmp_path / "cameras.gpkg"],
            [tmp_path / "parcels.gpkg"],
            None,
            tmp_path / f"prepared-{name}",
            log=lambda *_: None,
            public=public,
        )
        run_batch(
            client, tmp_path / f"prepared-{name}", tmp_path / f"out-{name}", log=lambda *_: None
        )
        figures[name] = camera_tables(tmp_path / f"out-{name}").set_index("camera_id")
    owners, none = figures["owners"], figures["none"]
    assert owners.loc["north", "private_m2"] == 0.0
    assert owners.loc["north", "public_m2"] == pytest.approx(owners.loc["north", "covered_m2"])
    assert none.loc["north", "private_m2"] > 100
    # The house is private either way.
    assert owners.loc["south", "private_m2"] == pytest.approx(none.loc["south", "private_m2"])
    assert owners.loc["south", "private_m2"] > 100


def test_cameras_the_core_rejects_are_listed_with_their_reason(tmp_path, client):
    """A tile whose only camera the core rejects (field of view 500°) is
    finished with that camera in rejected/, never dropped."""
    from camera_coverage_batch.prepare import prepare
    from camera_coverage_batch.run import run_batch
    from camera_coverage_batch.summary import camera_tables

    x0, y0 = 652_100.0, 6_862_100.0
    parcels = gpd.GeoDataFrame(
        {"id": ["p1", "p2"]},
        geometry=[
            shapely.box(x0, y0 + 5, x0 + 40, y0 + 40),
            shapely.box(x0 + 5000, y0, x0 + 5010, y0 + 10),
        ],
        crs=2154,
    )
    cams = gpd.GeoDataFrame(
        {"camera_id": ["ok", "wide"], "fov": [90.0, 500.0], "direction": [0.0, 0.0]},
        geometry=[shapely.Point(x0 + 20, y0), shapely.Point(x0 + 5000, y0 - 5)],
        crs=2154,
    )
    parcels.to_file(tmp_path / "parcels.gpkg")
    cams.to_file(tmp_path / "cameras.gpkg")
    prepare(
        client,
        [tmp_path / "cameras.gpkg"],
        [tmp_path / "parcels.gpkg"],
        None,
        tmp_path / "prepared",
        log=lambda *_: None,
    )
    summary = run_batch(client, tmp_path / "prepared", tmp_path / "out", log=lambda *_: None)
    assert summary["tiles_missing"] == [] and summary["tiles_expected"] == 2
    assert (summary["cameras_audited"], summary["cameras_rejected"]) == (1, 1)
    rejected = camera_tables(tmp_path / "out", kind="rejected")
    assert list(rejected["camera_id"]) == ["wide"]
    assert "500" in rejected["reason"].iloc[0]
    audited = camera_tables(tmp_path / "out")
    assert list(audited["camera_id"]) == ["ok"]
    # A 90° sector of 30 m looking north into p1 from 5 m south of it.
    assert audited["private_m2"].iloc[0] > 0


def test_a_big_file_is_prepared_batch_by_batch_with_the_same_result(tmp_path):
    """Épinay's cadastre (gzipped, as Etalab publishes it) read 500 features
    at a time gives the partitions of a read in one go."""
    import gzip
    import shutil

    from camera_coverage_batch.prepare import compact_partition, split_input
    from tests.conftest import SHARED_DATA

    source = SHARED_DATA / "epinay" / "cadastre-91216-parcelles.json"
    gz = tmp_path / "cadastre-91216-parcelles.json.gz"
    with open(source, "rb") as raw, gzip.open(gz, "wb") as out:
        shutil.copyfileobj(raw, out)
    tables = {}
    for rows in (500, 100_000):
        out = tmp_path / f"rows{rows}"
        split = split_input(gz, "parcels", 0, out, 1000.0, batch_rows=rows)
        parts = [compact_partition("parcels", key, out) for key in split["cells"]]
        frame = pd.concat(gpd.read_parquet(out / p["file"]) for p in parts)
        tables[rows] = frame.sort_values("parcel_id").reset_index(drop=True)
    assert len(tables[500]) == 4241
    assert len(list((tmp_path / "rows500" / "_parts" / "parcels").rglob("*.parquet"))) > len(
        list((tmp_path / "rows100000" / "_parts" / "parcels").rglob("*.parquet"))
    )
    pd.testing.assert_frame_equal(tables[500], tables[100_000])
