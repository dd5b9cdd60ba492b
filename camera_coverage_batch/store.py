"""Reading a prepared layer inside a box: the manifest names the
partitions whose extent meets the box, and GeoParquet's bbox column lets
the reader skip the row groups (and rows) that lie outside it."""

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import lambert_93


class PartitionError(RuntimeError):
    """A partition file is missing or cannot be read."""


def boxes_meet(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def partitions_in(manifest, layer, box):
    return [p for p in manifest["layers"].get(layer, []) if boxes_meet(p["bbox"], box)]


def _meets(box):
    """Rows whose `bbox` column meets the box: pyarrow skips, from the
    row groups' statistics, the groups that cannot."""
    import pyarrow.compute as pc

    xmin, ymin, xmax, ymax = (float(v) for v in box)
    return (
        (pc.field("bbox", "xmin") <= xmax)
        & (pc.field("bbox", "xmax") >= xmin)
        & (pc.field("bbox", "ymin") <= ymax)
        & (pc.field("bbox", "ymax") >= ymin)
    )


def _read(path, columns, box):
    """A partition's rows within the box, read with pyarrow (geopandas'
    reader costs three times as much per tile: it rebuilds the CRS)."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=columns, filters=_meets(box))
    geometry = shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False))
    names = [n for n in table.column_names if n not in ("geometry", "bbox")]
    return table.select(names).to_pandas(), geometry


def read_box(prepared_dir, manifest, layer, box, columns=None):
    """The features of `layer` whose bounding box meets `box` (Lambert-93),
    and the number of rows stored in the partitions opened."""
    frames, geometries, stored = [], [], 0
    for partition in partitions_in(manifest, layer, box):
        path = Path(prepared_dir) / partition["file"]
        failure = None
        try:
            frame, geometry = _read(path, columns, box)
        except Exception as error:
            failure = (
                f"{layer} partition {partition['file']} cannot be read ({error}); "
                "prepare the region again or restore the file."
            )
        if failure:
            # Raised outside the except: no unpicklable context to carry back.
            raise PartitionError(failure)
        stored += partition["rows"]
        frames.append(frame)
        geometries.append(geometry)
    if not frames:
        names = [c for c in columns or [] if c != "geometry"]
        empty = gpd.GeoDataFrame({c: pd.Series([], dtype=object) for c in names}, geometry=[])
        return empty.set_crs(lambert_93()), stored
    frame = pd.concat(frames, ignore_index=True)
    geometry = np.concatenate(geometries)
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=lambert_93()), stored
