"""One tag dictionary per camera, whatever way OpenStreetMap data reached
QGIS: OGR's .osm/.pbf reader promotes a few tags to columns and packs the
rest into `other_tags` (`"key"=>"value",...`); Overpass GeoJSON exports put
tags either at the top of the properties or under a nested `tags` object.
"""

from __future__ import annotations

import math
import re
from typing import Mapping

_PAIR = re.compile(
    r'\s*"(?P<key>(?:[^"\\]|\\.)*)"\s*=>\s*(?:"(?P<value>(?:[^"\\]|\\.)*)"|NULL)\s*(?:,|$)',
    re.DOTALL,
)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_OSM_TYPES = ("node", "way", "relation")


def is_empty(value: object) -> bool:
    """Missing as far as a tag goes: None, blank text or NaN."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return isinstance(value, str) and not value.strip()


def parse_other_tags(text: str | None) -> dict[str, str]:
    """The pairs of an hstore string as written by OGR, quotes and
    backslashes unescaped. Raises ValueError on text that is not hstore,
    rather than losing tags in silence."""
    if is_empty(text):
        return {}
    tags = {}
    position = 0
    while position < len(text):
        match = _PAIR.match(text, position)
        if match is None or match.end() == position:
            raise ValueError(f"other_tags is not an hstore string at character {position}")
        if match["value"] is not None:
            tags[_ESCAPE.sub(r"\1", match["key"])] = _ESCAPE.sub(r"\1", match["value"])
        position = match.end()
    return tags


def merge_tags(columns: Mapping[str, object], other_tags: str | None = None) -> dict:
    """Tags from `other_tags` overlaid with the non-empty column values (a
    column is what the user sees and may have edited, so it wins)."""
    tags: dict = dict(parse_other_tags(other_tags))
    tags.update({k: v for k, v in columns.items() if k != "other_tags" and not is_empty(v)})
    return tags


def geojson_tags(properties: Mapping[str, object], feature_id: object = None) -> tuple[dict, str]:
    """(tags, source_ref) of an Overpass/osmtogeojson feature. source_ref
    is "node/123" from `@id`, from `type` + `id`, or from the feature id;
    "" when none is given."""
    nested = properties.get("tags")
    if isinstance(nested, Mapping):
        tags = dict(nested)
    else:
        tags = {k: v for k, v in properties.items() if not k.startswith("@")}
    ref = properties.get("@id")
    if is_empty(ref) and properties.get("type") in _OSM_TYPES and "id" in properties:
        ref = f"{properties['type']}/{properties['id']}"
        if not isinstance(nested, Mapping):
            tags.pop("type")
            tags.pop("id")
    if is_empty(ref):
        ref = feature_id
    tags = {k: v for k, v in tags.items() if not is_empty(v)}
    return tags, "" if is_empty(ref) else str(ref)
