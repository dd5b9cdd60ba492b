"""Dwellings and their entrances in a camera's view (CSI L251-3).

A camera on the public road must not show the inside of dwellings nor their
entrances. A camera sees into a dwelling through its façade, so what counts
is the length of dwelling wall the camera sees: the stretch of outline its
visible ground (already cut by every building's shadow) comes up against.
A dwelling hidden behind another building has no visible ground in front of
it, so none of its wall is seen. A camera mounted on a building does not
see that building's own walls.

Which buildings are dwellings: OpenStreetMap `building` values for homes,
BD TOPO `usage_1` = Résidentiel or a number of dwellings above 0. A building
of unknown use (OSM `building=yes`, no use given) may be a dwelling: it is
counted apart, as "possibly a dwelling", never silently as one or the other.
"""

import unicodedata
from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import multi_per_group, polygonal
from .parallel import joined_chunks
from .picture import SKY_M

OSM_DWELLINGS = (
    "residential",
    "apartments",
    "house",
    "detached",
    "semidetached_house",
    "terrace",
    "bungalow",
    "dormitory",
)
BDTOPO_DWELLING = "residentiel"
# Values that say nothing about the use.
UNKNOWN_USES = ("", "yes", "indifferencie", "unknown")
DWELLING, POSSIBLE, OTHER = "dwelling", "possible", "other"

# Visible ground this close to a wall sees that wall (a few cm: floating
# point and the 3° arcs of footprints, never a neighbouring wall).
TOUCH_M = 0.01
# Less wall than this is a corner grazed, not a façade seen.
MIN_FACADE_M = 0.5
# A camera this close to a building is mounted on it.
OWN_BUILDING_M = 1.0
# A door's width: this much façade on the public domain may hold an entrance.
DOOR_M = 0.8
# An entrance node this close to a building outline is that building's.
ENTRANCE_SNAP_M = 2.0
# Depth of the strip of ground in front of a seen façade given as its mask.
FACADE_STRIP_M = 1.0
# In the picture, an entrance is masked this high (a door and its lintel);
# a façade up to its building's top, or to the top of the picture when its
# height is not known.
DOOR_TOP_M = 2.5
STRAIGHTEN_M = 0.1
EMPTY = shapely.from_wkt("POLYGON EMPTY")
NO_LINE = shapely.from_wkt("LINESTRING EMPTY")


def _plain(value):
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", str(value).strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def building_use(n, osm_building=None, bdtopo_usage=None, dwelling_count=None):
    """DWELLING, POSSIBLE or OTHER per building from whichever use columns
    the layer has (None for a column it lacks). A building any column calls
    a dwelling is one; one whose given values all say nothing is possible."""
    columns = [c for c in (osm_building, bdtopo_usage) if c is not None]
    out = np.full(n, POSSIBLE, dtype=object)
    if not columns and dwelling_count is None:
        return out
    for i in range(n):
        values = [_plain(c[i]) for c in columns]
        count = None if dwelling_count is None else dwelling_count[i]
        try:
            count = float(count) if count not in (None, "") else None
        except (TypeError, ValueError):
            count = None
        if any(v in OSM_DWELLINGS or v == BDTOPO_DWELLING for v in values) or (count or 0) > 0:
            out[i] = DWELLING
        elif any(v is not None and v not in UNKNOWN_USES for v in values) or count == 0:
            out[i] = OTHER
    return out


@dataclass
class DwellingsInView:
    """Per camera: seen dwelling façade (m) in all, within identification
    and recognition distance, and facing the public domain; the dwellings
    and possible dwellings seen (building indices, most wall first); the
    entrances seen (entrance indices) and whether an entrance is seen; the
    ground to mask in front of seen façades and around seen entrances, and
    the feet of the walls to mask above that ground (lines; a façade's
    line carries its building's top as z, SKY_M where unknown)."""

    facade_m: np.ndarray
    facade_ident_m: np.ndarray
    facade_recog_m: np.ndarray
    public_facade_m: np.ndarray
    dwellings: list
    possible_facade_m: np.ndarray
    possible: list
    entrances: list
    entrance_seen: np.ndarray
    facade_zone: np.ndarray
    entrance_zone: np.ndarray
    facade_walls: np.ndarray
    entrance_walls: np.ndarray

    @classmethod
    def concatenate(cls, parts):
        """One reading from the readings of consecutive chunks of cameras."""
        return joined_chunks(cls, parts)

    @property
    def dwellings_seen(self):
        return np.array([len(d) for d in self.dwellings], dtype=int)

    @property
    def possible_seen(self):
        return np.array([len(d) for d in self.possible], dtype=int)


@dataclass
class EntranceOwners:
    """Each entrance's building (index, -1 when none is within reach) and
    whether it counts: an entrance of a dwelling, a possible dwelling, or
    of no known building."""

    building: np.ndarray
    counts: np.ndarray

    @property
    def far(self):
        return np.flatnonzero(self.building < 0)


@dataclass
class Subset:
    """Some features of a layer and a spatial index over them, built once
    for every chunk of cameras that queries them."""

    rows: np.ndarray
    tree: shapely.STRtree

    @classmethod
    def of(cls, geoms, keep):
        rows = np.flatnonzero(np.asarray(keep, dtype=bool))
        return cls(rows, shapely.STRtree(np.asarray(geoms, dtype=object)[rows]))

    def near(self, geoms, distance_m):
        """(index into `geoms`, feature row) of each pair within distance_m."""
        found, pick = self.tree.query(geoms, predicate="dwithin", distance=distance_m)
        return found, self.rows[pick]


def entrance_owners(entrances, buildings, use, snap_m=ENTRANCE_SNAP_M):
    """Give each entrance node the building it opens into."""
    entrances = np.asarray(entrances, dtype=object)
    building = np.full(len(entrances), -1, dtype=int)
    if len(entrances) and len(buildings):
        tree = shapely.STRtree(buildings)
        (entrance, found) = tree.query_nearest(entrances, max_distance=snap_m, all_matches=False)
        building[entrance] = found
    counts = np.ones(len(entrances), dtype=bool)
    known = building >= 0
    counts[known] = np.asarray(use, dtype=object)[building[known]] != OTHER
    return EntranceOwners(building, counts)


def _per_camera(n, camera, values, key):
    """Lists of `values` per camera, sorted by `key` descending."""
    out = [[] for _ in range(n)]
    for cam, value, _ in sorted(zip(camera, values, key), key=lambda t: (t[0], -t[2])):
        out[cam].append(value)
    return out


def dwellings_in_view(
    camera_xy,
    coverage,
    buildings,
    use,
    ident_m,
    recog_m,
    other_ground=None,
    entrances=None,
    entrance_owner=None,
    entrance_radius_m=1.5,
    candidates=None,
    entrance_index=None,
    building_heights=None,
):
    """Dwelling façades and entrances each camera sees; every array in one
    metric CRS. `coverage`: visible ground per camera (cut by buildings);
    `use`: building_use() of `buildings`; `other_ground`: each camera's
    ground in view that is not public domain (private land, unknown), so
    that a seen wall with none of it in front faces the public domain, where
    an entrance opens when no entrance layer is given; `entrances` (points)
    with `entrance_owner` from entrance_owners(). `candidates` (the
    buildings that may be dwellings) and `entrance_index` (the entrances
    that count) are Subsets a caller working in chunks builds once.
    `building_heights`: metres per building (NaN where unknown), the top
    of its façades' walls."""
    camera_xy = np.asarray(camera_xy, dtype=float).reshape(-1, 2)
    coverage = np.asarray(coverage, dtype=object)
    buildings = np.asarray(buildings, dtype=object)
    use = np.asarray(use, dtype=object)
    n = len(coverage)
    if candidates is None:
        candidates = Subset.of(buildings, use != OTHER)
    cam, building = candidates.near(coverage, TOUCH_M)
    points = shapely.points(camera_xy)
    own = shapely.dwithin(buildings[building], points[cam], OWN_BUILDING_M)
    cam, building = cam[~own], building[~own]

    zeros = np.zeros(n)
    facade_m, ident, recog, public_m, possible_m = (zeros.copy() for _ in range(5))
    lines = np.empty(0, dtype=object)
    seen = np.zeros(0, dtype=bool)
    if len(cam):
        # The seen wall is where the visible ground's outline runs along the
        # building's: the outline within TOUCH_M of the building. A line cut
        # by a small polygon costs far less than buffering a whole view.
        cams = np.unique(cam)
        outline = np.full(n, EMPTY, dtype=object)
        outline[cams] = shapely.boundary(coverage[cams])
        grown = np.full(len(buildings), EMPTY, dtype=object)
        used = np.unique(building)
        grown[used] = shapely.buffer(buildings[used], TOUCH_M, quad_segs=2, join_style="mitre")
        lines = shapely.intersection(outline[cam], grown[building])
        length = shapely.length(lines)
        seen = length >= MIN_FACADE_M
        cam, building, lines, length = cam[seen], building[seen], lines[seen], length[seen]
        dwelling = use[building] == DWELLING
        np.add.at(facade_m, cam[dwelling], length[dwelling])
        np.add.at(possible_m, cam[~dwelling], length[~dwelling])
        # Nearest and farthest point of each seen wall from its camera (the
        # farthest is a vertex): only walls across a DORI distance are cut.
        coords, owner = shapely.get_coordinates(lines, return_index=True)
        farthest = np.zeros(len(lines))
        np.maximum.at(farthest, owner, np.hypot(*(coords - camera_xy[cam[owner]]).T))
        nearest = shapely.distance(points[cam], lines)
        for out, reach in ((ident, ident_m), (recog, recog_m)):
            reach = np.broadcast_to(np.asarray(reach, dtype=float), (n,))[cam]
            within = np.where(dwelling & (farthest <= reach), length, 0.0)
            rows = np.flatnonzero(dwelling & (farthest > reach) & (nearest < reach))
            disc = shapely.buffer(points[cam[rows]], reach[rows], quad_segs=32)
            within[rows] = shapely.length(shapely.intersection(lines[rows], disc))
            np.add.at(out, cam, within)
        facing = np.zeros(len(cam))
        public_lines = np.full(len(cam), EMPTY, dtype=object)
        if other_ground is not None and dwelling.any():
            rows = np.flatnonzero(dwelling)
            public_lines[rows] = _public_walls(lines[rows], cam[rows], other_ground)
            facing[rows] = shapely.length(public_lines[rows])
            np.add.at(public_m, cam, facing)
    else:
        dwelling = np.zeros(0, dtype=bool)
        length = np.zeros(0)
        facing = np.zeros(0)

    dwellings = _per_camera(n, cam[dwelling], building[dwelling], length[dwelling])
    possible = _per_camera(n, cam[~dwelling], building[~dwelling], length[~dwelling])
    facade_zone = entrance_zone = np.full(n, EMPTY, dtype=object)
    facade_walls = entrance_walls = np.full(n, NO_LINE, dtype=object)
    if dwelling.any():
        top = np.full(len(buildings), SKY_M)
        if building_heights is not None:
            heights = np.asarray(building_heights, dtype=float)
            top = np.where(np.isnan(heights), SKY_M, heights)
        walls = shapely.force_3d(lines[dwelling], top[building[dwelling]])
        facade_zone, facade_walls = _strip_zone(n, cam[dwelling], walls, coverage)

    entrance_list = [[] for _ in range(n)]
    entrance_seen = np.zeros(n, dtype=bool)
    if entrances is not None:
        entrances = np.asarray(entrances, dtype=object)
        if entrance_index is None:
            entrance_index = Subset.of(entrances, entrance_owner.counts)
        if len(entrance_index.rows):
            e_cam, entrance = entrance_index.near(coverage, entrance_radius_m)
            # Nearest first, whatever order the index found them in.
            distance = shapely.distance(points[e_cam], entrances[entrance])
            entrance_list = _per_camera(n, e_cam, entrance.tolist(), -distance)
            entrance_seen[e_cam] = True
            entrance_zone, entrance_walls = _disc_zone(
                n, e_cam, entrances[entrance], entrance_radius_m, coverage
            )
    elif other_ground is not None and len(cam):
        door = dwelling & (facing >= DOOR_M)
        entrance_seen[cam[door]] = True
        for c, b in zip(cam[door], building[door]):
            entrance_list[c].append(int(b))
        if door.any():
            entrance_zone, entrance_walls = _strip_zone(n, cam[door], public_lines[door], coverage)
    return DwellingsInView(
        facade_m=facade_m,
        facade_ident_m=ident,
        facade_recog_m=recog,
        public_facade_m=public_m,
        dwellings=dwellings,
        possible_facade_m=possible_m,
        possible=possible,
        entrances=entrance_list,
        entrance_seen=entrance_seen,
        facade_zone=facade_zone,
        entrance_zone=entrance_zone,
        facade_walls=facade_walls,
        entrance_walls=entrance_walls,
    )


def _public_walls(lines, cameras, other_ground):
    """The stretches of seen walls with public domain in front of them: the
    walls less what lies within TOUCH_M of the camera's other ground. Other
    ground narrower than TOUCH_M (a sliver where a wall and a parcel
    boundary almost meet) is opened away first: the public domain beyond
    it is then within TOUCH_M of the wall. A seen wall is a clean piece of
    the view's outline, so what is left can never be longer than the wall."""
    other = np.asarray(other_ground, dtype=object)
    unique, inverse = np.unique(cameras, return_inverse=True)
    style = {"quad_segs": 2, "join_style": "mitre"}
    core = shapely.buffer(other[unique], -TOUCH_M / 2.0, **style)
    grown = shapely.buffer(core, 1.5 * TOUCH_M, **style)[inverse]
    out = np.array(lines, dtype=object, copy=True)
    near = ~shapely.is_empty(grown)
    out[near] = shapely.difference(lines[near], grown[near])
    return out


def _strip_zone(n, camera, lines, coverage):
    """Per camera, the ground FACADE_STRIP_M deep in front of its seen walls,
    kept inside its coverage. A wall is seen up to a few centimetres round
    its corners (grazing sight lines): straightening those out first keeps
    the strip from sticking out sideways past the corner. One buffer of all
    a camera's walls is the union of their strips. Returns the strips and
    the straightened walls, per camera."""
    parts, row = shapely.get_parts(shapely.line_merge(lines), return_index=True)
    straight = shapely.simplify(parts, STRAIGHTEN_M, preserve_topology=False)
    cams, walls = multi_per_group(shapely.multilinestrings, straight, camera[row])
    strips = shapely.buffer(walls, FACADE_STRIP_M, cap_style="flat")
    per_camera = np.full(n, NO_LINE, dtype=object)
    per_camera[cams] = walls
    return _within_coverage(n, cams, strips, coverage), per_camera


def _disc_zone(n, camera, points, radius_m, coverage):
    """Per camera, the ground within `radius_m` of its seen entrances, kept
    inside its coverage, and the rims of those discs: a doorway stands
    somewhere on them."""
    cams, doors = multi_per_group(shapely.multipoints, points, camera)
    discs = shapely.buffer(doors, radius_m, quad_segs=8)
    rims = np.full(n, NO_LINE, dtype=object)
    rims[cams] = shapely.boundary(discs)
    return _within_coverage(n, cams, discs, coverage), rims


def _within_coverage(n, cams, zones, coverage):
    """The zones of cameras `cams`, cut to their coverage, per camera."""
    out = np.full(n, EMPTY, dtype=object)
    out[cams] = polygonal(shapely.intersection(zones, coverage[cams]))
    return out
