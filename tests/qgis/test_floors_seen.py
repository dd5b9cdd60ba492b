"""Façades by storey through processing.run (issue 19), on the scene of
tests/unit/test_storeys.py worked out by hand: a camera 4 m up, tilted 10°
down, 60° x 34°, looks north at a house whose 10 m south wall stands 15 m
ahead. On that wall its picture shows the heights up to
4 + 15 tan(17° - 10°) = 5.84 m: storey 0 (0-3 m) and storey 1 (3-6 m)."""

import math

import pytest
from qgis.core import NULL, QgsGeometry
from qgis.PyQt.QtCore import QVariant

from .layers import AUDIT_OUTPUTS, X0, Y0, box, camera_layer, features_by, parcel_layer
from .test_heights import buildings

HOUSE = box(-5, 15, 5, 25)
TILTED = (
    "camera_id:string,direction:double,fov:double,range_m:double,height_m:double,"
    "tilt_deg:double,vfov_deg:double"
)


@pytest.fixture(autouse=True)
def _plugin_loaded(plugin):
    """Every test here runs coverageaudit: the plugin must be loaded."""


def audit(houses, **extra):
    import processing

    return processing.run(
        "camera_coverage:coverageaudit",
        {
            **AUDIT_OUTPUTS,
            "OUTPUT_MASKS": "memory:",
            "CAMERAS": camera_layer(
                [(X0, Y0, "c", 0.0, 60.0, 40.0, 4.0, 10.0, 34.0)], fields=TILTED
            ),
            "PARCELS": parcel_layer([("house", None, box(-50, 14, 50, 60))]),
            "STUDY_AREA": parcel_layer([("town", None, box(-300, -300, 300, 300))]),
            "BUILDINGS": houses,
            "DWELLING_EXPRESSION": "true",
            **extra,
        },
    )


def camera_and_facade_top(result):
    """The camera's dwelling_floors_seen and the top of its façade mask in
    the picture (y: 0 at the picture's top)."""
    camera = features_by(result["OUTPUT_CAMERAS"], "camera_id")["c"]
    (facade,) = [m for m in result["OUTPUT_MASKS"].getFeatures() if m["kind"] == "dwelling_facade"]
    outline = QgsGeometry.fromWkt(facade["image_outline"]).boundingBox()
    return camera["dwelling_floors_seen"], outline.yMinimum()


def roof_line(roof_m, distance=15.0, height=4.0, tilt=10.0, vfov=34.0):
    """Where a roof line `distance` m ahead lands in the picture, by hand."""
    t = math.radians(tilt)
    up = distance * math.sin(t) + (roof_m - height) * math.cos(t)
    depth = distance * math.cos(t) - (roof_m - height) * math.sin(t)
    return 0.5 - up / (2 * depth * math.tan(math.radians(vfov / 2)))


def test_a_9_m_house_from_hauteur_shows_two_storeys():
    floors, top = camera_and_facade_top(
        audit(buildings("hauteur", QVariant.Double, [(9.0, HOUSE)]))
    )
    assert floors == "0-1"
    # Taller than the picture: the mask runs to its top edge.
    assert top == pytest.approx(0.0, abs=1e-6)


def test_a_5_m_house_masked_up_to_its_roof_line():
    floors, top = camera_and_facade_top(
        audit(buildings("hauteur", QVariant.Double, [(5.0, HOUSE)]))
    )
    assert floors == "0-1"
    # 1 m above the camera, 15 m ahead (the seen wall runs a few cm round
    # the corners: a hair farther).
    assert roof_line(5.0) == pytest.approx(0.0979, abs=1e-4)
    assert top == pytest.approx(roof_line(5.0), abs=1e-3)


def test_the_users_height_field_and_a_3_m_house():
    houses = buildings("h_m", QVariant.Double, [(3.0, HOUSE)])
    floors, top = camera_and_facade_top(audit(houses, BUILDING_HEIGHT_FIELD="h_m"))
    assert floors == "0"
    assert top == pytest.approx(roof_line(3.0), abs=1e-3)


def test_unknown_heights_leave_the_storeys_null_and_the_mask_to_the_top():
    for houses in (
        buildings("hauteur", QVariant.Double, [(None, HOUSE)]),
        buildings("name", QVariant.String, [("no height field", HOUSE)]),
    ):
        floors, top = camera_and_facade_top(audit(houses))
        assert floors == NULL
        assert top == pytest.approx(0.0, abs=1e-6)
