"""The generated region on a LocalCluster of two workers: each camera
audited exactly once, the figures of one run_audit over the whole region,
and faults: a worker killed mid-run, a run interrupted then resumed, a
corrupt partition."""

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pandas as pd
import pytest

from camera_coverage_batch.cli import EXIT_MISSING_TILES, main
from camera_coverage_batch.cluster import dask_client
from camera_coverage_batch.run import run_batch
from camera_coverage_batch.summary import camera_tables, finished_tiles
from tests.conftest import ROOT

from .towns import assert_same_figures

TILE_M = 500.0
QUIET = {"log": lambda *_: None}
KEEP = ["camera_row", "tile", "commune", "geometry"]


def figures(out):
    return camera_tables(out).drop(columns=KEEP)


def test_two_workers_audit_each_camera_once(tmp_path, client, region):
    _, prepared, reference = region
    summary = run_batch(client, prepared, tmp_path / "out", tile_m=TILE_M, **QUIET)
    assert summary["tiles_missing"] == [] and summary["tiles_expected"] > 8
    tables = camera_tables(tmp_path / "out")
    assert tables["camera_row"].is_unique
    assert len(tables) == len(reference) == summary["cameras_audited"]
    # Both workers took tiles.
    assert len({t["worker"] for t in summary["tiles_this_run"]}) == 2
    assert_same_figures(tables.drop(columns=KEEP), reference)
    # Cameras near a border see into the next commune's file.
    assert tables["commune"].nunique() == 4
    communes = pd.read_csv(tmp_path / "out" / "summary_communes.csv", dtype={"commune": str})
    by_hand = tables.groupby("commune")["private_m2"].sum()
    for row in communes.itertuples():
        assert row.private_m2 == pytest.approx(by_hand[row.commune], rel=1e-12)
    assert communes["cameras"].sum() == len(tables)


def test_a_remote_scheduler_and_the_commune_report(tmp_path, client, region):
    """The command line against an existing scheduler (here the session's
    cluster, by its address), then the plugin's HTML report of a commune."""
    _, prepared, reference = region
    out = tmp_path / "out"
    address = client.scheduler.address
    code = main(
        [
            "run",
            str(prepared),
            "--out",
            str(out),
            "--tile-m",
            str(TILE_M),
            "--scheduler",
            address,
            "--report",
            "99002",
        ]
    )
    assert code == 0
    assert_same_figures(figures(out), reference)
    html = (out / "report-99002.html").read_text("utf-8")
    tables = camera_tables(out)
    ours = tables[tables["commune"] == "99002"]
    assert f"<li><b>Cameras audited</b>: {len(ours)}</li>" in html
    assert all(f"<td>{cid}</td>" in html for cid in ours["camera_id"])
    others = set(tables["camera_id"]) - set(ours["camera_id"])
    assert not any(f"<td>{cid}</td>" in html for cid in others)
    assert main(["report", str(out), "00000"]) == 1


def test_a_killed_worker_loses_nothing(tmp_path, region):
    _, prepared, reference = region
    out = tmp_path / "out"
    with dask_client(workers=2, memory_limit="2GB") as client:
        pids = list(client.run(os.getpid).values())
        done = {}
        runner = threading.Thread(
            target=lambda: done.update(
                run_batch(client, prepared, out, tile_m=TILE_M, retries=1, **QUIET)
            )
        )
        runner.start()
        deadline = time.time() + 120
        while not finished_tiles(out) and time.time() < deadline:
            time.sleep(0.02)
        killed_while = len(finished_tiles(out))
        os.kill(pids[0], signal.SIGKILL)
        runner.join(300)
    assert 0 < killed_while < done["tiles_expected"], "the worker was not killed mid-run"
    assert done["tiles_missing"] == []
    assert_same_figures(figures(out), reference)


def _cli(*args):
    return [sys.executable, "-m", "camera_coverage_batch", *map(str, args)]


def test_resume_finishes_an_interrupted_run(tmp_path, region):
    _, prepared, reference = region
    out = tmp_path / "out"
    command = _cli("run", prepared, "--out", out, "--tile-m", TILE_M, "--workers", "1")
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while len(finished_tiles(out)) < 3 and time.time() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    before = {p.name: p.stat().st_mtime_ns for p in (out / "done").glob("*.json")}
    assert len(before) >= 3
    total = len(list(figures_tiles(prepared)))
    assert len(before) < total, "the run ended before it was interrupted"
    # Without --resume the folder is refused rather than mixed.
    refused = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert refused.returncode == 1 and "--resume" in refused.stderr
    finished = subprocess.run([*command, "--resume"], cwd=ROOT, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert f"{len(before)} already finished" in finished.stdout
    after = {p.name: p.stat().st_mtime_ns for p in (out / "done").glob("*.json")}
    assert all(after[name] == mtime for name, mtime in before.items())
    assert_same_figures(figures(out), reference)


def figures_tiles(prepared):
    from camera_coverage_batch.prepare import load_manifest
    from camera_coverage_batch.run import camera_tiles

    return camera_tiles(prepared, load_manifest(prepared), TILE_M)


def test_a_corrupt_partition_fails_its_tiles_only(tmp_path, region):
    _, prepared, reference = region
    copy = tmp_path / "prepared"
    shutil.copytree(prepared, copy)
    victim = sorted((copy / "parcels").glob("*.parquet"))[0]
    victim.write_bytes(b"not a parquet file")
    out = tmp_path / "out"
    code = main(
        [
            "run",
            str(copy),
            "--out",
            str(out),
            "--tile-m",
            str(TILE_M),
            "--workers",
            "2",
            "--retries",
            "0",
        ]
    )
    assert code == EXIT_MISSING_TILES
    summary = json.loads((out / "summary.json").read_text())
    missing = summary["tiles_missing"]
    assert 0 < len(missing) < summary["tiles_expected"]
    for tile in missing:
        assert victim.name in summary["missing_reasons"][tile]
    # The tiles that finished are right.
    done = camera_tables(out).drop(columns=KEEP)
    assert_same_figures(done, reference[reference["camera_id"].isin(done["camera_id"])])


def test_commune_outlines_give_each_camera_its_commune(tmp_path, client, region):
    """With the communes' outlines (IGN's INSEE_COM field), a camera's
    commune is the one holding it: here, the commune that generated it."""
    folder, _, reference = region
    from camera_coverage_batch.prepare import prepare

    prepare(
        client,
        [folder / "cameras.geojson"],
        [folder],
        [folder],
        tmp_path / "prepared",
        communes=[folder / "communes.geojson"],
        log=lambda *_: None,
    )
    summary = run_batch(client, tmp_path / "prepared", tmp_path / "out", tile_m=TILE_M, **QUIET)
    assert summary["tiles_missing"] == []
    tables = camera_tables(tmp_path / "out")
    assert (tables["commune"] == tables["camera_id"].str[:5]).all()
    assert_same_figures(tables.drop(columns=KEEP), reference)
