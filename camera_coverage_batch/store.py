"""Reading a prepared layer inside a box: the manifest names the
partitions whose extent meets the box, and GeoParquet's bbox column lets
the reader skip the row groups (and rows) that lie outside it."""

from pathlib import Path

import geopandas as gpd
import pandas as pd

from . import lambert_93


class PartitionError(RuntimeError):
    """A partition file is missing or cannot be read."""


def boxes_meet(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def partitions_in(manifest, layer, box):
    return [p for p in manifest["layers"].get(layer, []) if boxes_meet(p["bbox"], box)]


def read_box(prepared_dir, manifest, layer, box, columns=None):
    """The features of `layer` whose bounding box meets `box` (Lambert-93),
    and the number of rows stored in the partitions opened."""
    frames, stored = [], 0
    for partition in partitions_in(manifest, layer, box):
        path = Path(prepared_dir) / partition["file"]
        try:
            frame = gpd.read_parquet(path, columns=columns, bbox=tuple(box))
        except Exception as error:
            raise PartitionError(
                f"{layer} partition {partition['file']} cannot be read ({error}); "
                "prepare the region again or restore the file."
            ) from error
        stored += partition["rows"]
        frames.append(frame)
    if not frames:
        names = [c for c in columns or [] if c != "geometry"]
        empty = gpd.GeoDataFrame({c: pd.Series([], dtype=object) for c in names}, geometry=[])
        return empty.set_crs(lambert_93()), stored
    frame = pd.concat(frames, ignore_index=True).drop(columns="bbox", errors="ignore")
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=lambert_93()), stored
