"""The bundled sample lycée: exactly what its generator writes, and the
plan check finds the four mistakes planted in it, and the cameras that see
ground the plan leaves without a zone (and nothing else)."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import shape

from camera_coverage.core.audit import AuditSettings
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.plans import PlanInput, PlanSettings, run_plan_check

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
LYCEE = RESOURCES / "sample_lycee"
FILES = ("perimeter", "zones", "walls", "buildings", "cameras")
# The mistakes the generator plants, by design.
MISTAKES = {
    "YARD-01": ("not_compliant", "CNIL-SCHOOL-LIVING"),
    "COR-02": ("not_compliant", "CNIL-SCHOOL-LIVING"),
    "WC-01": ("not_compliant", "CNIL-SCHOOL-INTIMACY"),
    "ENT-01": ("masking_required", "CNIL-SCHOOL-ROAD"),
    # The plan leaves the ground around the sports ground and between it and
    # the canteen without a zone: these cameras see more of it than
    # max(1 m², 1 % of their view), so the plan is to complete.
    "SPORT-01": ("incomplete_plan", None),
    "SPORT-02": ("incomplete_plan", None),
    "PASS-01": ("incomplete_plan", None),
}


def load(name):
    return json.loads((LYCEE / f"{name}.geojson").read_text(encoding="utf-8"))["features"]


def test_the_committed_files_are_what_the_generator_writes(tmp_path):
    subprocess.run(
        [sys.executable, str(RESOURCES / "make_sample_lycee.py"), str(tmp_path)], check=True
    )
    for name in FILES:
        path = f"{name}.geojson"
        assert (tmp_path / path).read_bytes() == (LYCEE / path).read_bytes(), path


def test_about_25_cameras_in_the_perimeter_with_the_plan_fields():
    cameras = load("cameras")
    assert len(cameras) == 25
    perimeter = shape(load("perimeter")[0]["geometry"])
    for feature in cameras:
        assert perimeter.covers(shape(feature["geometry"]))
        assert feature["properties"]["schedule"] in ("always", "outside_opening_hours")


@pytest.fixture(scope="module")
def checked():
    cameras = load("cameras")

    def column(key):
        return [np.nan if f["properties"][key] is None else f["properties"][key] for f in cameras]

    def geometries(features):
        return np.array([shape(f["geometry"]) for f in features], dtype=object)

    values = CameraValues(
        camera_id=[f["properties"]["camera_id"] for f in cameras],
        direction=column("direction"),
        fov=column("fov"),
        range_m=column("range_m"),
        height_m=column("height_m"),
        tilt_deg=column("tilt_deg"),
    )
    zones = load("zones")
    plan = PlanInput(
        zones=geometries(zones),
        zones_crs="EPSG:2154",
        zone_values=[f["properties"]["zone_type"] for f in zones],
        perimeter=geometries(load("perimeter")),
        perimeter_crs="EPSG:2154",
        schedules=[f["properties"]["schedule"] for f in cameras],
        camera_types=[f["properties"]["camera_type"] for f in cameras],
    )
    crs = "EPSG:2154"
    coverage, result, _ = run_plan_check(
        geometries(cameras),
        crs,
        values,
        plan,
        AuditSettings(),
        PlanSettings(),
        buildings=geometries(load("buildings")),
        buildings_crs=crs,
        walls=geometries(load("walls")),
        walls_crs=crs,
    )
    ids = [values.camera_id[i] for i in coverage.index]
    return dict(zip(ids, range(len(ids)))), result, coverage


def test_the_check_finds_the_planted_mistakes_and_nothing_else(checked):
    index, result, _coverage = checked
    assert len(index) == 25
    for camera, k in index.items():
        expected = MISTAKES.get(camera, ("compliant", None))
        assert result.verdict[k] == expected[0], (camera, result.verdict_reason[k])
        if expected[1]:
            assert expected[1] in result.verdict_rules[k]


def test_the_corridor_domes_see_the_corridor_and_not_the_closed_classrooms(checked):
    index, result, _coverage = checked
    for dome in ("COR-01", "COR-03"):
        k = index[dome]
        assert result.type_m2["corridor"][k] > 50
        assert result.type_m2["classroom"][k] == 0
    # The common room's glass doors are 4 m wide; the room is 80 m².
    assert 20 < result.type_m2["common_room"][index["COR-02"]] < 80
    assert "no direction" in result.notes[index["PARK-03"]]
    assert not result.notes[index["COR-02"]]  # a dome sees all round by design


def test_the_unzoned_ground_is_the_ground_no_zone_of_the_files_covers(checked):
    index, result, coverage = checked
    # The generator's zones add up to 9 151 m² without overlapping (480
    # forecourt, 104 gate, 1 225 car park, 286 covered yard, 1 586 yard,
    # 500 + 300 corridors, 1 050 canteen, 1 920 sports ground, 800 + 900
    # rooms) in a 120 m × 100 m perimeter: 2 849 m² are in no zone.
    area, _, _ = result.figures["unzoned"]
    assert area == pytest.approx(12_000 - 9_151, abs=1e-6)
    assert result.overlaps == []
    # Each camera's unzoned ground is its view's part of that gap, read
    # straight from the files.
    perimeter = shape(load("perimeter")[0]["geometry"])
    zones = shapely.union_all([shape(f["geometry"]) for f in load("zones")])
    gap = perimeter.difference(zones)
    expected = shapely.area(shapely.intersection(coverage.footprints, gap))
    assert result.unzoned_m2 == pytest.approx(expected, abs=1e-6)
    for camera, k in index.items():
        limit = max(1.0, 0.01 * result.covered_m2[k])
        assert (result.verdict[k] == "incomplete_plan") == (expected[k] > limit), camera
