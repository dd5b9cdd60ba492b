"""Summaries of the finished tiles: per tile and per commune (cameras,
flagged, public space and private land under view, as sums over cameras),
and the tiles still missing with the reason."""

from pathlib import Path

import pandas as pd

from .files import read_json
from .worker import DONE

FIGURES = ("covered_m2", "public_m2", "private_m2")


def finished_tiles(out_dir):
    return {p.stem: read_json(p) for p in sorted((Path(out_dir) / DONE).glob("*.json"))}


def camera_tables(out_dir, kind="cameras", columns=None):
    """The per-camera tables of every finished tile, as one frame (a tile
    whose cameras were all rejected has an empty table)."""
    import geopandas as gpd

    frames = []
    for key in finished_tiles(out_dir):
        path = Path(out_dir) / kind / f"{key}.parquet"
        frame = gpd.read_parquet(path) if columns is None else pd.read_parquet(path)
        if len(frame):
            frames.append(frame if columns is None else frame[columns])
    if not frames:
        return pd.DataFrame(columns=columns or [])
    return pd.concat(frames, ignore_index=True)


def write_summaries(out_dir, expected, failures):
    """summary_tiles.csv, summary_communes.csv; returns the totals."""
    out_dir = Path(out_dir)
    done = finished_tiles(out_dir)
    tiles = pd.DataFrame(list(done.values()))
    if len(tiles):
        tiles = tiles.sort_values("tile")
    tiles.to_csv(out_dir / "summary_tiles.csv", index=False)
    cameras = camera_tables(
        out_dir, columns=["camera_row", "commune", "masking_required", *FIGURES]
    )
    if len(cameras):
        communes = cameras.groupby("commune", sort=True).agg(
            cameras=("camera_row", "size"),
            flagged=("masking_required", "sum"),
            covered_m2=("covered_m2", "sum"),
            public_m2=("public_m2", "sum"),
            private_m2=("private_m2", "sum"),
        )
        communes["flagged_pct"] = 100.0 * communes["flagged"] / communes["cameras"]
        communes.reset_index().to_csv(out_dir / "summary_communes.csv", index=False)
    missing = sorted(set(expected) - set(done))
    return {
        "tiles_expected": len(expected),
        "tiles_done": len(done),
        "tiles_missing": missing,
        "missing_reasons": {
            k: failures.get(k, "not run yet (run again with --resume)") for k in missing
        },
        "cameras_expected": int(sum(expected.values())),
        "cameras_audited": int(sum(t["audited"] for t in done.values())),
        "cameras_rejected": int(sum(t["rejected"] for t in done.values())),
        "cameras_flagged": int(sum(t["flagged"] for t in done.values())),
        **{name: float(sum(t[name] for t in done.values())) for name in FIGURES},
    }
