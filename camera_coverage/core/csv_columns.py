"""Reading a city's open-data camera list without asking the user to
describe it: French files use `;` and decimal commas, and name their
coordinate columns in many ways (lon, Longitude, coord_x, X...).

A lone decimal separator, dot or comma, is always read as the decimal mark
("1,234" is 1.234, as a French file means it); a separator is read as a
thousands mark only when it groups digits by three and another mark (or none)
ends the number ("1 234,5", "1.234.567", "1,234.5").
"""

from __future__ import annotations

import math
import numbers
import re
import unicodedata
from typing import NamedTuple, Sequence

_LONGITUDE = {"lon", "lng", "long", "longitude"}
_LATITUDE = {"lat", "latitude"}
_X = {"x", "coord_x", "coordx", "x_coord", "coordonnee_x", "coordonnees_x"}
_Y = {"y", "coord_y", "coordy", "y_coord", "coordonnee_y", "coordonnees_y"}

_SIMPLE_NUMBER = re.compile(r"[+-]?(?:\d+|\d*[.,]\d+)")
_GROUPED_NUMBER = re.compile(
    r"[+-]?\d{1,3}(?P<group>[ .,])\d{3}(?:(?P=group)\d{3})*(?:(?P<decimal>[.,])\d+)?"
)
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")


class CoordinateColumns(NamedTuple):
    """Header names of the coordinate columns; kind "lonlat" means degrees
    (EPSG:4326 is a safe guess), "xy" means a projected CRS to ask for."""

    x: str
    y: str
    kind: str


def _header_key(name: str) -> str:
    """Header as a bare lowercase key: accents, units in brackets, spaces and
    punctuation do not matter."""
    text = unicodedata.normalize("NFKD", name.lstrip("\ufeff"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\(.*?\)|\[.*?\]", "", text)
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def detect_coordinate_columns(headers: Sequence[str]) -> CoordinateColumns | None:
    """The first longitude/latitude pair of columns, else the first x/y pair,
    else None."""
    keys = [_header_key(h) for h in headers]

    def first(names: set[str]) -> str | None:
        return next((h for h, k in zip(headers, keys) if k in names), None)

    for x_names, y_names, kind in ((_LONGITUDE, _LATITUDE, "lonlat"), (_X, _Y, "xy")):
        x, y = first(x_names), first(y_names)
        if x is not None and y is not None:
            return CoordinateColumns(x, y, kind)
    return None


def parse_number(value: object) -> float | None:
    """A number written by a person or a spreadsheet ("2,35", "1 234,5",
    "−3.5"), or None when it is not one."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, numbers.Real):
        return float(value) if math.isfinite(value) else None
    text = _SPACES.sub(" ", str(value)).strip().replace("\u2212", "-")
    if _SIMPLE_NUMBER.fullmatch(text):
        return float(text.replace(",", "."))
    grouped = _GROUPED_NUMBER.fullmatch(text)
    if grouped and grouped["group"] != grouped["decimal"]:
        text = text.replace(grouped["group"], "")
        return float(text.replace(",", "."))
    return None
