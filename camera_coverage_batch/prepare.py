"""Inputs converted once to spatially sorted, partitioned GeoParquet in
Lambert-93, so that a tile reads only the partitions and row groups that can
meet its cameras' reach.

Each feature goes to the partition (a square of the partition grid) that
holds the centre of its bounding box; a partition file is sorted along a
Hilbert curve and written in small row groups with a `bbox` covering
column (GeoParquet 1.1), whose statistics let a reader skip row groups.
The manifest `prepared.json` keeps each partition's real extent (features
reach out of their square), so a reader opens only the files it needs.

Two steps, each a set of independent tasks on Dask: every input file is
split into parts per partition, then the parts of each partition are
merged and sorted. Memory is bounded by the largest input file and the
largest partition, not by the region.
"""

import dataclasses
import os
import shutil
import tempfile
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from camera_coverage.core.cameras import CameraValues

from . import LAMBERT_93
from .files import file_digest, read_json, write_atomic, write_json
from .heights import HEIGHT_COLUMN, fields_to_read, heights_of, heights_sentences, region_heights
from .inputs import BATCH_ROWS, InputError, fields_of, list_inputs, read_batches, read_vector

MANIFEST = "prepared.json"
PARTITION_M = 10_000.0
ROW_GROUP = 4096
LAYERS = ("cameras", "parcels", "buildings", "communes")
# The INSEE code's field in commune outlines: ours, IGN ADMIN-EXPRESS, Etalab.
COMMUNE_FIELDS = ("insee", "INSEE_COM", "code")
REJECTED_CAMERAS = "cameras_rejected.parquet"
# The normalised camera fields the core reads (importcameras writes them):
# every number of the core's CameraValues.
CAMERA_NUMBERS = tuple(
    f.name for f in dataclasses.fields(CameraValues) if f.name not in ("camera_id", "unreadable")
)
POLYGONAL = ("Polygon", "MultiPolygon")


def cell_keys(frame, partition_m):
    """'ix_iy' of the partition square holding each bounding box's centre."""
    bounds = frame.geometry.bounds.to_numpy()
    cx = np.floor((bounds[:, 0] + bounds[:, 2]) / 2.0 / partition_m).astype(np.int64)
    cy = np.floor((bounds[:, 1] + bounds[:, 3]) / 2.0 / partition_m).astype(np.int64)
    return pd.Series([f"{x}_{y}" for x, y in zip(cx, cy)], index=frame.index)


def _as_text(values):
    """Attribute values as the user types them: 4, not 4.0."""
    return [
        ""
        if v is None or (isinstance(v, float) and np.isnan(v))
        else f"{v:g}"
        if isinstance(v, (int, float, np.number)) and not isinstance(v, bool)
        else str(v)
        for v in values
    ]


def _parcels(frame, source, id_field, start=0, public=None):
    """Parcel ids (the file's, else "<file> fid N", N counted from the
    file's first feature), communes, and which parcels are public: those
    whose `public` field (name, values) holds one of the values."""
    n = len(frame)
    if id_field in frame:
        ids = frame[id_field].astype("string")
    else:
        ids = pd.Series([pd.NA] * n, dtype="string", index=frame.index)
    fallback = pd.Series([f"{source} fid {start + i}" for i in range(n)], index=frame.index)
    ids = ids.fillna(fallback).astype(str)
    if "commune" in frame:
        commune = frame["commune"].astype("string").fillna("").astype(str)
    else:
        # Etalab ids start with the INSEE code of the commune.
        commune = ids.where(ids.str.len() == 14, "").str[:5]
    is_public = np.zeros(n, dtype=bool)
    if public and public[0] in frame:
        is_public = np.isin(_as_text(frame[public[0]].tolist()), [str(v) for v in public[1]])
    return gpd.GeoDataFrame(
        {"parcel_id": ids.to_numpy(), "commune": commune.to_numpy(), "is_public": is_public},
        geometry=frame.geometry.to_numpy(),
        crs=frame.crs,
    )


def _polygonal_only(frame, source, label):
    kind = frame.geometry.geom_type
    keep = kind.isin(POLYGONAL).to_numpy()
    dropped = int((~keep).sum())
    notes = []
    if dropped:
        found = ", ".join(sorted(map(str, kind[~keep].fillna("no geometry").unique())))
        notes.append(f"{source}: {dropped} {label} without a polygon ({found}) left out")
    return frame[keep], notes


def split_input(
    path,
    layer,
    index,
    out_dir,
    partition_m,
    id_field="id",
    batch_rows=BATCH_ROWS,
    public=None,
    guard=False,
    height_field="",
):
    """One input file to parts per partition, batch by batch:
    `_parts/<layer>/<cell>/<index>-<batch>.parquet`. `guard`: stop rather
    than make `out_dir` again once it was removed (a stopped prepare).
    Buildings keep their height in metres (heights.py), read from
    `height_field`, else from the plugin's default fields."""
    path = Path(path)
    source = path.name
    fields = fields_of(path)
    if layer == "parcels":
        if public and public[0] not in fields:
            raise InputError(f"{path}: no field {public[0]} to tell public parcels by.")
        wanted = [c for c in (id_field, "commune", public and public[0]) if c and c in fields]
    elif layer == "communes":
        named = [id_field] if id_field else [c for c in COMMUNE_FIELDS if c in fields][:1]
        if not named or named[0] not in fields:
            raise InputError(
                f"{path}: no INSEE code field ({', '.join(named or COMMUNE_FIELDS)}); "
                "name it with --commune-field."
            )
        wanted = named
    elif layer == "buildings":
        wanted = fields_to_read(path, fields, height_field)
    else:
        wanted = []
    cells, notes, rows, start, heights_unknown = set(), [], 0, 0, 0
    for number, frame in enumerate(read_batches(path, wanted, batch_rows)):
        n = len(frame)
        frame, dropped = _polygonal_only(frame, source, layer)
        notes.extend(dropped)
        if layer == "parcels":
            frame = _parcels(frame, source, id_field, start, public)
        elif layer == "communes":
            frame = gpd.GeoDataFrame(
                {"commune": frame[wanted[0]].astype("string").fillna("").astype(str).to_numpy()},
                geometry=frame.geometry.to_numpy(),
                crs=frame.crs,
            )
        elif layer == "buildings":
            heights, unknown = heights_of(frame, wanted, height_field)
            heights_unknown += unknown
            frame = gpd.GeoDataFrame(
                {HEIGHT_COLUMN: heights}, geometry=frame.geometry.to_numpy(), crs=frame.crs
            )
        else:
            frame = gpd.GeoDataFrame(geometry=frame.geometry.to_numpy(), crs=frame.crs)
        start += n
        frame = frame.to_crs(LAMBERT_93)
        rows += len(frame)
        for key, part in frame.groupby(cell_keys(frame, partition_m), sort=True):
            target = Path(out_dir) / "_parts" / layer / key / f"{index:06d}-{number:06d}.parquet"
            write_atomic(
                target,
                lambda tmp, part=part: part.to_parquet(tmp, index=False),
                root=out_dir if guard else None,
            )
            cells.add(key)
    result = {"file": str(path), "rows": rows, "cells": sorted(cells), "notes": notes}
    if layer == "buildings":
        result["heights"] = {"fields": ", ".join(wanted), "unknown": heights_unknown}
    return result


def compact_partition(layer, key, out_dir, row_group=ROW_GROUP, guard=False):
    """The parts of one partition merged, sorted along a Hilbert curve and
    written with a bbox covering column in small row groups."""
    out_dir = Path(out_dir)
    parts = sorted((out_dir / "_parts" / layer / key).glob("*.parquet"))
    frame = pd.concat([gpd.read_parquet(p) for p in parts], ignore_index=True)
    frame = gpd.GeoDataFrame(frame, geometry="geometry", crs=LAMBERT_93)
    order = np.argsort(frame.geometry.hilbert_distance().to_numpy(), kind="stable")
    frame = frame.iloc[order].reset_index(drop=True)
    target = out_dir / layer / f"{key}.parquet"
    write_atomic(
        target,
        lambda tmp: frame.to_parquet(
            tmp, index=False, write_covering_bbox=True, row_group_size=row_group
        ),
        root=out_dir if guard else None,
    )
    xmin, ymin, xmax, ymax = (float(v) for v in frame.total_bounds)
    return {
        "file": f"{layer}/{key}.parquet",
        "bbox": [xmin, ymin, xmax, ymax],
        "rows": len(frame),
        "sha256": file_digest(target),
    }


def _camera_frame(path, id_field, row_start):
    """A camera file as the normalised columns, and the rejected rows with
    their reason: a text that is not a number is never read as 'missing'."""
    path = Path(path)
    frame = read_vector(path)
    n = len(frame)
    out = pd.DataFrame(index=frame.index)
    out["camera_row"] = np.arange(row_start, row_start + n, dtype=np.int64)
    if id_field in frame:
        ids = frame[id_field].astype("string")
    else:
        ids = pd.Series([pd.NA] * n, dtype="string", index=frame.index)
    out["camera_id"] = ids.fillna(
        pd.Series([f"{path.name} fid {i}" for i in range(n)], index=frame.index)
    ).astype(str)
    out["source"] = path.name
    reasons = pd.Series([None] * n, index=frame.index, dtype=object)
    for name in CAMERA_NUMBERS:
        if name not in frame:
            out[name] = np.nan
            continue
        raw = frame[name]
        values = pd.to_numeric(raw, errors="coerce").astype(float)
        bad = raw.notna() & values.isna() & (raw.astype(str).str.strip() != "")
        for i in np.flatnonzero(bad.to_numpy()):
            if reasons.iloc[i] is None:
                reasons.iloc[i] = (
                    f"{name} '{raw.iloc[i]}' is not a number: import the cameras with the "
                    "plugin's importcameras first"
                )
        out[name] = values
    geometry = frame.geometry.to_numpy()
    single = shapely.get_num_geometries(geometry) == 1
    multi = shapely.get_type_id(geometry) == shapely.GeometryType.MULTIPOINT
    geometry = np.where(multi & single, shapely.get_geometry(geometry, 0), geometry)
    kind = shapely.get_type_id(geometry)
    missing = shapely.is_missing(geometry) | shapely.is_empty(geometry)
    for i in np.flatnonzero(missing | (kind != shapely.GeometryType.POINT)):
        if reasons.iloc[i] is None:
            reasons.iloc[i] = (
                "no location (empty geometry): give the camera a point"
                if missing[i]
                else "geometry is not a single point: split it into single cameras"
            )
    cameras = gpd.GeoDataFrame(out, geometry=geometry, crs=frame.crs)
    rejected = reasons.notna().to_numpy()
    refused = cameras[rejected].copy()
    refused["reason"] = reasons[rejected].astype(str).to_numpy()
    # A rejected camera keeps its point, where it has one, so that the run
    # lists it in its tile and its commune: it never vanishes from them.
    point = np.asarray(refused.geometry.to_numpy(), dtype=object)
    usable = ~(shapely.is_missing(point) | shapely.is_empty(point))
    usable &= shapely.get_type_id(point) == shapely.GeometryType.POINT
    usable[usable] &= np.isfinite(shapely.get_coordinates(point[usable])).all(axis=1)
    refused = refused.set_geometry(np.where(usable, point, None), crs=frame.crs)
    refused = refused.to_crs(LAMBERT_93)
    moved = refused.geometry.to_numpy()
    located = ~shapely.is_missing(moved)
    located[located] &= np.isfinite(shapely.get_coordinates(moved[located])).all(axis=1)
    refused = refused.set_geometry(np.where(located, moved, None), crs=LAMBERT_93)
    columns = ["camera_row", "camera_id", "source", "reason", "geometry"]
    return cameras[~rejected].to_crs(LAMBERT_93), refused[columns]


def split_cameras(paths, out_dir, partition_m, id_field="camera_id", guard=False):
    """Every camera file, numbered in order (camera_row), to parts per partition."""
    kept, refused, row = [], [], 0
    for path in paths:
        cameras, rejected = _camera_frame(path, id_field, row)
        row += len(cameras) + len(rejected)
        kept.append(cameras)
        refused.append(rejected)
    cameras = pd.concat(kept, ignore_index=True)
    cameras = gpd.GeoDataFrame(cameras, geometry="geometry", crs=LAMBERT_93)
    rejected = gpd.GeoDataFrame(pd.concat(refused, ignore_index=True), crs=LAMBERT_93)
    write_atomic(
        Path(out_dir) / REJECTED_CAMERAS,
        lambda tmp: rejected.to_parquet(tmp, index=False),
        root=out_dir if guard else None,
    )
    keys = cell_keys(cameras, partition_m)
    cells = []
    for key, part in cameras.groupby(keys, sort=True):
        target = Path(out_dir) / "_parts" / "cameras" / key / "000000.parquet"
        write_atomic(
            target,
            lambda tmp, part=part: part.to_parquet(tmp, index=False),
            root=out_dir if guard else None,
        )
        cells.append(key)
    return {"rows": row, "kept": len(cameras), "rejected": len(rejected), "cells": cells}


def _target_folder(out_dir):
    """The folder prepare will write, refused before any work when it is a
    file, holds a prepared region or anything else."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"--out {out_dir} is a file, not a folder: choose a folder to create.")
    if (out_dir / MANIFEST).exists():
        raise InputError(f"{out_dir} already holds a prepared region: choose another folder.")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        raise InputError(
            f"{out_dir} is not empty: choose a new folder (prepare writes only into a folder "
            "of its own)."
        )


def prepare(
    client,
    cameras,
    parcels,
    buildings,
    out_dir,
    partition_m=PARTITION_M,
    camera_id_field="camera_id",
    parcel_id_field="id",
    log=print,
    communes=None,
    commune_field=None,
    public=None,
    building_height_field="",
):
    """Convert the inputs; returns the manifest (also written as prepared.json).
    `communes`: optional outlines of the communes (a camera's commune is
    then the one that holds it); `public`: (field, values) of the parcels
    that are public (else every parcel is private); `building_height_field`:
    the buildings' height field (default: the plugin's, heights.py).

    Everything is written into a temporary folder beside `out_dir`, renamed
    to `out_dir` once complete: a failure (an unreadable file), a Ctrl+C or
    a killed process never leaves a half-prepared region under that name,
    and the temporary folder is removed on failure."""
    out_dir = Path(out_dir)
    if not np.isfinite(partition_m) or partition_m <= 0:
        raise InputError(f"--partition-m must be a positive number of metres, not {partition_m}.")
    if building_height_field and not buildings:
        raise InputError(
            f"--building-height-field {building_height_field} names a field of the buildings: "
            "give --buildings too."
        )
    _target_folder(out_dir)
    files = {
        "cameras": list_inputs(cameras),
        "parcels": list_inputs(parcels, "parcelles"),
        "buildings": list_inputs(buildings, "batiments") if buildings else [],
        "communes": list_inputs(communes) if communes else [],
    }
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.preparing-", dir=out_dir.parent))
    try:
        manifest = _prepare_into(
            client,
            files,
            work,
            partition_m,
            camera_id_field,
            parcel_id_field,
            log,
            commune_field,
            public,
            building_height_field or "",
        )
        _target_folder(out_dir)
        if out_dir.exists():
            out_dir.rmdir()
        os.replace(work, out_dir)
    except BaseException:
        _remove(work)
        raise
    log(
        f"prepared {manifest['rows']['cameras']:,} cameras ({manifest['cameras_rejected']:,} "
        f"rejected), {manifest['rows']['parcels']:,} parcels, {manifest['rows']['buildings']:,} "
        f"buildings in {sum(len(v) for v in manifest['layers'].values())} partitions: {out_dir}"
    )
    for line in heights_sentences(region_heights(manifest), out_dir):
        log(line)
    return manifest


def _remove(folder, attempts=20):
    """Remove a folder that tasks still running may write into for a moment
    (they never make it again: write_atomic's root)."""
    for _ in range(attempts):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.25)


def _prepare_into(
    client,
    files,
    out_dir,
    partition_m,
    camera_id_field,
    parcel_id_field,
    log,
    commune_field,
    public,
    building_height_field,
):
    camera_task = client.submit(
        split_cameras,
        files["cameras"],
        out_dir,
        partition_m,
        camera_id_field,
        guard=True,
        pure=False,
    )
    splits = {
        layer: client.map(
            partial(split_input, public=public, guard=True, height_field=building_height_field),
            files[layer],
            [layer] * len(files[layer]),
            range(len(files[layer])),
            [out_dir] * len(files[layer]),
            [partition_m] * len(files[layer]),
            [commune_field if layer == "communes" else parcel_id_field] * len(files[layer]),
            pure=False,
        )
        for layer in ("parcels", "buildings", "communes")
    }
    try:
        camera_split = camera_task.result()
        cells = defaultdict(set)
        cells["cameras"].update(camera_split["cells"])
        notes = []
        rows = {"cameras": camera_split["kept"]}
        heights = []
        for layer, futures in splits.items():
            rows[layer] = 0
            for result in client.gather(futures):
                cells[layer].update(result["cells"])
                rows[layer] += result["rows"]
                notes.extend(result["notes"])
                if "heights" in result:
                    heights.append({"file": result["file"], **result["heights"]})
    except BaseException:
        # The other files' tasks would go on writing into the folder.
        client.cancel([camera_task, *(f for futures in splits.values() for f in futures)])
        raise
    for note in notes:
        log(note)
    compacts = {
        layer: client.map(
            partial(compact_partition, guard=True),
            [layer] * len(cells[layer]),
            sorted(cells[layer]),
            [out_dir] * len(cells[layer]),
            pure=False,
        )
        for layer in LAYERS
    }
    try:
        layers = {layer: client.gather(futures) for layer, futures in compacts.items()}
    except BaseException:
        client.cancel([f for futures in compacts.values() for f in futures])
        raise
    manifest = {
        "format": "camera_coverage_batch prepared region 1",
        "crs": LAMBERT_93,
        "partition_m": partition_m,
        "inputs": {layer: [str(p) for p in paths] for layer, paths in files.items()},
        "rows": rows,
        "cameras_rejected": camera_split["rejected"],
        "cameras_rejected_sha256": file_digest(out_dir / REJECTED_CAMERAS),
        "public": {"field": public[0], "values": list(public[1])} if public else None,
        # Where the buildings' heights (partitions' height_m) came from; a
        # region prepared before heights were read has no such entry.
        "building_heights": {
            "field": building_height_field,
            "files": heights,
            "unknown": sum(source["unknown"] for source in heights),
        },
        "notes": notes,
        "layers": layers,
    }
    shutil.rmtree(out_dir / "_parts", ignore_errors=True)
    write_json(out_dir / MANIFEST, manifest)
    return manifest


def load_manifest(prepared_dir):
    path = Path(prepared_dir) / MANIFEST
    if not path.exists():
        raise InputError(
            f"{prepared_dir}: no {MANIFEST}; run `camera-coverage-batch prepare` first."
        )
    return read_json(path)


def manifest_fingerprint(prepared_dir):
    """What a run remembers of the prepared region: the SHA-256 of its
    manifest, which holds the digest of every partition and of the rejected
    cameras, so that a region prepared again into the same folder (other
    cameras, other parcels) is never taken for the one a run began on."""
    return file_digest(Path(prepared_dir) / MANIFEST)


def refused_at_prepare(prepared_dir):
    """The cameras rejected at prepare, with their point in Lambert-93
    where they have one (a region prepared before points were kept: none)."""
    path = Path(prepared_dir) / REJECTED_CAMERAS
    columns = ["camera_row", "camera_id", "reason"]
    if not path.exists():
        frame = pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})
        frame["camera_row"] = frame["camera_row"].astype(np.int64)
        return gpd.GeoDataFrame(frame, geometry=np.zeros(0, dtype=object), crs=LAMBERT_93)
    try:
        return gpd.read_parquet(path).to_crs(LAMBERT_93)
    except ValueError:
        # Plain Parquet (no geometry): written before points were kept.
        frame = pd.read_parquet(path)
        return gpd.GeoDataFrame(
            frame, geometry=np.full(len(frame), None, dtype=object), crs=LAMBERT_93
        )
