"""The last check before anything is written: no infinite or NaN
coordinate and no NaN area may reach an output (a layer in the wrong CRS
once wrote polygons with infinite coordinates and NULL areas). The
algorithms refuse to write when this finds something."""

import math

import numpy as np
import shapely


def first_non_finite(geometries=None, rows=()):
    """Index of the first feature with a non-finite coordinate or number,
    else None. Missing values (None) are not numbers and pass."""
    bad = []
    if geometries is not None:
        coords, owner = shapely.get_coordinates(
            np.asarray(geometries, dtype=object), return_index=True
        )
        wrong = ~np.isfinite(coords).all(axis=1)
        if wrong.any():
            bad.append(int(owner[wrong].min()))
    for i, row in enumerate(rows):
        if any(isinstance(v, float) and not math.isfinite(v) for v in row):
            bad.append(i)
            break
    return min(bad) if bad else None
