"""The public services (Etalab cadastre, Overpass, the geo API) as they
would answer for Épinay-sur-Orge (INSEE 91216), recorded once per process
and served by the local server of tests/http_server.py, so that the tests
of communedata and communedossier run on answers laid out exactly as the
real services publish them, and never on the internet.

Real: Épinay's Etalab parcels (../shared/data, served byte for byte,
gzipped as Etalab publishes them); the services' paths, layouts and field
names; the communes' INSEE codes and names; Épinay's population.

Made up, seeded (the same on every run):
- Épinay's buildings: every third real parcel shrunk by 3 m (as
  tests/batch/towns.py derives them, less the parts under 1 m² that would
  not survive rounding to 1 cm), and its outline: the union of its
  parcels closed over the streets (+25 m then -25 m), holes removed;
- the neighbours' shapes: the ring from Épinay's outline to 400 m out, cut
  in 5 angular sectors around its centroid (Savigny, Morsang, Villemoisson,
  Sainte-Geneviève, Villiers), and Longjumeau 600 m to 1,200 m out in the
  north-west sector, so never within NEIGHBOURS_M of Épinay; their parcels
  (a grid of 24 m squares, 8 m streets), buildings (parcels shrunk by 4 m)
  and populations (rounded);
- all of OpenStreetMap: the cameras (inside the outline, within 150 m out,
  300 m to 1 km out, unreadable, a guard), the entrances (vertices of
  dwellings), the buildings (copies of derived buildings, most shifted by
  up to 2 m, some by 6 to 12 m) and the data's timestamp;
- the geo API's scores and the other communes' populations;
- IGN's BD TOPO buildings (the WFS of the Géoplateforme, `WFS_PATH`): the
  derived buildings of every commune above, served with heights of
  vertices (MultiPolygon Z) and BD TOPO's attributes drawn from another
  seed (so that the recording above stays as it was): houses 6 to 9 m
  high, annexes under 40 m² 2.5 to 3.5 m ("Annexe"), a few 20 m towers,
  shops ("Commercial et services"), a few unknown heights. The WFS answers
  GetFeature by BBOX (latitude first with the URN of EPSG:4326, as WFS 2.0
  reads it), COUNT and STARTINDEX, in GeoServer's GeoJSON pages.

`expected` holds facts measured here, in Lambert-93 with shapely, on the
recorded bytes themselves, independently of camera_coverage.
"""

import copy
import functools
import gzip
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import numpy as np
import shapely
import shapely.affinity
from pyproj import Transformer

from tests.conftest import SHARED_DATA
from tests.http_server import Answer, RecordedServices

EPINAY_PARCELS = SHARED_DATA / "epinay" / "cadastre-91216-parcelles.json"

EPINAY = "91216"
EPINAY_NAME = "Épinay-sur-Orge"
# The five sectors of the ring, clockwise from north.
NEAR_COMMUNES = {
    "91589": "Savigny-sur-Orge",
    "91434": "Morsang-sur-Orge",
    "91667": "Villemoisson-sur-Orge",
    "91549": "Sainte-Geneviève-des-Bois",
    "91685": "Villiers-sur-Orge",
}
FAR_COMMUNE = "91345"
FAR_COMMUNE_NAME = "Longjumeau"
POPULATIONS = {
    EPINAY: 11236,
    "91589": 37000,
    "91434": 21000,
    "91667": 7000,
    "91549": 36000,
    "91685": 4700,
    FAR_COMMUNE: 21500,
}
# Communedata takes the cadastre of the communes within this distance.
NEIGHBOURS_M = 150.0
DWELLING_VALUES = ("house", "residential", "apartments")
# An Etalab building takes the value of an OSM building covering this share of it.
OVERLAP_SHARE = 0.25
OSM_TIMESTAMP = "2026-12-01T10:00:00Z"

CADASTRE_ROOT = "/etalab"
OVERPASS_PATH = "/overpass/api/interpreter"
GEO_ROOT = "/geo"
GEO_SEARCH_PATH = f"{GEO_ROOT}/communes"
UNKNOWN_COMMUNE = "99999"
UNKNOWN_COMMUNE_PATH = f"{GEO_ROOT}/communes/{UNKNOWN_COMMUNE}"
WFS_PATH = "/wfs/ows"
BDTOPO_TIMESTAMP = "2026-11-15T08:12:31.502Z"
BDTOPO_TYPENAME = "BDTOPO_V3:batiment"
LAT_LON_4326 = "urn:ogc:def:crs:EPSG::4326"

OVERPASS_BUSY = Answer(
    b"<html><body><h1>429 Too Many Requests</h1></body></html>\n",
    429,
    {"Content-Type": "text/html", "Retry-After": "0"},
)
OVERPASS_GATEWAY_TIMEOUT = Answer(
    b"<html><body><h1>504 Gateway Timeout</h1></body></html>\n", 504, {"Content-Type": "text/html"}
)
WFS_UNAVAILABLE = Answer(
    b"<html><body><h1>503 Service Unavailable</h1></body></html>\n",
    503,
    {"Content-Type": "text/html", "Retry-After": "0"},
)
UNKNOWN_COMMUNE_ANSWER = Answer(
    json.dumps({"code": 404, "message": "Commune non trouvée"}, ensure_ascii=False).encode(),
    404,
    {"Content-Type": "application/json; charset=utf-8"},
)

_TO_LAMBERT = Transformer.from_crs(4326, 2154, always_xy=True)
_TO_LONLAT = Transformer.from_crs(2154, 4326, always_xy=True)
_COMPASS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE"]
_COMPASS += ["S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]
_OSM_COPYRIGHT = (
    "The data included in this document is from www.openstreetmap.org. "
    "The data is made available under ODbL."
)


def commune_path(code: str, layer: str) -> str:
    """A commune's Etalab file on the server (all communes here are in 91)."""
    return f"{CADASTRE_ROOT}/communes/{code[:2]}/{code}/cadastre-{code}-{layer}.json.gz"


def departement_path(layer: str) -> str:
    return f"{CADASTRE_ROOT}/departements/91/cadastre-91-{layer}.json.gz"


def geo_commune_path(code: str) -> str:
    return f"{GEO_ROOT}/communes/{code}"


def epinay_answers() -> dict[str, bytes]:
    """Every recorded body by server path (gzipped where the service gzips)."""
    return dict(_recording()[0])


def epinay_expected() -> dict:
    return copy.deepcopy(_recording()[1] | _bdtopo_measured())


def recorded_answer(path: str) -> Answer:
    content_type = "application/json; charset=utf-8"
    if path.endswith(".gz"):
        content_type = "application/gzip"
    return Answer(epinay_answers()[path], 200, {"Content-Type": content_type})


def truncated_answer(path: str) -> Answer:
    """The recorded body cut in the middle (a dropped connection)."""
    answer = recorded_answer(path)
    answer.cut_at = len(answer.body) // 2
    return answer


def overpass_runtime_error() -> Answer:
    """A query that ran out of time: 200, no elements, a `remark`."""
    body = {
        **_overpass_head(),
        "elements": [],
        "remark": 'runtime error: Query timed out in "query" at line 1 after 181 seconds.',
    }
    return Answer(json.dumps(body).encode(), 200, {"Content-Type": "application/json"})


@dataclass
class EpinayRecording:
    services: RecordedServices
    environ: dict
    expected: dict

    def fail_first(self, path: str, *failures: Answer) -> None:
        """The next requests of `path` get `failures` in turn, then the recorded answer."""
        self.services.route(path, *failures, recorded_answer(path))

    def reset(self) -> None:
        """Every route as recorded, and no request remembered."""
        _route_all(self.services)
        self.services.requests.clear()


def record_epinay(services: RecordedServices) -> EpinayRecording:
    """Routes every recorded answer on `services` (started or not)."""
    _route_all(services)
    environ = {
        "CAMERA_COVERAGE_CADASTRE_URL": services.url + CADASTRE_ROOT,
        "CAMERA_COVERAGE_OVERPASS_URL": services.url + OVERPASS_PATH,
        "CAMERA_COVERAGE_GEO_API_URL": services.url + GEO_ROOT,
        "CAMERA_COVERAGE_WFS_URL": services.url + WFS_PATH,
    }
    return EpinayRecording(services, environ, epinay_expected())


def write_offline_folder(folder: Path) -> dict:
    """The recorded files on disk, laid out as the services serve them:
    `cadastre/` (the Etalab folder), `overpass.json` (the answer),
    `geo/communes/<code>` (the communes; not the name search, whose path
    is that folder's), `bdtopo.json` (every BD TOPO building in one WFS
    page, as saved from the WFS). Returns the environment pointing at them."""
    for path, body in epinay_answers().items():
        if path in (OVERPASS_PATH, GEO_SEARCH_PATH):
            continue
        if path.startswith(CADASTRE_ROOT + "/"):
            target = folder / "cadastre" / path[len(CADASTRE_ROOT) + 1 :]
        else:
            target = folder / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
    (folder / "overpass.json").write_bytes(epinay_answers()[OVERPASS_PATH])
    everything = bdtopo_buildings()
    (folder / "bdtopo.json").write_bytes(_wfs_page(everything, len(everything)))
    return {
        "CAMERA_COVERAGE_CADASTRE_URL": str(folder / "cadastre"),
        "CAMERA_COVERAGE_OVERPASS_URL": str(folder / "overpass.json"),
        "CAMERA_COVERAGE_GEO_API_URL": str(folder / "geo"),
        "CAMERA_COVERAGE_WFS_URL": str(folder / "bdtopo.json"),
    }


def _route_all(services: RecordedServices) -> None:
    for path in epinay_answers():
        services.route(path, recorded_answer(path))
    services.route(UNKNOWN_COMMUNE_PATH, UNKNOWN_COMMUNE_ANSWER)
    services.route_query(WFS_PATH, RecordedWfs())


@functools.cache
def _recording() -> tuple[dict[str, bytes], dict]:
    rng = np.random.default_rng(91216)
    raw_parcels = EPINAY_PARCELS.read_bytes()
    parcels = _to_lambert(shapely.get_parts(shapely.from_geojson(raw_parcels.decode("utf-8"))))
    buildings = _shrunk(parcels[::3], 3.0)
    outline = _closed_outline(parcels)
    communes = _made_up_communes(outline)

    answers = {
        commune_path(EPINAY, "parcelles"): _gzip(raw_parcels),
        commune_path(EPINAY, "batiments"): _gzip(_buildings_file(buildings, EPINAY)),
        commune_path(EPINAY, "communes"): _gzip(_communes_file({EPINAY: outline})),
        departement_path("communes"): _gzip(_communes_file({EPINAY: outline, **communes})),
    }
    for code, area in communes.items():
        grid = _grid_parcels(area)
        answers[commune_path(code, "parcelles")] = _gzip(_parcels_file(grid, code))
        answers[commune_path(code, "batiments")] = _gzip(_buildings_file(_shrunk(grid, 4.0), code))
        answers[commune_path(code, "communes")] = _gzip(_communes_file({code: area}))
    answers[OVERPASS_PATH] = _overpass_answer(rng, outline, buildings)
    answers.update(_geo_answers())
    return answers, _measured(answers)


# --- Geometry (Lambert-93) ---------------------------------------------------------------------


def _to_lambert(geometries):
    return shapely.transform(geometries, lambda xy: np.column_stack(_TO_LAMBERT.transform(*xy.T)))


def _to_lonlat(geometries):
    """In degrees, rounded to 7 decimals (1 cm) as Etalab and OSM write them."""
    return shapely.transform(
        geometries, lambda xy: np.round(np.column_stack(_TO_LONLAT.transform(*xy.T)), 7)
    )


def _without_slivers(geometries):
    """The polygons of at least 1 m² in each geometry (smaller ones would
    collapse when rounded to 1 cm), one geometry each; none left: dropped."""
    parts, owner = shapely.get_parts(geometries, return_index=True)
    kept = (shapely.get_type_id(parts) == 3) & (shapely.area(parts) >= 1.0)
    _, owner = np.unique(owner[kept], return_inverse=True)
    grouped = shapely.multipolygons(parts[kept], indices=owner)
    single = shapely.get_num_geometries(grouped) == 1
    return np.where(single, shapely.get_geometry(grouped, 0), grouped)


def _shrunk(parcels, metres):
    return _without_slivers(shapely.buffer(parcels, -metres))


def _closed_outline(parcels):
    closed = shapely.union_all(parcels).buffer(25.0).buffer(-25.0)
    return shapely.union_all([shapely.Polygon(part.exterior) for part in shapely.get_parts(closed)])


def _wedge(centre, from_deg, to_deg, radius=20_000.0):
    bearings = np.radians(np.arange(from_deg, to_deg + 1.0, 2.0))
    arc = np.column_stack(
        [centre.x + radius * np.sin(bearings), centre.y + radius * np.cos(bearings)]
    )
    return shapely.Polygon([(centre.x, centre.y), *arc])


def _made_up_communes(outline):
    """Code -> made-up outline: five sectors of the 400 m ring, and the far
    commune in the last sector from 600 m to 1,200 m."""
    centre = outline.centroid
    ring = outline.buffer(400.0).difference(outline)
    communes = {
        code: ring.intersection(_wedge(centre, 72.0 * k, 72.0 * (k + 1)))
        for k, code in enumerate(NEAR_COMMUNES)
    }
    far_ring = outline.buffer(1200.0).difference(outline.buffer(600.0))
    communes[FAR_COMMUNE] = far_ring.intersection(_wedge(centre, 288.0, 360.0))
    return communes


def _grid_parcels(area, side=24.0, pitch=32.0):
    """24 m squares 8 m apart (the streets), on one grid for every commune,
    clipped to the commune; row by row from the north-west."""
    xmin, ymin, xmax, ymax = area.bounds
    xs = np.arange(math.floor(xmin / pitch) * pitch, xmax, pitch)
    ys = np.arange(math.floor(ymin / pitch) * pitch, ymax, pitch)[::-1]
    x, y = (a.ravel() for a in np.meshgrid(xs, ys))
    cells = shapely.box(x, y, x + side, y + side)
    shapely.prepare(area)
    cells = cells[shapely.intersects(area, cells)]
    return _without_slivers(shapely.intersection(cells, area))


# --- Etalab files -------------------------------------------------------------------------------


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _feature_collection(geometries, properties, ids=None) -> bytes:
    """One feature a line, as Etalab writes its files."""
    ids = ids if ids is not None else [None] * len(properties)
    lines = []
    for geometry, values, feature_id in zip(
        shapely.to_geojson(_to_lonlat(np.asarray(geometries))), properties, ids
    ):
        head = "" if feature_id is None else f'"id":{json.dumps(feature_id)},'
        text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
        lines.append(f'{{"type":"Feature",{head}"geometry":{geometry},"properties":{text}}}')
    return ('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n").encode()


def _parcels_file(parcels, code) -> bytes:
    ids = [f"{code}000AB{n:04d}" for n in range(1, len(parcels) + 1)]
    properties = [
        {
            "id": parcel_id,
            "commune": code,
            "prefixe": "000",
            "section": "AB",
            "numero": str(n),
            "contenance": round(area),
            "arpente": False,
            "created": "2009-03-17",
            "updated": "2024-01-09",
        }
        for n, (parcel_id, area) in enumerate(zip(ids, shapely.area(parcels)), start=1)
    ]
    return _feature_collection(parcels, properties, ids)


def _buildings_file(buildings, code) -> bytes:
    values = {"type": "01", "nom": None, "commune": code}
    dates = {"created": "2008-11-04", "updated": "2023-06-30"}
    return _feature_collection(buildings, [{**values, **dates}] * len(buildings))


def _communes_file(outlines: dict) -> bytes:
    names = {EPINAY: EPINAY_NAME, **NEAR_COMMUNES, FAR_COMMUNE: FAR_COMMUNE_NAME}
    properties = [
        {"id": code, "nom": names[code], "created": "2004-01-01", "updated": "2024-01-09"}
        for code in outlines
    ]
    return _feature_collection(list(outlines.values()), properties, list(outlines))


# --- Overpass -----------------------------------------------------------------------------------


def _overpass_head() -> dict:
    return {
        "version": 0.6,
        "generator": "Overpass API 0.7.62",
        "osm3s": {"timestamp_osm_base": OSM_TIMESTAMP, "copyright": _OSM_COPYRIGHT},
    }


def _points_in(rng, region, count):
    """`count` points drawn uniformly in `region` (rejection sampling)."""
    shapely.prepare(region)
    xmin, ymin, xmax, ymax = region.bounds
    found = np.empty((0, 2))
    while len(found) < count:
        xy = rng.uniform((xmin, ymin), (xmax, ymax), (4 * count, 2))
        found = np.vstack([found, xy[shapely.contains_xy(region, xy[:, 0], xy[:, 1])]])
    return found[:count]


def _camera_tags(rng, count) -> list[dict]:
    """As tests/batch/towns.py draws them (a fifth all round), written the
    ways OSM mappers write them: degrees, compass letters, pan ranges."""
    direction = np.round(rng.uniform(0, 360, count)).astype(int) % 360
    form = rng.choice(["degrees", "letters", "range", "none"], count, p=[0.55, 0.15, 0.1, 0.2])
    direction[np.flatnonzero(form == "range")[:1]] = 0  # "270-90": the northern half
    height = np.where(rng.random(count) < 0.3, rng.uniform(3, 8, count), np.nan)
    tilt = np.where(~np.isnan(height) & (rng.random(count) < 0.3), rng.uniform(10, 40, count), 0)
    public = rng.random(count) < 0.8
    cameras = []
    for i in range(count):
        tags = {
            "man_made": "surveillance",
            "surveillance:type": "camera",
            "surveillance": "public" if public[i] else "outdoor",
        }
        if form[i] == "degrees":
            tags |= {"camera:type": "fixed", "camera:direction": str(direction[i])}
        elif form[i] == "letters":
            letters = _COMPASS[round(direction[i] / 22.5) % 16]
            tags |= {"camera:type": "fixed", "camera:direction": letters}
        elif form[i] == "range":
            arc = f"{(direction[i] - 90) % 360}-{(direction[i] + 90) % 360}"
            tags |= {"camera:type": "panning", "camera:direction": arc}
        else:
            tags["camera:type"] = "dome"
        if not np.isnan(height[i]):
            tags["height"] = f"{height[i]:.1f}"
        if tilt[i]:
            tags["camera:tilt"] = f"{-tilt[i]:.0f}"
        cameras.append(tags)
    return cameras


def _overpass_cameras(rng, outline) -> list[tuple]:
    """(x, y, tags): 200 on Épinay, 20 within NEIGHBOURS_M outside, 10 from
    300 m to 1 km outside, 2 unreadable directions, 1 guard (on Épinay)."""
    inside = outline.buffer(-2.0)
    band = outline.buffer(NEIGHBOURS_M - 5.0).difference(outline.buffer(5.0))
    beyond = outline.buffer(1000.0).difference(outline.buffer(300.0))
    points = np.vstack([_points_in(rng, inside, 203), _points_in(rng, band, 20)])
    points = np.vstack([points, _points_in(rng, beyond, 10)])
    tags = _camera_tags(rng, 230)
    unreadable = {
        "man_made": "surveillance",
        "surveillance:type": "camera",
        "camera:type": "fixed",
        "camera:direction": "upwards",
    }
    guard = {"man_made": "surveillance", "surveillance:type": "guard"}
    tags[200:200] = [unreadable, unreadable, guard]
    return [(x, y, tag) for (x, y), tag in zip(points, tags)]


def _way_geometry(ring_lonlat):
    coordinates = shapely.get_coordinates(ring_lonlat)
    lon, lat = coordinates[:, 0], coordinates[:, 1]
    bounds = {"minlat": lat.min(), "minlon": lon.min(), "maxlat": lat.max(), "maxlon": lon.max()}
    return bounds, [{"lat": b, "lon": a} for a, b in coordinates]


def _osm_buildings(rng, buildings, node_ids, way_ids):
    """Ways copying 500 derived buildings (their largest part's outline):
    the first 60 dwellings exactly, with an entrance on a vertex; the others
    shifted by 0.3 to 2 m, or 6 to 12 m for about one in seven; and a
    multipolygon relation with a courtyard. Returns (entrances, ways, relation)."""
    chosen = rng.choice(len(buildings), 500, replace=False)
    values = rng.choice([*DWELLING_VALUES, "retail", "yes"], 500, p=[0.4, 0.15, 0.2, 0.1, 0.15])
    distance = np.where(rng.random(500) < 0.15, rng.uniform(6, 12, 500), rng.uniform(0.3, 2, 500))
    angle = rng.uniform(0, 2 * np.pi, 500)
    dwellings = np.flatnonzero(np.isin(values, DWELLING_VALUES))[:60]
    distance[dwellings] = 0.0
    entrances, ways = [], []
    for k, index in enumerate(chosen):
        parts = shapely.get_parts(buildings[index])
        largest = parts[np.argmax(shapely.area(parts))]
        shift = distance[k] * np.array([np.cos(angle[k]), np.sin(angle[k])])
        ring = _to_lonlat(shapely.affinity.translate(largest.exterior, *shift))
        bounds, geometry = _way_geometry(ring)
        nodes = [next(node_ids) for _ in geometry[:-1]]
        nodes.append(nodes[0])
        tags = {"building": str(values[k])}
        if rng.random() < 0.3:
            tags["building:levels"] = str(rng.integers(1, 5))
        ways.append(
            {
                "type": "way",
                "id": next(way_ids),
                "bounds": bounds,
                "nodes": nodes,
                "geometry": geometry,
                "tags": tags,
            }
        )
        if k in dwellings:
            vertex = int(rng.integers(len(nodes) - 1))
            entrances.append(
                {
                    "type": "node",
                    "id": nodes[vertex],
                    **geometry[vertex],
                    "tags": {"entrance": "main" if rng.random() < 0.5 else "yes"},
                }
            )
    others = np.setdiff1d(np.arange(len(buildings)), chosen)
    largest = others[np.argmax(shapely.area(buildings[others]))]
    return entrances, ways, _courtyard_relation(buildings[largest], way_ids)


def _courtyard_relation(building, way_ids):
    """A building relation: the outline of `building`'s largest part, less a
    4 m square courtyard at least 4 m inside it."""
    parts = shapely.get_parts(building)
    outer = shapely.Polygon(parts[np.argmax(shapely.area(parts))].exterior)
    courtyard = outer.buffer(-4.0).point_on_surface().buffer(2.0, cap_style="square")
    members, bounds = [], None
    for role, ring in (("outer", outer.exterior), ("inner", courtyard.exterior)):
        ring_bounds, geometry = _way_geometry(_to_lonlat(ring))
        bounds = bounds or ring_bounds
        members.append({"type": "way", "ref": next(way_ids), "role": role, "geometry": geometry})
    tags = {"type": "multipolygon", "building": "yes"}
    return {"type": "relation", "id": 2841093, "bounds": bounds, "members": members, "tags": tags}


def _overpass_answer(rng, outline, buildings) -> bytes:
    """`out body geom` of the cameras, entrances and buildings: nodes, then
    ways, then relations, each by id."""
    node_ids = iter(int(i) for i in 4_000_000_000 + rng.choice(10**8, 20_000, replace=False))
    way_ids = iter(int(i) for i in 100_000_000 + rng.choice(10**7, 2_000, replace=False))
    cameras = [
        {"type": "node", "id": next(node_ids), "lat": lat, "lon": lon, "tags": tags}
        for (x, y, tags) in _overpass_cameras(rng, outline)
        for lon, lat in [np.round(_TO_LONLAT.transform(x, y), 7).tolist()]
    ]
    entrances, ways, relation = _osm_buildings(rng, buildings, node_ids, way_ids)
    nodes = sorted(cameras + entrances, key=lambda node: node["id"])
    elements = nodes + sorted(ways, key=lambda way: way["id"]) + [relation]
    return json.dumps({**_overpass_head(), "elements": elements}, ensure_ascii=False).encode()


# --- Geo API ------------------------------------------------------------------------------------


def _geo_commune(code, name) -> dict:
    return {"nom": name, "code": code, "codeDepartement": code[:2], "population": POPULATIONS[code]}


def _geo_answers() -> dict[str, bytes]:
    names = {EPINAY: EPINAY_NAME, **NEAR_COMMUNES, FAR_COMMUNE: FAR_COMMUNE_NAME}
    answers = {
        geo_commune_path(code): json.dumps(_geo_commune(code, name), ensure_ascii=False).encode()
        for code, name in names.items()
    }
    search = [
        {**_geo_commune(EPINAY, EPINAY_NAME), "_score": 1.2861},
        {
            "nom": "Épinay-sur-Seine",
            "code": "93031",
            "codeDepartement": "93",
            "population": 55593,
            "_score": 0.7214,
        },
        {
            "nom": "Épinay-sous-Sénart",
            "code": "91215",
            "codeDepartement": "91",
            "population": 12655,
            "_score": 0.6387,
        },
    ]
    answers[GEO_SEARCH_PATH] = json.dumps(search, ensure_ascii=False).encode()
    return answers


# --- IGN's BD TOPO through the Géoplateforme's WFS -----------------------------------------------


@dataclass(frozen=True)
class BdtopoBuilding:
    """One BD TOPO building as the WFS serves it: `feature` (its GeoJSON
    text), where it lies (lon/lat bounds), and the commune whose derived
    building it copies (not a BD TOPO attribute; for the tests)."""

    cleabs: str
    commune: str
    bounds: tuple
    properties: dict
    feature: str = field(repr=False)


def _z_coordinates(polygon, altitude):
    return [
        [[x, y, altitude] for x, y in ring.coords]
        for ring in [polygon.exterior, *polygon.interiors]
    ]


def _bdtopo_properties(rng, area):
    """BD TOPO's attributes of a building of `area` m² (before the towers)."""
    kind = (
        "Annexe"
        if area < 40
        else rng.choice(["Résidentiel", "Commercial et services"], p=[0.9, 0.1])
    )
    low, high = (2.5, 3.5) if kind == "Annexe" else (6.0, 9.0)
    height = round(float(rng.uniform(low, high)), 1)
    if rng.random() < 0.02:
        height = None  # BD TOPO does not know every height
    dwellings = 0 if kind != "Résidentiel" else int(rng.choice([1, 2], p=[0.85, 0.15]))
    return {
        "nature": "Indifférenciée",
        "usage_1": str(kind),
        "usage_2": None,
        "construction_legere": False,
        "etat_de_l_objet": "En service",
        "nombre_de_logements": dwellings,
        "nombre_d_etages": 1 if kind == "Annexe" else 2,
        "hauteur": height,
        "date_creation": "2008-11-04T10:00:00Z",
    }


@functools.cache
def bdtopo_buildings() -> tuple[BdtopoBuilding, ...]:
    """Every commune's derived buildings (the Etalab files' own shapes) as
    BD TOPO buildings, in the WFS's order (by cleabs, as a paging server
    sorts them), each commune's spread over every page."""
    rng = np.random.default_rng(2154)
    answers = epinay_answers()
    shapes, communes = [], []
    for code in [EPINAY, *NEAR_COMMUNES, FAR_COMMUNE]:
        features = json.loads(gzip.decompress(answers[commune_path(code, "batiments")]))
        found = shapely.from_geojson([json.dumps(f["geometry"]) for f in features["features"]])
        shapes.extend(found)
        communes.extend([code] * len(found))
    shapes = np.array(shapes, dtype=object)
    areas = shapely.area(_to_lambert(shapes))
    properties = [_bdtopo_properties(rng, area) for area in areas]
    # A few towers in Épinay, among its larger homes.
    homes = [k for k, row in enumerate(properties) if row["usage_1"] == "Résidentiel"]
    homes = [k for k in homes if communes[k] == EPINAY and areas[k] > 150]
    for k in rng.choice(homes, 6, replace=False):
        properties[k] |= {"hauteur": 20.0, "nombre_d_etages": 6, "nombre_de_logements": 40}
    numbers = np.sort(rng.choice(10**9, len(shapes), replace=False)) + 241_000_000
    order = rng.permutation(len(shapes))
    buildings = []
    for number, k in zip(numbers, order):
        cleabs = f"BATIMENT{number:016d}"
        altitude = round(float(rng.uniform(60.0, 95.0)), 1)
        polygons = shapely.get_parts(shapes[k])
        geometry = {
            "type": "MultiPolygon",
            "coordinates": [_z_coordinates(polygon, altitude) for polygon in polygons],
        }
        values = {"cleabs": cleabs, **properties[k]}
        feature = {
            "type": "Feature",
            "id": f"batiment.{cleabs}",
            "geometry": geometry,
            "geometry_name": "geometrie",
            "properties": values,
        }
        text = json.dumps(feature, ensure_ascii=False, separators=(",", ":"))
        bounds = tuple(shapely.bounds(shapes[k]).tolist())
        buildings.append(BdtopoBuilding(cleabs, communes[k], bounds, values, text))
    return tuple(buildings)


def _wfs_page(chosen, matched) -> bytes:
    """A GetFeature answer as the Géoplateforme's GeoServer writes it."""
    features = ",".join(building.feature for building in chosen)
    tail = {
        "totalFeatures": matched,
        "numberMatched": matched,
        "numberReturned": len(chosen),
        "timeStamp": BDTOPO_TIMESTAMP,
        "crs": {"type": "name", "properties": {"name": LAT_LON_4326}},
    }
    tail_text = json.dumps(tail)[1:-1]
    return f'{{"type":"FeatureCollection","features":[{features}],{tail_text}}}'.encode()


def _wfs_exception(code, text) -> Answer:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><ows:ExceptionReport version="2.0.0" '
        'xmlns:ows="http://www.opengis.net/ows/1.1"><ows:Exception '
        f'exceptionCode="{code}"><ows:ExceptionText>{text}</ows:ExceptionText>'
        "</ows:Exception></ows:ExceptionReport>"
    )
    return Answer(body.encode(), 400, {"Content-Type": "application/xml"})


def wfs_box(query: dict) -> tuple | None:
    """(west, south, east, north) in degrees of a GetFeature's BBOX, read
    as GeoServer reads it: latitude first after the URN of EPSG:4326,
    longitude first after "EPSG:4326"; None when it cannot be read."""
    given = {name.upper(): values[0] for name, values in query.items()}
    parts = given.get("BBOX", "").split(",")
    try:
        numbers = [float(value) for value in parts[:4]]
    except ValueError:
        return None
    if len(parts) != 5 or parts[4] not in (LAT_LON_4326, "EPSG:4326"):
        return None
    if parts[4] == LAT_LON_4326:
        south, west, north, east = numbers
    else:
        west, south, east, north = numbers
    return west, south, east, north


class RecordedWfs:
    """The Géoplateforme's WFS for BD TOPO's buildings, answering a query
    (`RecordedServices.route_query`): the buildings whose bounds meet the
    BBOX, COUNT of them from STARTINDEX, in cleabs order; what it cannot
    read gets GeoServer's exception report (400). `failures`: start ->
    answers given, in turn, to the next requests of that page instead."""

    def __init__(self, failures: dict | None = None):
        self.failures = {start: list(answers) for start, answers in (failures or {}).items()}

    def __call__(self, query: dict) -> Answer:
        given = {name.upper(): values[0] for name, values in query.items()}
        expected = {
            "SERVICE": "WFS",
            "VERSION": "2.0.0",
            "REQUEST": "GetFeature",
            "TYPENAMES": BDTOPO_TYPENAME,
            "OUTPUTFORMAT": "application/json",
        }
        for name, value in expected.items():
            if given.get(name) != value:
                return _wfs_exception("InvalidParameterValue", f"{name}={given.get(name)}")
        box = wfs_box(query)
        try:
            count, start = int(given.get("COUNT", "")), int(given.get("STARTINDEX", "0"))
        except ValueError:
            return _wfs_exception("InvalidParameterValue", "COUNT or STARTINDEX")
        if box is None:
            return _wfs_exception("InvalidParameterValue", f"BBOX={given.get('BBOX')}")
        if self.failures.get(start):
            return self.failures[start].pop(0)
        west, south, east, north = box
        inside = [
            b
            for b in bdtopo_buildings()
            if b.bounds[0] <= east
            and b.bounds[2] >= west
            and b.bounds[1] <= north
            and b.bounds[3] >= south
        ]
        answer = _wfs_page(inside[start : start + count], len(inside))
        return Answer(answer, 200, {"Content-Type": "application/json;charset=UTF-8"})


def wfs_query_url(base: str, box: tuple, start: int, count: int = 1000) -> str:
    """A GetFeature of the recorded WFS written by hand (for the tests of
    the recording itself): `box` is (south, west, north, east)."""
    bbox = ",".join(f"{value:.7f}" for value in box) + "," + LAT_LON_4326
    return (
        f"{base}?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES={BDTOPO_TYPENAME}"
        f"&OUTPUTFORMAT=application/json&BBOX={quote(bbox, safe=',:')}"
        f"&COUNT={count}&STARTINDEX={start}"
    )


# --- What the recording holds, measured on its bytes ---------------------------------------------


def _read_gzip_geometries(body: bytes):
    features = json.loads(gzip.decompress(body))["features"]
    geometries = shapely.from_geojson([json.dumps(feature["geometry"]) for feature in features])
    return _to_lambert(geometries), features


def _measured(answers: dict[str, bytes]) -> dict:
    codes = [EPINAY, *NEAR_COMMUNES, FAR_COMMUNE]
    outlines, features = _read_gzip_geometries(answers[departement_path("communes")])
    by_code = dict(zip((f["properties"]["id"] for f in features), outlines))
    epinay = by_code[EPINAY]
    others = [code for code in codes if code != EPINAY]
    near = sorted(c for c in others if shapely.distance(epinay, by_code[c]) <= NEIGHBOURS_M)
    far = sorted(c for c in others if c not in near)
    expected = {
        "insee": EPINAY,
        "name": EPINAY_NAME,
        "population": POPULATIONS[EPINAY],
        "outline_m2": epinay.area,
        "parcels": {c: _count(answers[commune_path(c, "parcelles")]) for c in codes},
        "buildings": {c: _count(answers[commune_path(c, "batiments")]) for c in codes},
        "near_communes": near,
        "far_communes": far,
        "never_requested": [
            commune_path(c, layer) for c in far for layer in ("parcelles", "batiments")
        ],
        "osm_timestamp": OSM_TIMESTAMP,
    }
    elements = json.loads(answers[OVERPASS_PATH])["elements"]
    expected |= _camera_counts(elements, epinay)
    expected |= _building_counts(elements, answers[commune_path(EPINAY, "batiments")])
    return expected


def _count(body: bytes) -> int:
    return len(json.loads(gzip.decompress(body))["features"])


def _camera_counts(elements, epinay) -> dict:
    surveillance = [e for e in elements if e["type"] == "node" and "man_made" in e["tags"]]
    cameras = [
        e
        for e in surveillance
        if e["tags"].get("surveillance:type") == "camera"
        and e["tags"].get("camera:direction") != "upwards"
    ]
    points = _to_lambert(shapely.points([(e["lon"], e["lat"]) for e in cameras]))
    distance = shapely.distance(epinay, points)
    kept = distance <= NEIGHBOURS_M
    all_round = np.array(["camera:direction" not in e["tags"] for e in cameras])
    return {
        "cameras_inside": int(np.sum(shapely.contains(epinay, points))),
        "cameras_band": int(np.sum(kept & (distance > 0))),
        "cameras_beyond": int(np.sum(~kept)),
        "cameras_kept": int(np.sum(kept)),
        "cameras_all_round": int(np.sum(kept & all_round)),
        "unreadable_cameras": sum(
            e["tags"].get("camera:direction") == "upwards" for e in surveillance
        ),
        "not_cameras": sum(e["tags"].get("surveillance:type") != "camera" for e in surveillance),
        "entrances": sum(e["type"] == "node" and "entrance" in e["tags"] for e in elements),
    }


def _osm_polygon(element):
    def ring(geometry):
        return [(point["lon"], point["lat"]) for point in geometry]

    if element["type"] == "way":
        return shapely.Polygon(ring(element["geometry"]))
    rings = {m["role"]: ring(m["geometry"]) for m in element["members"]}
    return shapely.Polygon(rings["outer"], [rings["inner"]])


def _building_counts(elements, etalab_body) -> dict:
    """The OSM buildings, and the Etalab buildings of Épinay that one of them
    covers by OVERLAP_SHARE of their area (the most covering one's value)."""
    osm = [e for e in elements if e["type"] in ("way", "relation")]
    values = np.array([e["tags"]["building"] for e in osm])
    osm_polygons = _to_lambert(np.array([_osm_polygon(e) for e in osm]))
    etalab, _ = _read_gzip_geometries(etalab_body)
    etalab_index, osm_index = shapely.STRtree(osm_polygons).query(etalab, "intersects")
    shares = shapely.area(
        shapely.intersection(etalab[etalab_index], osm_polygons[osm_index])
    ) / shapely.area(etalab[etalab_index])
    best = {}
    for e, o, share in zip(etalab_index, osm_index, shares):
        if share > best.get(e, (0.0, None))[0]:
            best[e] = (share, o)
    valued = [o for share, o in best.values() if share >= OVERLAP_SHARE]
    return {
        "osm_buildings": len(osm),
        "osm_dwellings": int(np.isin(values, DWELLING_VALUES).sum()),
        "etalab_buildings_with_osm_value": len(valued),
        "etalab_dwellings": int(np.isin(values[valued], DWELLING_VALUES).sum()),
    }


@functools.cache
def _bdtopo_measured() -> dict:
    """The BD TOPO buildings within NEIGHBOURS_M of Épinay (measured on
    the features' own text, in Lambert-93), their heights and uses."""
    buildings = bdtopo_buildings()
    features = [json.loads(building.feature) for building in buildings]
    flat = [shapely.force_2d(shapely.geometry.shape(feature["geometry"])) for feature in features]
    epinay, _ = _read_gzip_geometries(_recording()[0][commune_path(EPINAY, "communes")])
    near = shapely.dwithin(_to_lambert(np.array(flat, dtype=object)), epinay[0], NEIGHBOURS_M)
    kept = [feature["properties"] for feature, keep in zip(features, near) if keep]
    return {
        "bdtopo_buildings": len(buildings),
        "bdtopo_within_reach": len(kept),
        "bdtopo_epinay": sum(building.commune == EPINAY for building in buildings),
        "bdtopo_with_height": sum(row["hauteur"] is not None for row in kept),
        "bdtopo_towers": sum(row["hauteur"] == 20.0 for row in kept),
        "bdtopo_usages": {
            usage: sum(row["usage_1"] == usage for row in kept)
            for usage in ("Résidentiel", "Commercial et services", "Annexe")
        },
        "bdtopo_dwellings": sum(row["nombre_de_logements"] for row in kept),
    }
