"""IGN's BD TOPO buildings (heights `hauteur`, uses `usage_1`) through the
Géoplateforme's WFS, page by page: the address of each page of a box, the
reading of a page (GeoServer's GeoJSON), and when to stop asking. A page
that cannot be read, or a server that would have us page for ever, is an
error, never fewer buildings in silence."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple
from urllib.parse import urlencode

import numpy as np
import shapely

WFS_DEFAULT = "https://data.geopf.fr/wfs/ows"
WFS_ENV = "CAMERA_COVERAGE_WFS_URL"
BDTOPO_BUILDINGS = "BDTOPO_V3:batiment"
BDTOPO_LICENCE = "Licence Ouverte 2.0 (IGN)"
BDTOPO_CREDIT = "IGN, BD TOPO®"
# Features asked per request (the Géoplateforme serves up to 5,000).
PAGE_SIZE = 1000
# WFS 2.0 reads a CRS named so in the EPSG's own axis order: latitude first.
_LAT_LON_4326 = "urn:ogc:def:crs:EPSG::4326"


class WfsError(ValueError):
    """The WFS answered, but not with a page of features, or its pages
    would never end."""


class WfsPage(NamedTuple):
    """One page: 2D geometries (shapely, lon/lat; None where a feature has
    none) and property rows, aligned; the features the whole request
    matches (None when the server does not say) and those on this page."""

    geometries: np.ndarray
    rows: list
    number_matched: int | None
    number_returned: int


def wfs_base(environ: Mapping[str, str]) -> str:
    """The WFS named in `environ` (os.environ), else the Géoplateforme's."""
    given = (environ.get(WFS_ENV) or "").strip()
    return (given or WFS_DEFAULT).rstrip("/")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def wfs_page_url(
    base: str,
    south: float,
    west: float,
    north: float,
    east: float,
    start: int,
    count: int = PAGE_SIZE,
) -> str:
    """The GetFeature request of BD TOPO's buildings in a box of degrees,
    `count` features from the `start`-th (0 first), in lon/lat GeoJSON.
    The box is written latitude first, as WFS 2.0 reads EPSG:4326 given as
    a URN. ValueError for a box that is not one (as overpass_query), a
    negative start or a count under 1."""
    box = (south, west, north, east)
    if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in box):
        raise ValueError(f"the bounding box {box} has a coordinate that is not a number")
    if not (-90 <= south <= north <= 90 and -180 <= west <= east <= 180):
        raise ValueError(
            f"the bounding box must run south to north within -90..90 and west to east "
            f"within -180..180 degrees: {box}"
        )
    if not (_whole(start) and start >= 0):
        raise ValueError(f"the first feature's index must be a whole number, 0 or more: {start}")
    if not (_whole(count) and count >= 1):
        raise ValueError(f"the page size must be a whole number, 1 or more: {count}")
    query = urlencode(
        {
            "SERVICE": "WFS",
            "VERSION": "2.0.0",
            "REQUEST": "GetFeature",
            "TYPENAMES": BDTOPO_BUILDINGS,
            "OUTPUTFORMAT": "application/json",
            "SRSNAME": "EPSG:4326",
            "BBOX": f"{south:.7f},{west:.7f},{north:.7f},{east:.7f},{_LAT_LON_4326}",
            "COUNT": count,
            "STARTINDEX": start,
        },
        safe=",:/",
    )
    return f"{base}{'&' if '?' in base else '?'}{query}"


def _count(document: dict, *names: str) -> int | None:
    """The first of `names` the document gives as a whole number 0 or
    more; None when it gives none ("unknown" is GeoServer's word for it)."""
    for name in names:
        value = document.get(name)
        if _whole(value) and value >= 0:
            return value
    return None


def _flat(geometry: object) -> object:
    """A GeoJSON geometry without the heights of its positions: GEOS's
    GeoJSON reader takes two numbers a position, BD TOPO gives three."""
    if not isinstance(geometry, dict):
        return geometry

    def positions(value):
        if isinstance(value, list) and value and not isinstance(value[0], list):
            return value[:2]
        return [positions(item) for item in value] if isinstance(value, list) else value

    flat = dict(geometry)
    if "coordinates" in flat:
        flat["coordinates"] = positions(flat["coordinates"])
    if isinstance(flat.get("geometries"), list):
        flat["geometries"] = [_flat(part) for part in flat["geometries"]]
    return flat


def _geometries(features: list) -> np.ndarray:
    """Each feature's geometry in 2D; None where it has none or an
    unreadable one."""
    texts = [
        json.dumps(_flat(f["geometry"])) if isinstance(f, dict) and f.get("geometry") else None
        for f in features
    ]
    geometries = np.full(len(texts), None, dtype=object)
    present = np.array([t is not None for t in texts], dtype=bool)
    if present.any():
        geometries[present] = shapely.from_geojson(
            [t for t in texts if t is not None], on_invalid="ignore"
        )
    return geometries


def read_page(content: bytes | str) -> WfsPage:
    """A WFS GeoJSON FeatureCollection as GeoServer writes it
    (`numberMatched`, `numberReturned`, `totalFeatures`); heights of
    vertices (BD TOPO's MultiPolygon Z) are dropped. Raises WfsError for
    an answer that is not one (an exception report, a cut-off page) or
    whose `numberReturned` is not its number of features."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise WfsError(
            f"the WFS answered something that is not JSON ({error}); it began: {text[:300]!r}"
        ) from error
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list) or document.get("type") != "FeatureCollection":
        raise WfsError(
            f"the WFS answered JSON that is not a FeatureCollection; it began: {text[:300]!r}"
        )
    returned = _count(document, "numberReturned")
    if returned is not None and returned != len(features):
        raise WfsError(
            f"the WFS page says it returns {returned} features but holds {len(features)}"
        )
    rows = [dict(f.get("properties") or {}) if isinstance(f, dict) else {} for f in features]
    matched = _count(document, "numberMatched", "totalFeatures")
    return WfsPage(_geometries(features), rows, matched, len(rows))


def next_start(
    start: int, count: int, number_matched: int | None, number_returned: int
) -> int | None:
    """The index of the next page's first feature, or None when the page
    at `start` was the last: when the server says how many features match,
    they all came; when it does not, the page was not full. A page shorter
    than asked while more are announced means the server serves shorter
    pages: the next one is asked for. Raises WfsError for an empty page
    while more are announced (paging would never end)."""
    end = start + number_returned
    if number_matched is not None:
        if end >= number_matched:
            return None
        if number_returned == 0:
            raise WfsError(
                f"the WFS announces {number_matched} features but its page from feature "
                f"{start} holds none: the buildings cannot all be read"
            )
        return end
    return None if number_returned < count else end


def wfs_pages(
    fetch: Callable[[int], bytes], count: int = PAGE_SIZE
) -> Iterator[tuple[int, WfsPage]]:
    """(start, page) for each page of a request, `fetch(start)` giving the
    bytes of the page from feature `start`. Raises WfsError as read_page
    and next_start do, and when a page repeats the previous one (a server
    that ignores STARTINDEX would be asked for ever)."""
    start, previous = 0, None
    while start is not None:
        page = read_page(fetch(start))
        if page.rows and page.rows == previous:
            raise WfsError(
                f"the WFS sent the same features again for the page from feature {start}: "
                "it does not page (STARTINDEX ignored)"
            )
        yield start, page
        previous = page.rows
        start = next_start(start, count, page.number_matched, page.number_returned)
