"""Issue 17, the batch: no silent wrong figure, no traceback, no hang.
Everything goes through the command line (main() against the session's
cluster, or a subprocess where a hang or Ctrl+C is tried), and every
expected figure is found from the input files, never from the batch:
which cameras have a parcel within reach, and each camera's commune
(geopandas' nearest join over every parcel, tests/batch/region.py)."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from camera_coverage_batch.cli import EXIT_INTERRUPTED, main
from camera_coverage_batch.summary import camera_tables, finished_tiles, rejected_table
from tests.conftest import ROOT

from .region import hostile_cameras

TILINGS = (2000.0, 1000.0, 300.0)
COUNTS = ["cameras", "audited", "not_audited", "rejected", "flagged"]
AREAS = ["covered_m2", "public_m2", "private_m2", "unknown_m2"]


def _cli(*args):
    return [sys.executable, "-m", "camera_coverage_batch", *map(str, args)]


def _run_cli(*args, timeout=120):
    """The installed command as a user runs it; a hang fails the test."""
    return subprocess.run(_cli(*args), cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def _communes_csv(out):
    return pd.read_csv(out / "summary_communes.csv", dtype={"commune": str}).set_index("commune")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, client, region):
    """The region's cameras and planted ones (beyond the cadastre, near it,
    rejected at prepare and by the core), prepared and run at three tile
    sizes through the command line."""
    folder = tmp_path_factory.mktemp("hostile")
    for path in region[0].iterdir():
        shutil.copy(path, folder / path.name)
    expected = hostile_cameras(folder)
    prepared = folder / "prepared"
    address = client.scheduler.address
    args = ["prepare", "--cameras", folder / "cameras-hostile.geojson", "--parcels", folder]
    args += ["--buildings", folder, "--out", prepared, "--scheduler", address]
    assert main(list(map(str, args))) == 0
    outs = {}
    for tile_m in TILINGS:
        out = folder / f"out-{tile_m:g}"
        args = ["run", str(prepared), "--out", str(out), "--tile-m", f"{tile_m:g}"]
        code = main([*args, "--scheduler", address])
        assert code == 0
        outs[tile_m] = out
    return expected, prepared, outs


def test_a_camera_beyond_the_cadastre_is_not_audited(hostile):
    """No parcel within its reach: masking unknown and its ground unknown,
    as in the plugin; never 'sees only public domain' (the batch said
    public_m2 = covered_m2, masking_required = False)."""
    expected, _, outs = hostile
    tables = camera_tables(outs[1000.0]).set_index("camera_id")
    beyond = expected.loc[expected["state"] == "not_audited", "camera_id"]
    assert len(beyond) == 55
    seen = tables.loc[beyond]
    assert (seen["covered_m2"] > 0).all()
    assert seen["masking_required"].isna().all()
    assert (seen["public_m2"] == 0).all()
    assert np.allclose(seen["unknown_m2"], seen["covered_m2"])
    assert seen["flag_reason"].str.startswith("not audited").all()
    assert not seen["flag_reason"].str.contains("public domain").any()
    audited = tables.loc[expected.loc[expected["state"] == "audited", "camera_id"]]
    assert audited["masking_required"].notna().all() and (audited["unknown_m2"] == 0).all()


def test_commune_figures_do_not_depend_on_the_tiling(hostile):
    """The same summary_communes.csv at 2000, 1000 and 300 m tiles, with
    the counts of the input files: each camera in the commune of the
    nearest parcel within 100 m, else none (the batch took the nearest
    parcel its tile had read, at any distance: 170 / 165 / 158 cameras in
    99001 at 2000 / 1000 / 300 m)."""
    expected, _, outs = hostile
    by_hand = expected.assign(commune=expected["commune"].replace("", "none"))
    counts = by_hand.groupby(["commune", "state"]).size().unstack(fill_value=0)
    # Not a trivial equality: cameras of no commune, and not audited ones in communes.
    assert counts.loc["none", "not_audited"] >= 10
    assert counts.drop(index="none")["not_audited"].sum() >= 10
    tables = {tile_m: _communes_csv(out) for tile_m, out in outs.items()}
    for tile_m, table in tables.items():
        assert sorted(table.index) == sorted(counts.index), tile_m
        for state in ("audited", "not_audited", "rejected"):
            ours = table[state].reindex(counts.index)
            assert (ours == counts[state]).all(), (tile_m, state, ours, counts[state])
        assert (table["cameras"] == counts.sum(axis=1).reindex(table.index)).all()
    first = tables[TILINGS[0]]
    for tile_m in TILINGS[1:]:
        table = tables[tile_m].reindex(first.index)
        assert (table[COUNTS] == first[COUNTS]).all().all(), tile_m
        for column in AREAS:
            assert np.allclose(table[column], first[column], rtol=1e-9, atol=1e-6), column


def test_the_summaries_count_not_audited_and_rejected_apart(hostile):
    """summary_communes.csv and the report: cameras not audited are neither
    audited, nor unflagged, nor public; cameras rejected at prepare (a
    direction 'NE', no point at all) are counted and listed with the core's
    rejections."""
    expected, _, outs = hostile
    out = outs[300.0]
    table = _communes_csv(out)
    beyond = expected[expected["state"] == "not_audited"]
    in_communes = beyond[beyond["commune"] != ""]
    for commune, group in in_communes.groupby("commune"):
        assert table.loc[commune, "not_audited"] == len(group)
    none = table.loc["none"]
    assert none["audited"] == 0 and none["flagged"] == 0
    assert none["public_m2"] == 0 and none["unknown_m2"] > 0
    # The summary's totals hold every camera of the input file.
    summary = pd.read_json(out / "summary.json", typ="series")
    assert summary["cameras_audited"] + summary["cameras_not_audited"] == len(
        expected[expected["state"] != "rejected"]
    )
    assert summary["cameras_rejected"] == 3
    rejected = rejected_table(out).set_index("camera_id")
    assert sorted(rejected.index) == ["bad-direction", "no-point", "wide"]
    assert "'NE' is not a number" in rejected.loc["bad-direction", "reason"]
    assert rejected.loc["no-point", "commune"] == ""
    commune = expected.set_index("camera_id").loc["bad-direction", "commune"]
    assert rejected.loc["bad-direction", "commune"] == commune
    # The report of that commune.
    assert main(["report", str(out), commune]) == 0
    html = (out / f"report-{commune}.html").read_text("utf-8")
    mine = expected[expected["commune"] == commune]
    audited = int((mine["state"] == "audited").sum())
    not_audited = int((mine["state"] == "not_audited").sum())
    assert not_audited > 0
    assert f"<li><b>Cameras audited</b>: {audited}</li>" in html
    assert f"land status unknown</b>: {not_audited}</li>" in html
    assert "bad-direction" in html
    assert all(
        f"<td>{cid}</td>" in html for cid in mine.loc[mine["state"] != "rejected", "camera_id"]
    )


def _tiny_region(folder, cameras_xy, fov=60.0):
    """Two parcels and cameras in Lambert-93 (coordinates kept exactly)."""
    folder.mkdir(parents=True, exist_ok=True)
    x0, y0 = 652_000.0, 6_862_000.0
    gpd.GeoDataFrame(
        {"id": ["p1", "p2"], "commune": ["91001", "91002"]},
        geometry=[
            shapely.box(x0, y0, x0 + 990, y0 + 990),
            shapely.box(x0, y0 + 1010, x0 + 990, y0 + 1990),
        ],
        crs=2154,
    ).to_file(folder / "parcels.gpkg")
    gpd.GeoDataFrame(
        {"camera_id": [f"c{i}" for i in range(len(cameras_xy))], "fov": fov, "range_m": 20.0},
        geometry=[shapely.Point(x0 + dx, y0 + dy) for dx, dy in cameras_xy],
        crs=2154,
    ).to_file(folder / "cameras.gpkg")
    return folder


def _prepare(client, folder, out):
    args = ["prepare", "--cameras", folder / "cameras.gpkg", "--parcels", folder / "parcels.gpkg"]
    return main(list(map(str, [*args, "--out", out, "--scheduler", client.scheduler.address])))


def test_resume_refuses_a_region_prepared_again(tmp_path, client):
    """A region prepared again into the same folder (other cameras) is not
    the one the run began on: --resume refuses, and the results are left
    as they were (it kept the old results and said 0)."""
    address = client.scheduler.address
    first = _tiny_region(tmp_path / "a", [(100, 100), (200, 200)])
    prepared, out = tmp_path / "prepared", tmp_path / "out"
    assert _prepare(client, first, prepared) == 0
    run = ["run", str(prepared), "--out", str(out), "--scheduler", address]
    assert main(run) == 0
    before = (out / "summary_communes.csv").read_bytes()
    shutil.rmtree(prepared)
    second = _tiny_region(tmp_path / "b", [(100, 100), (200, 200), (300, 300)])
    assert _prepare(client, second, prepared) == 0
    done = _run_cli(*run, "--resume")
    assert done.returncode == 1, done.stderr
    assert "prepared again" in done.stderr and "Traceback" not in done.stderr
    assert (out / "summary_communes.csv").read_bytes() == before
    # The same region prepared again from the same files is the same one.
    shutil.rmtree(prepared)
    assert _prepare(client, first, prepared) == 0
    assert main([*run, "--resume"]) == 0


def test_a_camera_on_a_tile_edge_or_corner_is_audited_once(tmp_path, client):
    """Cameras exactly on tile edges and corners (Lambert-93 coordinates,
    multiples of the tile side) at several tile sizes: each camera once in
    the tables and the counts."""
    xy = [(0, 0), (250, 0), (0, 250), (250, 250), (500, 500), (500, 130), (130, 500)]
    xy += [(1000, 1000), (750, 1000), (1000, 40)]
    folder = _tiny_region(tmp_path / "edges", xy)
    prepared = tmp_path / "prepared"
    assert _prepare(client, folder, prepared) == 0
    points = gpd.read_parquet(next((prepared / "cameras").glob("*.parquet"))).geometry
    x = points.x.to_numpy() - 652_000.0
    y = points.y.to_numpy() - 6_862_000.0
    for tile_m in (250.0, 500.0, 1000.0):
        # The precondition: every camera stands on an edge of this tiling.
        assert ((x % tile_m == 0) | (y % tile_m == 0)).sum() >= 4
        out = tmp_path / f"out-{tile_m:g}"
        run = ["run", str(prepared), "--out", str(out), "--tile-m", f"{tile_m:g}"]
        assert main([*run, "--scheduler", client.scheduler.address]) == 0
        tables = camera_tables(out)
        assert sorted(tables["camera_id"]) == sorted(f"c{i}" for i in range(len(xy))), tile_m
        summary = pd.read_json(out / "summary.json", typ="series")
        assert summary["cameras_audited"] + summary["cameras_not_audited"] == len(xy)
        assert _communes_csv(out)["cameras"].sum() == len(xy)


def test_a_truncated_parcels_file_leaves_nothing_half_written(tmp_path, client, region):
    """A parcels file cut in the middle: a message naming it, exit 1, and no
    prepared folder, temporary or not (a traceback and a half-written folder)."""
    folder = region[0]
    damaged = tmp_path / "inputs"
    damaged.mkdir()
    data = (folder / "cadastre-99002-parcelles.json.gz").read_bytes()
    (damaged / "cadastre-99002-parcelles.json.gz").write_bytes(data[: len(data) // 2])
    shutil.copy(folder / "cadastre-99001-parcelles.json.gz", damaged)
    out = tmp_path / "prepared"
    args = ["prepare", "--cameras", folder / "cameras.geojson", "--parcels", damaged]
    args += ["--out", out, "--scheduler", client.scheduler.address]
    done = _run_cli(*args)
    assert done.returncode == 1
    assert "cadastre-99002-parcelles.json.gz: cannot be read" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inputs"]


@pytest.mark.parametrize("tile_m", ["0", "-5", "nan"])
def test_a_tile_side_that_is_not_a_positive_length_is_refused(tmp_path, region, tile_m):
    out = tmp_path / "out"
    done = _run_cli("run", region[1], "--out", out, "--tile-m", tile_m, "--workers", "1")
    assert done.returncode == 1
    assert f"--tile-m must be a positive number of metres, not {tile_m}" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "option, value",
    [("--tolerance", "nan"), ("--tolerance", "-1"), ("--default-fov", "0"),
     ("--default-fov", "nan"), ("--default-range", "inf"), ("--default-resolution", "-1")],
)  # fmt: skip
def test_an_audit_setting_that_is_not_a_usable_number_is_refused(tmp_path, region, option, value):
    # Found by a hostile-input review: --tolerance nan flagged no camera and
    # -1 flagged every one, both with exit code 0.
    out = tmp_path / "out"
    done = _run_cli("run", region[1], "--out", out, option, value, "--workers", "1")
    assert done.returncode == 1
    assert f"{option} must be" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


@pytest.mark.parametrize("command", ["run", "prepare"])
def test_workers_minus_one_is_refused_not_a_hang(tmp_path, region, command):
    folder, prepared, _ = region
    out = tmp_path / "out"
    if command == "run":
        args = ["run", prepared, "--out", out]
    else:
        args = ["prepare", "--cameras", folder / "cameras.geojson", "--parcels", folder]
        args += ["--out", out]
    done = _run_cli(*args, "--workers", "-1", timeout=60)
    assert done.returncode == 1
    assert "--workers must be 1 or more, not -1" in done.stderr
    assert not out.exists()


@pytest.mark.parametrize("command", ["run", "prepare"])
def test_an_out_that_is_a_file_is_refused(tmp_path, client, region, command):
    folder, prepared, _ = region
    out = tmp_path / "results.txt"
    out.write_text("my notes")
    if command == "run":
        args = ["run", prepared, "--out", out]
    else:
        args = ["prepare", "--cameras", folder / "cameras.geojson", "--parcels", folder]
        args += ["--out", out]
    done = _run_cli(*args, "--scheduler", client.scheduler.address)
    assert done.returncode == 1
    assert f"--out {out} is a file" in done.stderr and "Traceback" not in done.stderr
    assert out.read_text() == "my notes"


def test_a_run_into_the_prepared_folder_is_refused(tmp_path, client, region):
    """Results written into the prepared region would overwrite its
    partitions (cameras/<key>.parquet in both)."""
    prepared = tmp_path / "prepared"
    shutil.copytree(region[1], prepared)
    before = {p: p.read_bytes() for p in prepared.rglob("*") if p.is_file()}
    for out in (prepared, prepared / "results"):
        args = ["run", str(prepared), "--out", str(out), "--tile-m", "10000"]
        assert main([*args, "--scheduler", client.scheduler.address]) == 1
    after = {p: p.read_bytes() for p in prepared.rglob("*") if p.is_file()}
    assert after == before


def test_report_of_a_missing_folder_or_output_is_refused(tmp_path, hostile):
    _, _, outs = hostile
    out = outs[2000.0]
    done = _run_cli("report", tmp_path / "nowhere", "99001")
    assert done.returncode == 1 and "no such results folder" in done.stderr
    (tmp_path / "empty").mkdir()
    done = _run_cli("report", tmp_path / "empty", "99001")
    assert done.returncode == 1 and "not a results folder" in done.stderr
    target = tmp_path / "missing" / "report.html"
    done = _run_cli("report", out, "99001", "--output", target)
    assert done.returncode == 1 and "does not exist" in done.stderr
    for result in (done,):
        assert "Traceback" not in result.stderr
    assert not target.parent.exists()


def test_ctrl_c_stops_a_run_cleanly(tmp_path, region):
    """Ctrl+C (SIGINT to the terminal's process group) mid-run: a clear
    message, exit 130, no traceback, no half-written file; the finished
    tiles are kept for --resume."""
    _, prepared, _ = region
    out = tmp_path / "out"
    command = _cli("run", prepared, "--out", out, "--tile-m", "150", "--workers", "1")
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 120
    while len(finished_tiles(out)) < 2 and time.time() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == EXIT_INTERRUPTED, stderr
    assert "interrupted (Ctrl+C)" in stderr and "--resume" in stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    summary = pd.read_json(out / "summary.json", typ="series")
    assert summary["interrupted"] and 0 < summary["tiles_done"] < summary["tiles_expected"]
    assert not list(out.rglob("*.tmp"))


def test_the_console_script_the_readme_names_is_installed(tmp_path):
    # The README's commands use camera-coverage-batch; `make setup` installs
    # it in the venv (it was missing: only `python -m` worked).
    script = Path(sys.executable).parent / "camera-coverage-batch"
    done = subprocess.run(
        [str(script), "report", str(tmp_path / "missing"), "75118"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "missing" in done.stderr
