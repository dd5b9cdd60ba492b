"""The bundled sample lycée: exactly what its generator writes, and the
plan check finds the four mistakes planted in it (and nothing else)."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
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
    return dict(zip(ids, range(len(ids)))), result


def test_the_check_finds_the_planted_mistakes_and_nothing_else(checked):
    index, result = checked
    assert len(index) == 25
    for camera, k in index.items():
        expected = MISTAKES.get(camera, ("compliant", None))
        assert result.verdict[k] == expected[0], (camera, result.verdict_reason[k])
        if expected[1]:
            assert expected[1] in result.verdict_rules[k]


def test_the_corridor_domes_see_the_corridor_and_not_the_closed_classrooms(checked):
    index, result = checked
    for dome in ("COR-01", "COR-03"):
        k = index[dome]
        assert result.type_m2["corridor"][k] > 50
        assert result.type_m2["classroom"][k] == 0
    # The common room's glass doors are 4 m wide; the room is 80 m².
    assert 20 < result.type_m2["common_room"][index["COR-02"]] < 80
    assert "no direction" in result.notes[index["PARK-03"]]
    assert not result.notes[index["COR-02"]]  # a dome sees all round by design
