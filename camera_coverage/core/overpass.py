"""OpenStreetMap through the Overpass API: the one query a commune needs
(its surveillance cameras, entrances and buildings in one bounding box) and
the reading of the answer into cameras, entrances and building polygons in
longitude/latitude. What cannot be read is counted, never dropped in
silence."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import shapely

# Fatal Overpass remarks start so ("runtime error: Query timed out...");
# "runtime remark" is only a notice.
_FATAL_REMARK = "runtime error"
_POLYGONAL = (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON)
# Members of a multipolygon without a role are outer rings (OSM wiki).
_OUTER_ROLES = ("outer", "")


class OverpassError(ValueError):
    """Overpass answered, but not with data: a query that ran out of time
    or memory, or something that is not an Overpass answer."""


class OsmNode(NamedTuple):
    """A camera or an entrance: where it is, its tags, "node/<id>"."""

    lon: float
    lat: float
    tags: dict
    ref: str


@dataclass(frozen=True, eq=False)
class OsmAnswer:
    """What one Overpass answer holds for a commune. `buildings` (shapely
    Polygons or MultiPolygons in lon/lat), `building_values` (the building
    tag, "no" included as given) and `building_refs` are aligned."""

    cameras: list
    entrances: list
    buildings: np.ndarray
    building_values: list
    building_refs: list
    skipped_buildings: int
    skipped_nodes: int
    timestamp: str | None


def overpass_query(
    south: float, west: float, north: float, east: float, timeout_s: int = 180
) -> str:
    """Overpass QL asking for the surveillance cameras, entrances and
    buildings in a box of degrees, with the ways' and relations' geometry.
    ValueError for a box that is not one (NaN, south above north, west east
    of east, off the globe) or a timeout that is not a positive number of
    seconds."""
    box = (south, west, north, east)
    if not all(math.isfinite(value) for value in box):
        raise ValueError(f"the bounding box {box} has a coordinate that is not a number")
    if not (-90 <= south <= north <= 90):
        raise ValueError(
            f"the bounding box's latitudes must run from south to north within -90..90 "
            f"degrees: south {south}, north {north}"
        )
    if not (-180 <= west <= east <= 180):
        raise ValueError(
            f"the bounding box's longitudes must run from west to east within -180..180 "
            f"degrees: west {west}, east {east}"
        )
    if isinstance(timeout_s, bool) or not (isinstance(timeout_s, int) and timeout_s > 0):
        raise ValueError(f"the Overpass timeout must be a positive number of seconds: {timeout_s}")
    bbox = f"({south:.7f},{west:.7f},{north:.7f},{east:.7f})"
    return (
        f"[out:json][timeout:{timeout_s}];\n"
        "(\n"
        f'  node["man_made"="surveillance"]{bbox};\n'
        f'  node["entrance"]{bbox};\n'
        f'  way["building"]{bbox};\n'
        f'  relation["building"]{bbox};\n'
        ");\n"
        "out body geom;\n"
    )


def _decoded(answer: dict | bytes | str) -> dict:
    if isinstance(answer, bytes):
        answer = answer.decode("utf-8", errors="replace")
    if isinstance(answer, str):
        try:
            answer = json.loads(answer)
        except ValueError as error:
            raise OverpassError(
                f"Overpass answered something that is not JSON ({error}); it began: "
                f"{answer[:200]!r}"
            ) from error
    if not isinstance(answer, dict) or not isinstance(answer.get("elements"), list):
        raise OverpassError("the answer is not an Overpass answer: it has no list of elements")
    remark = answer.get("remark")
    if isinstance(remark, str) and _FATAL_REMARK in remark:
        raise OverpassError(
            f"Overpass could not finish the query ({remark.strip()}): the area is too large "
            "for the server's time or memory limits, or the server is busy; try again later, "
            "or another Overpass server"
        )
    return answer


def _coordinate(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _lon_lat(point: object) -> tuple[float, float] | None:
    """(lon, lat) of an element or a geometry point; None when either is
    missing, not finite or off the globe."""
    if not isinstance(point, dict):
        return None
    lon, lat = _coordinate(point.get("lon")), _coordinate(point.get("lat"))
    if lon is None or lat is None or abs(lon) > 180 or abs(lat) > 90:
        return None
    return lon, lat


def _line(points: object) -> np.ndarray | None:
    """The (lon, lat) array of a way's geometry; None when a point is unusable."""
    if not isinstance(points, list):
        return None
    coordinates = [_lon_lat(point) for point in points]
    if len(coordinates) < 2 or any(xy is None for xy in coordinates):
        return None
    return np.array(coordinates, dtype=float)


def _polygonal(geometry) -> shapely.Geometry | None:
    """The polygonal part of a geometry, made valid; None when it has no area."""
    if not shapely.is_valid(geometry):
        geometry = shapely.make_valid(geometry)
    parts = shapely.get_parts(geometry)
    parts = parts[np.isin(shapely.get_type_id(parts), _POLYGONAL)]
    if len(parts) == 0:
        return None
    polygonal = shapely.union_all(parts) if len(parts) > 1 else parts[0]
    return polygonal if shapely.area(polygonal) > 0 else None


def _way_polygon(element: dict) -> shapely.Geometry | None:
    line = _line(element.get("geometry"))
    if line is None or len(line) < 4 or not np.array_equal(line[0], line[-1]):
        return None
    return _polygonal(shapely.Polygon(line))


def _rings_area(lines: list) -> shapely.Geometry | None:
    """The area closed by a role's member ways (a ring may be cut into
    several ways); None when a way leaves a ring open."""
    noded = shapely.union_all([shapely.LineString(line) for line in lines])
    polygons, cuts, dangles, invalid = shapely.polygonize_full(shapely.get_parts(noded))
    if not (shapely.is_empty(cuts) and shapely.is_empty(dangles) and shapely.is_empty(invalid)):
        return None
    return shapely.union_all(shapely.get_parts(polygons))


def _relation_polygon(element: dict) -> shapely.Geometry | None:
    """A multipolygon's outer rings minus its inner rings."""
    if _tags(element).get("type") != "multipolygon":
        return None
    outer, inner = [], []
    for member in element.get("members") or []:
        if not isinstance(member, dict) or member.get("type") != "way":
            continue
        role = member.get("role", "")
        if role not in (*_OUTER_ROLES, "inner"):
            continue
        line = _line(member.get("geometry"))
        if line is None:
            return None
        (outer if role in _OUTER_ROLES else inner).append(line)
    if not outer:
        return None
    area = _rings_area(outer)
    holes = _rings_area(inner) if inner else shapely.Polygon()
    if area is None or holes is None:
        return None
    return _polygonal(shapely.difference(area, holes))


def _tags(element: dict) -> dict:
    tags = element.get("tags")
    return dict(tags) if isinstance(tags, dict) else {}


def read_answer(answer: dict | bytes | str) -> OsmAnswer:
    """The cameras (man_made=surveillance), entrances (any entrance tag)
    and buildings of an Overpass answer; a node both camera and entrance is
    in both. Raises OverpassError for invalid JSON, an answer without
    elements, or a query that failed (a "runtime error" remark)."""
    answer = _decoded(answer)
    cameras, entrances, buildings, values, refs = [], [], [], [], []
    skipped_buildings = skipped_nodes = 0
    for position, element in enumerate(answer["elements"]):
        if not isinstance(element, dict):
            raise OverpassError(f"the answer is not an Overpass answer: element {position}")
        kind, tags = element.get("type"), _tags(element)
        ref = f"{kind}/{element.get('id')}"
        if kind == "node":
            is_camera = tags.get("man_made") == "surveillance"
            is_entrance = "entrance" in tags
            if not (is_camera or is_entrance):
                continue
            lon_lat = _lon_lat(element)
            if lon_lat is None:
                skipped_nodes += 1
                continue
            if is_camera:
                cameras.append(OsmNode(*lon_lat, tags, ref))
            if is_entrance:
                entrances.append(OsmNode(*lon_lat, dict(tags), ref))
        elif kind in ("way", "relation") and "building" in tags:
            polygon = _way_polygon(element) if kind == "way" else _relation_polygon(element)
            if polygon is None:
                skipped_buildings += 1
                continue
            buildings.append(polygon)
            values.append(tags["building"])
            refs.append(ref)
    osm3s = answer.get("osm3s")
    timestamp = osm3s.get("timestamp_osm_base") if isinstance(osm3s, dict) else None
    polygons = np.empty(len(buildings), dtype=object)
    polygons[:] = buildings
    return OsmAnswer(
        cameras=cameras,
        entrances=entrances,
        buildings=polygons,
        building_values=values,
        building_refs=refs,
        skipped_buildings=skipped_buildings,
        skipped_nodes=skipped_nodes,
        timestamp=timestamp or None,
    )


def cameras_feature_collection(cameras: list) -> dict:
    """The cameras as overpass-turbo exports them to GeoJSON (tags at the
    top of the properties beside "@id", the feature id "node/123"): the
    layout camera_import reads as "overpass". Every tag is kept, "type"
    and "id" included (with "@id" given, geojson_tags keeps them as tags);
    a key starting with "@" is not an OSM tag and geojson_tags drops it."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": ref,
                "properties": {**tags, "@id": ref},
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            }
            for lon, lat, tags, ref in cameras
        ],
    }
