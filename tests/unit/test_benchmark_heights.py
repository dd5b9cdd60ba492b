"""The benchmark city's building heights (issue 19: houses 6 to 9 m, annexes
2.5 to 3.5 m, some towers) and how benchmarks/three_d_effect.py counts the
cameras the 3D model changes. Expectations worked out by hand."""

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr

from camera_coverage.core.heights import height_fields

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def module(name):
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))  # three_d_effect imports city_benchmark
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


make_city = module("make_city")
three_d_effect = module("three_d_effect")


@pytest.mark.parametrize(
    "draw, metres",
    [
        (0.0, 2.5),  # the lowest annex
        (0.125, 3.0),  # half-way through the annexes' quarter
        (0.25, 6.0),  # the lowest house
        # houses span 0.25 to 1 - 1/12 = 0.91667: half-way is 0.58333, 7.5 m
        (0.25 + (1 - 0.25 - 1 / 12) / 2, 7.5),
        (1 - 1 / 12, 15.0),  # the lowest tower
        (1 - 1 / 24, 22.5),  # half-way through the towers
    ],
)
def test_one_draw_gives_the_height_of_its_class(draw, metres):
    assert make_city._heights([draw])[0] == pytest.approx(metres)


def test_the_generated_city_has_houses_annexes_and_towers_the_audit_reads(tmp_path):
    make_city.make_city(tmp_path, scale=0.01)
    ds = ogr.Open(str(tmp_path / "buildings.gpkg"))
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    assert height_fields(names) == ["hauteur"]  # read without BUILDING_HEIGHT_FIELD
    heights = np.array([feature.GetField("hauteur") for feature in layer])
    annex = (heights >= 2.5) & (heights <= 3.5)
    house = (heights >= 6.0) & (heights <= 9.0)
    tower = (heights >= 15.0) & (heights <= 30.0)
    assert (annex | house | tower).all()
    # 2,000 buildings: a share within 3 points of 1/4, 2/3 and 1/12.
    assert annex.mean() == pytest.approx(0.25, abs=0.03)
    assert house.mean() == pytest.approx(2 / 3, abs=0.03)
    assert tower.mean() == pytest.approx(1 / 12, abs=0.03)


def test_a_change_counts_above_one_percent_of_the_flat_area():
    flat = {
        "a": [100.0, True],
        "b": [100.0, True],
        "c": [100.0, True],
        "d": [0.0, False],
        "e": [0.0, False],
        "f": [50.0, True],
    }
    model = {
        "a": [101.5, True],  # +1.5 %: up
        "b": [99.2, True],  # -0.8 %: unchanged
        "c": [90.0, True],  # -10 %: down
        "d": [0.005, False],  # from none, under 0.01 m² (rounding): unchanged
        "e": [3.0, True],  # from none to 3 m²: up, and its flag turns
        "f": [0.0, False],  # all gone: down, flag turns
    }
    assert three_d_effect.changes(flat, model) == {"cameras": 6, "up": 2, "down": 2, "flags": 2}
