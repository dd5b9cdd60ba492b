"""Building heights from the attributes the public data carry, so that a
building lower than a camera hides only the ground its top shadows.

BD TOPO writes `hauteur` (metres), OpenStreetMap `height` ("12", "12 m")
and, more often, only `building:levels`, taken as 3 m a storey. The first
metre field present is read; where it holds no usable value, the storeys
are. A value that is not a plain number of metres ("40'", "3 storeys",
"10;12"), zero, negative or not finite is unknown: such a building hides
everything behind it, as in 2D.
"""

from __future__ import annotations

import math
import re

import numpy as np

from .csv_columns import parse_number

# In this order: BD TOPO's current and former spellings around OSM's tag.
METRE_FIELDS = ("hauteur", "height", "HAUTEUR")
LEVELS_FIELD = "building:levels"
STOREY_M = 3.0
_METRES = re.compile(r"\s*m\s*$", re.IGNORECASE)


def parse_height(value: object) -> float:
    """Metres from a number or a text ("12", "12 m", "12,5", "12.5m"); NaN
    when the value is missing, not metres, not finite or not above zero."""
    if isinstance(value, str):
        value = _METRES.sub("", value)
    number = parse_number(value)
    return number if number is not None and math.isfinite(number) and number > 0 else math.nan


def parse_levels(value: object) -> float:
    """Storeys from a number or a text ("2", "2,5"); NaN otherwise."""
    number = parse_number(value)
    return number if number is not None and math.isfinite(number) and number > 0 else math.nan


def height_fields(names) -> list[str]:
    """The fields read for heights among a layer's field `names`: the first
    of METRE_FIELDS present, then `building:levels` when present."""
    metres = [name for name in METRE_FIELDS if name in names][:1]
    return metres + ([LEVELS_FIELD] if LEVELS_FIELD in names else [])


def building_heights(columns: dict[str, list], field: str = "") -> tuple[np.ndarray, str, int]:
    """(height in metres per building, NaN where unknown; the fields read,
    comma-separated, "" when none; how many heights are unknown).

    `field`: the user's choice, read as metres (as storeys when it is
    `building:levels`); empty: the first of METRE_FIELDS present, then
    `building:levels` for the buildings it leaves without a height. Raises
    KeyError when `field` is not among the columns."""
    n = len(next(iter(columns.values()), []))
    chosen = [field] if field else height_fields(columns)
    heights = np.full(n, np.nan)
    for name in chosen:
        values = columns[name]
        if name == LEVELS_FIELD:
            read = STOREY_M * np.array([parse_levels(v) for v in values], dtype=float)
        else:
            read = np.array([parse_height(v) for v in values], dtype=float)
        heights = np.where(np.isnan(heights), read, heights)
    return heights, ", ".join(chosen), int(np.isnan(heights).sum())
