"""The batch run: one Dask task per tile of a Lambert-93 grid that holds
cameras; finished tiles are skipped by --resume; a tile that fails (after
its retries) is reported and the others go on; the summary says which
tiles are missing and why."""

import dataclasses
import time
from pathlib import Path

import geopandas as gpd
import numpy as np

from camera_coverage.core.audit import AuditSettings

from .files import read_json, write_json
from .inputs import InputError
from .prepare import load_manifest
from .progress import ProgressLine
from .summary import write_summaries
from .worker import DONE, audit_tile, output_path, tile_keys

RUN_FILE = "run.json"
TILE_M = 2000.0


def camera_tiles(prepared, manifest, tile_m):
    """Tile key -> number of cameras standing in it."""
    counts = {}
    for partition in manifest["layers"]["cameras"]:
        path = Path(prepared) / partition["file"]
        try:
            points = gpd.read_parquet(path, columns=["geometry"]).geometry
        except Exception as error:
            raise InputError(
                f"camera partition {partition['file']} cannot be read ({error})."
            ) from error
        keys, n = np.unique(tile_keys(points.x, points.y, tile_m), return_counts=True)
        for key, count in zip(keys, n):
            counts[key] = counts.get(key, 0) + int(count)
    return counts


def _check_previous(out_dir, parameters, resume):
    path = Path(out_dir) / RUN_FILE
    finished = list((Path(out_dir) / DONE).glob("*.json"))
    if not path.exists():
        return
    previous = read_json(path)
    if not resume:
        if finished:
            raise InputError(
                f"{out_dir} holds a previous run ({len(finished)} tiles finished): add --resume "
                "to finish it, or choose another folder."
            )
        return
    if previous != parameters:
        changed = sorted(k for k in parameters if previous.get(k) != parameters[k])
        raise InputError(
            f"{out_dir} holds a run with other parameters ({', '.join(changed)}): --resume "
            "would mix results; choose another folder or the same parameters."
        )


def _import_worker():
    import camera_coverage_batch.worker  # noqa: F401


def _warm_up(client):
    """Every worker imports the audit before the clock starts, and one that
    cannot (a remote worker without this project) is named now."""
    try:
        client.run(_import_worker)
    except ImportError as error:
        raise InputError(
            f"a Dask worker cannot import the batch ({error}): install this project on every "
            "worker (pip install '.[batch]')."
        ) from error


def run_batch(
    client,
    prepared,
    out_dir,
    settings=None,
    tile_m=TILE_M,
    resume=False,
    retries=2,
    threads=1,
    log=print,
    stream=None,
):
    """Audit every tile; returns the run summary (also written as summary.json)."""
    settings = settings or AuditSettings()
    prepared, out_dir = str(Path(prepared).resolve()), Path(out_dir)
    manifest = load_manifest(prepared)
    parameters = {
        "prepared": prepared,
        "tile_m": tile_m,
        "settings": dataclasses.asdict(settings),
    }
    _check_previous(out_dir, parameters, resume)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_json(out_dir / RUN_FILE, parameters)
    tiles = camera_tiles(prepared, manifest, tile_m)
    pending = [k for k in sorted(tiles) if not output_path(out_dir, DONE, k).exists()]
    log(
        f"{sum(tiles.values()):,} cameras in {len(tiles)} tiles of {tile_m:g} m; "
        f"{len(tiles) - len(pending)} already finished, {len(pending)} to audit"
    )
    base = {
        "prepared": prepared,
        "out": str(out_dir.resolve()),
        "tile_m": tile_m,
        "settings": parameters["settings"],
        "threads": threads,
    }
    from distributed import as_completed

    _warm_up(client)
    started = time.perf_counter()
    token = f"{time.time_ns():x}"
    futures = {
        client.submit(
            audit_tile,
            {**base, "tile": key},
            key=f"tile-{key}-{token}",
            retries=retries,
            pure=False,
        ): key
        for key in pending
    }
    progress = ProgressLine(len(futures), "tiles", stream=stream)
    results, failures = [], {}
    for future in as_completed(futures):
        key = futures[future]
        try:
            result = future.result()
        except Exception as error:
            failures[key] = f"{type(error).__name__}: {error}"
            progress.update(failed=True)
            continue
        results.append(result)
        progress.update(cameras=result["cameras"])
        future.release()
    wall = time.perf_counter() - started
    summary = write_summaries(out_dir, tiles, failures)
    summary["wall_s"] = wall
    summary["tiles_this_run"] = results
    write_json(out_dir / "summary.json", summary)
    for key, reason in sorted(failures.items()):
        log(f"tile {key} failed: {reason}")
    log(
        f"{summary['cameras_audited']:,} cameras audited, {summary['cameras_flagged']:,} "
        f"flagged, {summary['cameras_rejected']:,} rejected; "
        f"{summary['tiles_done']} of {summary['tiles_expected']} tiles done"
        + (f", missing: {', '.join(summary['tiles_missing'])}" if summary["tiles_missing"] else "")
        + f"; {wall:.1f} s. Results in {out_dir}"
    )
    return summary
