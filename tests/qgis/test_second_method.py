"""A second method for sectors: QGIS's own wedge buffers (the
`native:wedgebuffers` algorithm and `QgsGeometry.createWedgeBuffer`),
compared camera by camera with the audit for direction, turning arc and
private area, on the sample town and on the real Paris 18e cadastre. The
cameras are given no height or tilt: with both, a footprint is the ground
in the picture, not a sector (checked against tests/expected.py in
test_real_data). Wedges are segmentized every 0.001 rad; our 3° arcs fall
short of the true sector by at most ARC_SHORTFALL of its area, which
bounds every difference (a sector turned 0.5° differs by about 1 %)."""

import math

import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsProperty,
    QgsVectorLayer,
)

from tests.conftest import SAMPLE_TOWN, SHARED_DATA
from tests.expected import ARC_SHORTFALL

PARIS = SHARED_DATA / "paris18"
FIELDS = (
    "camera_id:string,direction:double,fov:double,range_m:double,pan_deg:double,"
    "azimuth:double,width:double,outer:double"
)
SEGMENT_RAD = 0.001


def grid_north():
    """The second method draws its wedges from the layer's grid north: so
    do the sectors compared with them."""
    return {"DIRECTION_NORTH": 1}


def number(value):
    return None if value is None or value == NULL else float(value)


def wedge_layer(cameras):
    """A Lambert-93 point layer with the camera fields and, worked out here
    from the DESIGN formulas, each wedge's azimuth, width and radius.
    cameras: (id, x, y, direction, fov, range, pan)."""
    layer = QgsVectorLayer(
        "Point?crs=EPSG:2154" + "".join(f"&field={f}" for f in FIELDS.split(",")), "c", "memory"
    )
    features = []
    for cid, x, y, direction, fov, reach, pan in cameras:
        sweep = min(fov + (pan or 0.0), 360.0) if direction is not None else 360.0
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([cid, direction, fov, reach, pan, direction or 0.0, sweep, reach])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def wedges(layer):
    """camera_id -> segmentized wedge, through native:wedgebuffers."""
    import processing

    out = processing.run(
        "native:wedgebuffers",
        {
            "INPUT": layer,
            "AZIMUTH": QgsProperty.fromField("azimuth"),
            "WIDTH": QgsProperty.fromField("width"),
            "OUTER_RADIUS": QgsProperty.fromField("outer"),
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    return {
        f["camera_id"]: QgsGeometry(f.geometry().constGet().segmentize(SEGMENT_RAD))
        for f in out.getFeatures()
    }


def audit(layer, parcels, **extra):
    import processing

    return processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": layer,
            "PARCELS": parcels,
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_COVERAGE": "memory:",
            **grid_north(),
            **extra,
        },
    )


def private_union(parcels, expression=None):
    request = QgsFeatureRequest()
    if expression:
        request.setFilterExpression(expression)
    return QgsGeometry.unaryUnion([f.geometry() for f in parcels.getFeatures(request)])


def compare(result, theirs, private, layer):
    """Camera by camera: area, shape (symmetric difference) and private
    area. Our arc falls inside the true one, short by ARC_SHORTFALL of the
    sector."""
    ours = {f["camera_id"]: f for f in result["OUTPUT_CAMERAS"].getFeatures()}
    shapes = {f["camera_id"]: f.geometry() for f in result["OUTPUT_COVERAGE"].getFeatures()}
    wedge_spec = {f["camera_id"]: f for f in layer.getFeatures()}
    assert set(ours) == set(theirs)
    for cid, wedge in theirs.items():
        area = wedge.area()
        spec = wedge_spec[cid]
        arcs = math.pi * spec["outer"] ** 2 * spec["width"] / 360
        bound = ARC_SHORTFALL * arcs * 1.1 + 1e-6
        assert ours[cid]["covered_m2"] == pytest.approx(area, abs=bound), cid
        assert shapes[cid].symDifference(wedge).area() <= bound, cid
        theirs_private = wedge.intersection(private).area()
        assert ours[cid]["private_m2"] == pytest.approx(theirs_private, abs=bound), cid


def test_sample_town_camera_by_camera_against_wedge_buffers(plugin):
    cameras = QgsVectorLayer(str(SAMPLE_TOWN / "cameras.geojson"), "c", "ogr")
    parcels = QgsVectorLayer(str(SAMPLE_TOWN / "parcels.geojson"), "p", "ogr")
    rows = []
    for i, f in enumerate(cameras.getFeatures()):
        point = f.geometry().asPoint()
        direction = number(f["direction"])
        pan = 40.0 if i % 4 == 1 and direction is not None else None
        rows.append(
            (
                f["camera_id"],
                point.x(),
                point.y(),
                direction,
                number(f["fov"]),
                number(f["range_m"]),
                pan,
            )
        )
    assert any(r[6] for r in rows), "some cameras turn"
    layer = wedge_layer(rows)
    public = '"owner_group" IN (1, 2, 3, 4, 9)'
    result = audit(layer, parcels, PUBLIC_EXPRESSION=public)
    private = private_union(parcels, f"NOT ({public}) OR owner_group IS NULL")
    compare(result, wedges(layer), private, layer)


@pytest.fixture(scope="module")
def paris_l93(plugin):
    import processing

    uri = (
        f"file://{PARIS / 'cameras-paris-bo2019.csv'}?delimiter=;&xField=lon&yField=lat"
        "&crs=EPSG:4326&detectTypes=yes"
    )
    cameras = QgsVectorLayer(uri, "cameras", "delimitedtext")
    cameras.setSubsetString('"Code postal" = 75018')
    moved = processing.run(
        "native:reprojectlayer",
        {"INPUT": cameras, "TARGET_CRS": "EPSG:2154", "OUTPUT": "memory:"},
    )["OUTPUT"]
    parcels = QgsVectorLayer(str(PARIS / "cadastre-75118-parcelles.json"), "parcels", "ogr")
    parcels_l93 = processing.run(
        "native:reprojectlayer",
        {"INPUT": parcels, "TARGET_CRS": "EPSG:2154", "OUTPUT": "memory:"},
    )["OUTPUT"]
    return list(moved.getFeatures()), parcels_l93


def test_paris_sectors_against_wedge_buffers_on_the_real_cadastre(paris_l93):
    """Directions, fields of view and turning arcs assigned by rule to the
    57 real sites (the list gives none), every parcel private."""
    sites, parcels = paris_l93
    rows = []
    for i, f in enumerate(sites):
        point = f.geometry().asPoint()
        direction = None if i % 7 == 0 else float((i * 47) % 360)
        fov = 40.0 + (i * 13) % 60
        pan = 30.0 if i % 5 == 2 else None
        rows.append((f"S{i}", point.x(), point.y(), direction, fov, 30.0, pan))
    assert len(rows) == 57
    layer = wedge_layer(rows)
    result = audit(layer, parcels)
    compare(result, wedges(layer), private_union(parcels), layer)


def test_a_single_wedge_from_create_wedge_buffer_crossing_north(plugin):
    """A sector across north, by QgsGeometry directly."""
    x, y = 700_000.0, 6_600_000.0
    layer = wedge_layer([("n", x, y, 350.0, 60.0, 30.0, None)])
    (feature,) = layer.getFeatures()
    wedge = QgsGeometry.createWedgeBuffer(QgsPoint(x, y), 350.0, 60.0, feature["outer"])
    parcels = QgsVectorLayer("Polygon?crs=EPSG:2154&field=id:string", "p", "memory")
    parcel = QgsFeature(parcels.fields())
    parcel.setGeometry(
        QgsGeometry.fromWkt(
            f"POLYGON(({x} {y + 12},{x + 40} {y + 12},{x + 40} {y + 40},{x} {y + 40},{x} {y + 12}))"
        )
    )
    parcel.setAttributes(["east"])
    parcels.dataProvider().addFeatures([parcel])
    theirs = {"n": QgsGeometry(wedge.constGet().segmentize(SEGMENT_RAD))}
    compare(audit(layer, parcels), theirs, parcel.geometry(), layer)
