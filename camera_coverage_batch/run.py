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

from .files import read_json, write_atomic, write_json
from .heights import heights_sentences, region_heights
from .inputs import InputError
from .prepare import load_manifest, manifest_fingerprint, refused_at_prepare
from .progress import ProgressLine
from .summary import UNLOCATED, write_summaries
from .worker import DONE, NO_COMMUNE, audit_tile, output_path, tile_keys

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
    # Cameras rejected at prepare are listed in the tile of their point.
    refused = refused_at_prepare(prepared).geometry
    refused = refused[~refused.isna()]
    if len(refused):
        keys, n = np.unique(tile_keys(refused.x, refused.y, tile_m), return_counts=True)
        for key, count in zip(keys, n):
            counts[key] = counts.get(key, 0) + int(count)
    return counts


def check_tile_m(tile_m):
    if not (isinstance(tile_m, (int, float)) and np.isfinite(tile_m) and tile_m > 0):
        raise InputError(f"--tile-m must be a positive number of metres, not {tile_m}.")


def _check_folders(prepared, out_dir):
    """The results folder is a folder of its own: never a file, never the
    prepared region (a tile's cameras/<tile>.parquet would overwrite a
    partition of the same name) nor a folder inside it or around it."""
    out = out_dir.resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(
            f"--out {out_dir} is a file, not a folder: choose a folder for the results."
        )
    source = Path(prepared)
    if out == source or source in out.parents or out in source.parents:
        raise InputError(
            f"--out {out_dir} is the prepared region's folder, or inside or around it: the "
            "results would overwrite the inputs; choose another folder."
        )


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
    if previous.get("prepared_fingerprint") != parameters["prepared_fingerprint"]:
        raise InputError(
            f"{out_dir} holds a run of another prepared region: {parameters['prepared']} was "
            "prepared again since that run began (other inputs), and --resume would mix the "
            "results of both; run into a new folder."
        )
    if previous != parameters:
        changed = sorted(k for k in parameters if previous.get(k) != parameters[k])
        raise InputError(
            f"{out_dir} holds a run with other parameters ({', '.join(changed)}): --resume "
            "would mix results; choose another folder or the same parameters."
        )


class RunInterrupted(Exception):
    """Ctrl+C during a run: how many tiles were finished (and kept)."""

    def __init__(self, done, expected):
        super().__init__(
            f"interrupted (Ctrl+C): {done} of {expected} tiles finished and kept; run the same "
            "command with --resume to finish."
        )


def _write_unlocated(prepared, out_dir):
    """The cameras rejected at prepare without a point (no tile holds
    them): listed in rejected/unlocated.parquet, commune none."""
    refused = refused_at_prepare(prepared)
    refused = refused[refused.geometry.isna()]
    frame = gpd.GeoDataFrame(
        {
            "camera_row": refused["camera_row"].to_numpy(dtype=np.int64),
            "camera_id": refused["camera_id"].astype(str).to_numpy(),
            "reason": refused["reason"].astype(str).to_numpy(),
            "stage": "prepare",
            "tile": "",
            "commune": NO_COMMUNE,
        },
        geometry=refused.geometry.to_numpy(),
        crs=refused.crs,
    )
    write_atomic(Path(out_dir) / UNLOCATED, lambda tmp: frame.to_parquet(tmp, index=False))


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
    check_tile_m(tile_m)
    prepared, out_dir = str(Path(prepared).resolve()), Path(out_dir)
    manifest = load_manifest(prepared)
    _check_folders(prepared, out_dir)
    parameters = {
        "prepared": prepared,
        "prepared_fingerprint": manifest_fingerprint(prepared),
        "tile_m": tile_m,
        "settings": dataclasses.asdict(settings),
    }
    _check_previous(out_dir, parameters, resume)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_json(out_dir / RUN_FILE, parameters)
    tiles = camera_tiles(prepared, manifest, tile_m)
    _write_unlocated(prepared, out_dir)
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
        "fingerprint": parameters["prepared_fingerprint"],
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
    try:
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
    except KeyboardInterrupt:
        # Ctrl+C: no more tiles; those finished are kept for --resume, and
        # the summaries say what is missing.
        client.cancel(list(futures))
        summary = write_summaries(out_dir, tiles, {})
        write_json(out_dir / "summary.json", {**summary, "interrupted": True})
        raise RunInterrupted(summary["tiles_done"], summary["tiles_expected"]) from None
    wall = time.perf_counter() - started
    summary = write_summaries(out_dir, tiles, failures)
    heights = region_heights(manifest)
    summary["building_heights"] = heights
    summary["wall_s"] = wall
    summary["tiles_this_run"] = results
    write_json(out_dir / "summary.json", summary)
    for key, reason in sorted(failures.items()):
        log(f"tile {key} failed: {reason}")
    log(
        f"{summary['cameras_audited']:,} cameras audited, {summary['cameras_flagged']:,} "
        f"flagged, {summary['cameras_not_audited']:,} not audited (no parcel within reach), "
        f"{summary['cameras_rejected']:,} rejected; "
        f"{summary['tiles_done']} of {summary['tiles_expected']} tiles done"
        + (f", missing: {', '.join(summary['tiles_missing'])}" if summary["tiles_missing"] else "")
        + f"; {wall:.1f} s. Results in {out_dir}"
    )
    audited = summary["cameras_audited"] + summary["cameras_not_audited"]
    for line in heights_sentences(heights, prepared, audited, summary["cameras_without_height"]):
        log(line)
    return summary
