"""Issue 19 in the batch: buildings read with their heights as the plugin
reads them, and cameras with their height and tilt, so that the batch and
QGIS give the same private areas. Every figure is worked out by hand.

The garage scene: a camera 6 m up (no tilt), looking north, 90° wide,
30 m range; a 3 × 3 m garage, x from -1.5 to 1.5 m, y from 5 to 8 m (the
camera's foot at the origin); a private parcel x from -12 to 12 m, y from
2 to 20 m. The parcel's far corners are 23.3 m away, inside the range:
the plugin's 3° arcs never reach it, so every area below is exact.

- Nothing in the way: the parcel within the 90° sector (|x| <= y):
  y 2..12, width 2y: 144 - 4 = 140 m²; y 12..20, width 24: 192 m²;
  332 m² in all.
- A 3 m garage under a 6 m camera (3D) hides the hull of its footprint F
  and of 2F (scale hc / (hc - hb) = 6 / 3 about the camera's foot): 2F is
  x -3..3, y 10..16, and the hull's side from (1.5, 5) to (3, 10) passes
  x = 2.4 > 1.5 at y = 8, so F's back corners are inside it: a trapezoid
  y 5..10 of widths 3 and 6, (3 + 6) / 2 × 5 = 22.5 m², and the 6 × 6
  square, 36 m²: 58.5 m² hidden (the garage's roof included: roofs are
  not ground), all of it inside the sector (|x| <= 3 < y) and the parcel.
  Private: 332 - 58.5 = 273.5 m².
- A garage as a wall of unlimited height (2D: height unknown, as high as
  the camera or higher, or a camera of unknown height) hides the wedge
  between the rays through its front corners, |x| <= 1.5 / 5 y = 0.3 y,
  from y = 5 to the parcel's edge at y = 20 (0.3 × 20 = 6 < 12):
  0.6 × (20² - 5²) / 2 = 112.5 m². Private: 332 - 112.5 = 219.5 m².

The cameras stand on Lambert-93's central meridian (x = 700,000, 3°E),
where grid north is true north: the sector's edges are the lines
|x| = y exactly. Scenes are 1 km apart along it."""

import json
import math
import shutil

import geopandas as gpd
import numpy as np
import pyarrow.parquet as pq
import pytest
import shapely

from camera_coverage_batch.cli import main
from camera_coverage_batch.files import file_digest, write_json
from camera_coverage_batch.prepare import MANIFEST, manifest_fingerprint
from camera_coverage_batch.report import commune_report
from camera_coverage_batch.summary import camera_tables

X0, Y0 = 700_000.0, 6_600_000.0
STEP_M = 1000.0
GARAGE = (-1.5, 5.0, 1.5, 8.0)
PARCEL = (-12.0, 2.0, 12.0, 20.0)
OPEN_M2 = 332.0
SEEN_OVER_GARAGE_M2 = 332.0 - 58.5
BEHIND_A_WALL_M2 = 332.0 - 112.5
# A camera 5 m up looking straight down, 60° × 34°: a rectangle about its
# foot, 2 × 5 tan 30° wide and 2 × 5 tan 17° deep.
STRAIGHT_DOWN_M2 = (2 * 5 * math.tan(math.radians(30))) * (2 * 5 * math.tan(math.radians(17)))


def _box(scene, bounds):
    xmin, ymin, xmax, ymax = bounds
    y = Y0 + scene * STEP_M
    return shapely.box(X0 + xmin, y + ymin, X0 + xmax, y + ymax)


def _camera(scene, camera_id, **values):
    row = {"camera_id": camera_id, "direction": 0.0, "fov": 90.0, "range_m": 30.0}
    row.update(values)
    return row, shapely.Point(X0, Y0 + scene * STEP_M)


def _write(folder, name, rows, geometries):
    frame = gpd.GeoDataFrame(rows, geometry=geometries, crs=2154)
    frame.to_file(folder / name)
    return folder / name


def garage_scenes(folder):
    """Seven garage scenes and a camera looking straight down; returns the
    expected private area of each camera, by hand (module docstring).

    Two building files: a BD TOPO-like GeoPackage (hauteur, and
    building:levels where hauteur is empty) and an OpenStreetMap-like
    GeoJSON whose `height` is text ("3 m")."""
    folder.mkdir(parents=True, exist_ok=True)
    cameras = [
        (0, "hauteur", {"height_m": 6.0}, SEEN_OVER_GARAGE_M2),
        (1, "levels", {"height_m": 6.0}, SEEN_OVER_GARAGE_M2),
        (2, "osm text", {"height_m": 6.0}, SEEN_OVER_GARAGE_M2),
        (3, "unknown", {"height_m": 6.0}, BEHIND_A_WALL_M2),
        (4, "camera without height", {}, BEHIND_A_WALL_M2),
        (5, "nothing in the way", {"height_m": 6.0}, OPEN_M2),
        (6, "taller than the camera", {"height_m": 6.0}, BEHIND_A_WALL_M2),
        (
            7,
            "straight down",
            {"height_m": 5.0, "tilt_deg": 90.0, "fov": 60.0, "vfov_deg": 34.0},
            STRAIGHT_DOWN_M2,
        ),
    ]
    rows, points = zip(*(_camera(scene, name, **values) for scene, name, values, _ in cameras))
    _write(folder, "cameras.gpkg", list(rows), list(points))
    parcels = [_box(scene, PARCEL) for scene in range(7)] + [_box(7, (-10, -10, 10, 10))]
    # Etalab ids: the commune's INSEE code first.
    ids = [f"99001000AB{i:04d}" for i in range(len(parcels))]
    _write(folder, "parcels.gpkg", {"id": ids}, parcels)
    bd_topo = {
        "hauteur": [3.0, None, None, 3.0, 12.0],
        "building:levels": [None, 1, None, None, None],
    }
    _write(folder, "bdtopo.gpkg", bd_topo, [_box(s, GARAGE) for s in (0, 1, 3, 4, 6)])
    _write(folder, "osm.geojson", {"height": ["3 m"]}, [_box(2, GARAGE)])
    return {name: area for _, name, _, area in cameras}


def _private(out):
    return camera_tables(out).set_index("camera_id")["private_m2"].to_dict()


def _prepare(folder, client, out, *options, buildings=("bdtopo.gpkg", "osm.geojson")):
    args = ["prepare", "--cameras", folder / "cameras.gpkg", "--parcels", folder / "parcels.gpkg"]
    if buildings:
        args += ["--buildings", *(folder / name for name in buildings)]
    args += ["--out", out, *options]
    return main(list(map(str, [*args, "--scheduler", client.scheduler.address])))


def _run(client, prepared, out, *options):
    args = ["run", prepared, "--out", out, *options, "--scheduler", client.scheduler.address]
    return main(list(map(str, args)))


def test_buildings_hide_what_their_heights_say(tmp_path, client, capsys):
    """A 3 m garage read from hauteur, from building:levels (1 storey) and
    from OpenStreetMap's text height hides 58.5 m² from a camera 6 m up; an
    unknown height, a garage taller than the camera or a camera without
    height hides the 2D wedge; a camera straight down sees its rectangle.
    The logs, the summary and the report say where heights came from and
    how many are unknown (1 of 6)."""
    expected = garage_scenes(tmp_path / "in")
    assert _prepare(tmp_path / "in", client, tmp_path / "prepared") == 0
    prepared_log = capsys.readouterr().out
    assert _run(client, tmp_path / "prepared", tmp_path / "out") == 0
    run_log = capsys.readouterr().out
    private = _private(tmp_path / "out")
    assert set(private) == set(expected)
    for camera, area in expected.items():
        assert private[camera] == pytest.approx(area, rel=1e-6), camera
    for log in (prepared_log, run_log):
        assert "Heights of the buildings read from hauteur, building:levels, height" in log
        assert "(building:levels: 3 m a storey)" in log
        assert "1 of 6 buildings have no usable height: they hide everything behind them" in log
    assert "1 of 8 cameras have no height (height_m)" in run_log
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["building_heights"] == {
        "prepared_with_heights": True,
        "fields": "hauteur, building:levels, height",
        "buildings": 6,
        "unknown": 1,
    }
    assert summary["cameras_without_height"] == 1
    report = commune_report(tmp_path / "out", "99001").read_text("utf-8")
    assert "Heights of the buildings" in report
    assert "1 of 6 have no usable height" in report


def test_the_height_field_option_is_read_and_changes_the_region(tmp_path, client, capsys):
    """--building-height-field mirrors BUILDING_HEIGHT_FIELD: a garage whose
    default field (hauteur, 12 m) is taller than the camera hides the 2D
    wedge; read from the field named (3 m), 58.5 m². A region prepared
    again with another field is another region: --resume refuses it."""
    folder = tmp_path / "in"
    folder.mkdir()
    row, point = _camera(0, "pole", height_m=6.0)
    _write(folder, "cameras.gpkg", [row], [point])
    _write(folder, "parcels.gpkg", {"id": ["99001000AB0001"]}, [_box(0, PARCEL)])
    _write(folder, "garage.gpkg", {"hauteur": [12.0], "h_mesuree": [3.0]}, [_box(0, GARAGE)])
    prepared, out = tmp_path / "prepared", tmp_path / "out"
    assert _prepare(folder, client, prepared, buildings=["garage.gpkg"]) == 0
    assert _run(client, prepared, out) == 0
    assert _private(out)["pole"] == pytest.approx(BEHIND_A_WALL_M2, rel=1e-6)
    by_default = manifest_fingerprint(prepared)
    shutil.rmtree(prepared)
    option = ["--building-height-field", "h_mesuree"]
    assert _prepare(folder, client, prepared, *option, buildings=["garage.gpkg"]) == 0
    assert manifest_fingerprint(prepared) != by_default
    capsys.readouterr()
    assert _run(client, prepared, out, "--resume") == 1
    assert "prepared again" in capsys.readouterr().err
    assert _run(client, prepared, tmp_path / "out-named") == 0
    assert _private(tmp_path / "out-named")["pole"] == pytest.approx(SEEN_OVER_GARAGE_M2, rel=1e-6)
    assert "Heights of the buildings read from h_mesuree." in capsys.readouterr().out


def test_a_height_field_that_does_not_exist_is_refused(tmp_path, client, capsys):
    """The field named, the file and the fields it has; nothing prepared."""
    garage_scenes(tmp_path / "in")
    option = ["--building-height-field", "hauteur_m"]
    prepared = tmp_path / "prepared"
    code = _prepare(tmp_path / "in", client, prepared, *option, buildings=["bdtopo.gpkg"])
    assert code == 1
    error = capsys.readouterr().err
    assert "bdtopo.gpkg: no field hauteur_m (--building-height-field)" in error
    assert "its fields: hauteur, building:levels" in error
    assert "Traceback" not in error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    # Without buildings the option names nothing.
    code = _prepare(tmp_path / "in", client, prepared, *option, buildings=[])
    assert code == 1
    assert "give --buildings too" in capsys.readouterr().err


def _as_prepared_before_heights(prepared):
    """The folder as `prepare` wrote it before heights were read: building
    partitions without height_m (same rows, row groups and bbox column),
    a manifest without building_heights and with the partitions' digests."""
    manifest = json.loads((prepared / MANIFEST).read_text("utf-8"))
    for partition in manifest["layers"]["buildings"]:
        path = prepared / partition["file"]
        frame = gpd.read_parquet(path).drop(columns=["height_m"])
        frame.to_parquet(path, index=False, write_covering_bbox=True, row_group_size=4096)
        partition["sha256"] = file_digest(path)
    del manifest["building_heights"]
    write_json(prepared / MANIFEST, manifest)


def test_a_region_prepared_before_heights_runs_in_2d_and_says_so(tmp_path, client, capsys):
    """An old prepared folder still runs (a --resume of a long run begun
    before keeps working): its buildings hide everything behind them, as
    the batch always did, and the log and the report say so and how to
    read the heights."""
    expected = garage_scenes(tmp_path / "in")
    prepared = tmp_path / "prepared"
    assert _prepare(tmp_path / "in", client, prepared) == 0
    _as_prepared_before_heights(prepared)
    stored = pq.read_schema(next((prepared / "buildings").glob("*.parquet"))).names
    assert "height_m" not in stored
    capsys.readouterr()
    assert _run(client, prepared, tmp_path / "out") == 0
    log = capsys.readouterr().out
    private = _private(tmp_path / "out")
    for camera, area in expected.items():
        in_2d = area if camera in ("nothing in the way", "straight down") else BEHIND_A_WALL_M2
        assert private[camera] == pytest.approx(in_2d, rel=1e-6), camera
    assert "was prepared before the batch read building heights" in log
    assert "prepare it again to read their heights" in log
    report = commune_report(tmp_path / "out", "99001").read_text("utf-8")
    assert "prepared before the batch read them" in report


def test_the_height_column_is_metres_read_by_the_core():
    """What prepare keeps per building, from the core's own reading: text
    with a unit, a decimal comma, storeys, and values that are no height."""
    from camera_coverage_batch.heights import heights_of

    frame = gpd.GeoDataFrame(
        {
            "height": ["12 m", "7,5", None, "40'", "0"],
            "building:levels": [None, None, 2, None, 3],
        },
        geometry=[shapely.Point(0, 0)] * 5,
    )
    heights, unknown = heights_of(frame, ["height", "building:levels"], "")
    np.testing.assert_array_equal(heights, [12.0, 7.5, 6.0, np.nan, 9.0])
    assert unknown == 1


def test_buildings_without_a_height_field_are_said_to_hide_all_behind_them():
    """Etalab's -batiments files carry no height: the log says so, as the
    plugin's does, and says nothing of cameras without height."""
    from camera_coverage_batch.heights import heights_sentences, region_heights

    manifest = {
        "rows": {"buildings": 40},
        "building_heights": {"field": "", "files": [{"fields": "", "unknown": 40}], "unknown": 40},
    }
    heights = region_heights(manifest)
    assert heights == {
        "prepared_with_heights": True,
        "fields": "",
        "buildings": 40,
        "unknown": 40,
    }
    assert heights_sentences(heights, "region", cameras=3, cameras_without_height=3) == [
        "The buildings have no height field (hauteur, height, HAUTEUR, building:levels): "
        "every building hides everything behind it, as in 2D."
    ]
