"""Summaries of the finished tiles: per tile and per commune (cameras,
flagged, public space and private land under view, as sums over cameras),
and the tiles still missing with the reason."""

from pathlib import Path

import numpy as np
import pandas as pd

from .files import read_json
from .worker import DONE, FIGURES, NO_COMMUNE, tile_figures

UNLOCATED = "rejected_unlocated.parquet"
# summary_communes.csv's name for the cameras of no commune.
NO_COMMUNE_LABEL = "none"


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


def rejected_table(out_dir):
    """Every rejected camera: by the core in its tile, at prepare in the tile
    of its point, and at prepare without a point (rejected_unlocated)."""
    frames = [camera_tables(out_dir, "rejected", ["camera_row", "camera_id", "reason", "commune"])]
    path = Path(out_dir) / UNLOCATED
    if path.exists():
        frames.append(
            pd.read_parquet(path, columns=["camera_row", "camera_id", "reason", "commune"])
        )
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=["camera_row", "camera_id", "reason", "commune"])
    return pd.concat(frames, ignore_index=True)


def commune_summary(cameras, rejected):
    """One row per commune: the cameras given (audited, not audited, rejected),
    those flagged among the audited, and the areas; not audited cameras'
    ground is unknown_m2, never public."""
    rows = {}
    for commune, group in cameras.groupby("commune", sort=False):
        rows[commune] = tile_figures(group)
    for commune, group in rejected.groupby("commune", sort=False):
        rows.setdefault(commune, tile_figures(cameras[:0]))["rejected"] = len(group)
    table = pd.DataFrame.from_dict(rows, orient="index")
    if not len(table):
        return table
    if "rejected" not in table:
        table["rejected"] = 0
    table["rejected"] = table["rejected"].fillna(0).astype(int)
    table.insert(0, "cameras", table["audited"] + table["not_audited"] + table["rejected"])
    table["flagged_pct"] = np.where(
        table["audited"] > 0, 100.0 * table["flagged"] / table["audited"].clip(lower=1), 0.0
    )
    table.index = [c if c != NO_COMMUNE else NO_COMMUNE_LABEL for c in table.index]
    table.index.name = "commune"
    columns = ["cameras", "audited", "not_audited", "rejected", "flagged", "flagged_pct"]
    return table[columns + list(FIGURES)].sort_index()


def write_summaries(out_dir, expected, failures):
    """summary_tiles.csv, summary_communes.csv; returns the totals."""
    out_dir = Path(out_dir)
    done = finished_tiles(out_dir)
    tiles = pd.DataFrame(list(done.values()))
    if len(tiles):
        tiles = tiles.sort_values("tile")
    tiles.to_csv(out_dir / "summary_tiles.csv", index=False)
    cameras = camera_tables(
        out_dir, columns=["camera_row", "commune", "masking_required", "undetermined", *FIGURES]
    )
    rejected = rejected_table(out_dir)
    communes = commune_summary(cameras, rejected)
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
        "cameras_not_audited": int(sum(t.get("not_audited", 0) for t in done.values())),
        "cameras_rejected": len(rejected),
        "cameras_flagged": int(sum(t["flagged"] for t in done.values())),
        # Tiles finished before the count was kept have none.
        "cameras_without_height": int(
            sum(t.get("cameras_without_height", 0) for t in done.values())
        ),
        **{name: float(sum(t.get(name, 0.0) for t in done.values())) for name in FIGURES},
    }
