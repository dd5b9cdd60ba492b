"""The Etalab files read as published, and what is not one refused: an
error page or a cut-off download must never become an empty layer."""

import gzip
import json

import numpy as np
import pyproj
import pytest
import shapely

from camera_coverage.core.feature_collection import NotAFeatureCollection, read_feature_collection
from tests.conftest import SHARED_DATA

EPINAY = SHARED_DATA / "epinay" / "cadastre-91216-parcelles.json"


def test_the_real_parcels_file_keeps_every_feature_and_its_fields():
    content = EPINAY.read_bytes()
    published = json.loads(content)["features"]
    geometries, rows = read_feature_collection(gzip.decompress(gzip.compress(content)))
    assert len(rows) == len(geometries) == len(published) == 4241
    assert rows[0] == published[0]["properties"]
    # A parcel's area as the cadastre states it (contenance, m²) against its
    # polygon's, in Lambert-93: the geometry is the parcel's own.
    to_l93 = pyproj.Transformer.from_crs(4326, 2154, always_xy=True)
    parcel = shapely.transform(geometries[0], lambda xy: np.column_stack(to_l93.transform(*xy.T)))
    assert parcel.area == pytest.approx(rows[0]["contenance"], rel=0.02)


def test_a_feature_without_geometry_keeps_its_row():
    text = json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {"type": "Feature", "geometry": None, "properties": {"id": "a"}},
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [2.3, 48.6]},
                    "properties": {"id": "b"},
                },
            ],
        }
    )
    geometries, rows = read_feature_collection(text)
    assert [r["id"] for r in rows] == ["a", "b"]
    assert geometries[0] is None
    assert geometries[1].equals(shapely.Point(2.3, 48.6))


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body>502 Bad Gateway</body></html>",
        b'{"type": "FeatureCollection", "features": [',
        b'{"type": "Feature", "geometry": null, "properties": {}}',
        b'{"type": "FeatureCollection"}',
        b"[]",
        b"",
    ],
    ids=["error page", "cut off", "one feature", "no features", "a list", "empty"],
)
def test_what_is_not_a_feature_collection_is_refused(content):
    with pytest.raises(NotAFeatureCollection):
        read_feature_collection(content)
