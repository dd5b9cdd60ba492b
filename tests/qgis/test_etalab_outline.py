"""An Etalab parcels file given by hand with its commune's outline beside it
(as the cadastre publishes them): the outline is the default study area,
and the log says so. On the real Épinay-sur-Orge parcels, with an outline
that takes in the western part of the town only: a camera in the east sees
no public domain (the streets it sees are unknown ground), one in the west
no unknown ground; without the outline both see public streets."""

import gzip
import json
import shutil

import numpy as np
import pyogrio
import pytest
import shapely
from pyproj import Transformer

from tests.conftest import SHARED_DATA
from tests.qgis.layers import LogFeedback

EPINAY = SHARED_DATA / "epinay" / "cadastre-91216-parcelles.json"
TO_L93 = Transformer.from_crs(4326, 2154, always_xy=True)
RANGE_M = 20.0


def _geojson(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("etalab")
    parcels_file = folder / "cadastre-91216-parcelles.json.gz"
    with open(EPINAY, "rb") as raw, gzip.open(parcels_file, "wb") as out:
        shutil.copyfileobj(raw, out)
    parcels = pyogrio.read_dataframe(EPINAY)
    xmin, ymin, xmax, ymax = parcels.total_bounds
    middle = (xmin + xmax) / 2
    west = shapely.box(xmin - 0.01, ymin - 0.01, middle, ymax + 0.01)
    # Cameras at parcel corners at least 200 m from the outline's eastern
    # edge, on either side (a 20 m disc is then wholly inside or wholly
    # outside), where more than 50 m² of their disc is un-parcelled street.
    metric = parcels.to_crs(2154).geometry.to_numpy()
    tree = shapely.STRtree(metric)
    edge_x, _ = TO_L93.transform(middle, (ymin + ymax) / 2)
    spots = {}
    for polygon in metric[::7]:
        corner = shapely.Point(polygon.exterior.coords[0])
        side = "WEST" if corner.x < edge_x - 200 else "EAST" if corner.x > edge_x + 200 else None
        if side is None or side in spots:
            continue
        disc = corner.buffer(RANGE_M)
        street = disc.difference(shapely.union_all(metric[tree.query(disc)]))
        if street.area > 50:
            spots[side] = corner
        if len(spots) == 2:
            break
    to_wgs84 = Transformer.from_crs(2154, 4326, always_xy=True)
    cameras = folder / "cameras.geojson"
    _geojson(
        cameras,
        [
            {
                "type": "Feature",
                "properties": {"camera_id": name, "direction": None, "range_m": RANGE_M},
                "geometry": {"type": "Point", "coordinates": to_wgs84.transform(point.x, point.y)},
            }
            for name, point in spots.items()
        ],
    )
    return folder, parcels_file, cameras, west


def _audit(run, folder, parcels_file, cameras, name, **more):
    log = LogFeedback()
    import processing

    results = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": str(cameras),
            "PARCELS": str(parcels_file),
            "OUTPUT_CAMERAS": str(folder / f"{name}.gpkg"),
            **more,
        },
        feedback=log,
    )
    table = pyogrio.read_dataframe(results["OUTPUT_CAMERAS"]).set_index("camera_id")
    return table, log.lines


def test_outline_beside_the_parcels_is_the_study_area(run, town):
    folder, parcels_file, cameras, west = town
    outline = folder / "cadastre-91216-communes.json"
    _geojson(
        outline,
        [
            {
                "type": "Feature",
                "properties": {"id": "91216", "nom": "Épinay-sur-Orge"},
                "geometry": shapely.geometry.mapping(west),
            }
        ],
    )
    try:
        table, log = _audit(run, folder, parcels_file, cameras, "outline")
        given, _ = _audit(run, folder, parcels_file, cameras, "given", STUDY_AREA=str(outline))
    finally:
        outline.unlink()
    assert any("cadastre-91216-communes.json" in line for line in log)
    assert table.loc["WEST", "public_m2"] > 50
    assert table.loc["WEST", "unknown_m2"] == pytest.approx(0.0, abs=0.01)
    # Parcels stay private wherever they are; the street beyond the
    # commune's outline is unknown, not public.
    east = table.loc["EAST"]
    assert east["public_m2"] == pytest.approx(0.0, abs=0.01)
    assert east["unknown_m2"] > 50
    assert east["unknown_m2"] == pytest.approx(east["covered_m2"] - east["private_m2"], 1e-6)
    columns = ["covered_m2", "public_m2", "private_m2", "unknown_m2"]
    np.testing.assert_allclose(table[columns].to_numpy(), given.loc[table.index, columns])


def test_without_an_outline_the_parcels_span_the_study_area(run, town):
    folder, parcels_file, cameras, _ = town
    table, log = _audit(run, folder, parcels_file, cameras, "plain")
    assert not any("communes.json" in line for line in log)
    assert table.loc["EAST", "unknown_m2"] == pytest.approx(0.0, abs=0.01)
    assert table.loc["EAST", "public_m2"] > 50
