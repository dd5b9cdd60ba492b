"""Who owns the land a camera sees, and where the data stops.

Owners: the DGFiP "Fichier des parcelles des personnes morales" lists, per
département, every parcel a legal entity holds a right on, one row per right
holder, with the holder's group (1 State, 2 région, 3 département, 4 commune,
9 other public bodies; 0, 5 HLM, 6 SEM, 7 co-owners, 8 are not public). It is
joined to the Etalab cadastre by the 14-character parcel id: INSEE commune (5)
+ prefix (3, blank → 000) + section (2, left-padded with 0) + plan number (4,
left-padded with 0). A parcel absent from the file belongs to a natural person
or an unlisted entity: private.

Study area: the cadastre leaves the public road un-parcelled, so the gaps
between parcels are public domain, but only inside the ground the data
covers: beyond the last parcel nobody knows. Coverage outside the study area
(and outside every parcel) is `unknown`, neither public nor private, so that
a camera at the edge of the loaded cadastre does not look clean.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import shapely

from .exposure import UNPARCELLED, Pieces
from .geometry import polygonal, repair_polygons, union_per_group

PUBLIC_GROUPS = (1, 2, 3, 4, 9)
# Closing radius of the parcels' union: wide enough to bridge the widest
# streets and squares between parcels, small enough not to reach far past
# the last parcel of the data.
CLOSING_M = 40.0
# Above this many parcels the closing is made on a grid.
EXACT_CLOSING_PARCELS = 10_000
NAMES_SHOWN = 3
EMPTY = shapely.from_wkt("POLYGON EMPTY")

# The DGFiP file's columns, by the words before their "(...)" qualifier,
# compared without accents, case or extra spaces.
DGFIP_COLUMNS = {
    "departement": "department",
    "code commune": "commune",
    "prefixe": "prefix",
    "section": "section",
    "n plan": "plan",
    "groupe personne": "group",
    "forme juridique abregee": "legal_form",
    "denomination": "name",
    "code droit": "right",
}
DGFIP_REQUIRED = ("department", "commune", "section", "plan", "group")


def _plain(text):
    """Lower case, no accents, no degree sign, single spaces, without the
    "(...)" qualifier: how DGFiP column names are compared."""
    text = str(text).split("(")[0]
    text = unicodedata.normalize("NFKD", text.replace("°", " "))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("_", " ").split())


@dataclass
class OwnerRows:
    """Owner rows as read: parcel id (None where it cannot be built), group
    code (None where unreadable), holder's name, and the problems met
    (row number counted from 1 after the header, message code, values)."""

    parcel_id: list
    group: list
    name: list
    problems: list = field(default_factory=list)
    encoding: str = ""

    def __len__(self):
        return len(self.parcel_id)


MIXED_ENCODINGS = "mixed: UTF-8 and Windows-1252"


def decode(data):
    """Text and encoding of a CSV whose encoding is not stated: UTF-16 when
    it starts with its byte-order mark, UTF-8 (with or without BOM) when the
    bytes are valid UTF-8, else Windows-1252 (what French administrations
    export). A file pasted together from both (some lines UTF-8, some
    Windows-1252) is read line by line, each in its own encoding, and said
    to be mixed."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # Saved as "Unicode" by a spreadsheet: UTF-16 with its byte-order mark.
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    lines, utf8_lines = [], 0
    for line in data.splitlines(keepends=True):
        try:
            text = line.decode("utf-8")
            utf8_lines += not line.isascii()
        except UnicodeDecodeError:
            text = _single_byte(line)
        lines.append(text)
    return "".join(lines).lstrip("\ufeff"), MIXED_ENCODINGS if utf8_lines else "cp1252"


def _single_byte(line):
    """Windows-1252, or Latin-1 (which reads any byte) for the few bytes
    Windows-1252 leaves undefined."""
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def etalab_id(department, commune, prefix, section, plan):
    """The Etalab parcel id from the DGFiP references, or None when a part
    is missing or malformed (reason given in the second value)."""
    department, commune = (str(v or "").strip() for v in (department, commune))
    prefix, section, plan = (str(v or "").strip() for v in (prefix, section, plan))
    if not department or not commune:
        return None, "owner_no_commune"
    if len(department) == 3 and department.startswith("97"):
        # Overseas: département 971..976 and a commune number under 100.
        insee = department + commune.zfill(3)[-2:]
    else:
        insee = department.zfill(2) + commune.zfill(3)
    prefix = prefix.zfill(3) if prefix else "000"
    if not section or len(section) > 2 or not section.isalnum():
        return None, "owner_bad_section"
    if not plan.isdigit() or len(plan.lstrip("0")) > 4 or int(plan) == 0:
        return None, "owner_bad_plan"
    parcel = f"{insee}{prefix}{section.upper().zfill(2)}{int(plan):04d}"
    if len(parcel) != 14:
        return None, "owner_bad_commune"
    return parcel, None


def read_dgfip(data):
    """The DGFiP CSV (bytes) as OwnerRows, read with its real header and
    its encoding detected. Raises ValueError naming the missing columns when
    the header is not the DGFiP one."""
    text, encoding = decode(data)
    reader = csv.reader(io.StringIO(text), delimiter=_separator(text))
    header = next(reader, [])
    rows = dgfip_table(header, reader)
    rows.encoding = encoding
    return rows


def _separator(text):
    """The CSV's separator, from its header line: `;` as published, or `,`,
    tab or `|` once a spreadsheet has saved it again."""
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=";,\t|").delimiter
    except csv.Error:
        return ";"


def dgfip_columns(header):
    """DGFiP column role -> index in `header`, and the roles missing."""
    columns = {}
    for index, name in enumerate(header):
        key = DGFIP_COLUMNS.get(_plain(name))
        if key is not None and key not in columns:
            columns[key] = index
    return columns, [k for k in DGFIP_REQUIRED if k not in columns]


def dgfip_table(header, records):
    """OwnerRows from DGFiP-style records (sequences in `header` order),
    whatever read them (the CSV itself, or a QGIS layer of it)."""
    columns, missing = dgfip_columns(header)
    if missing:
        raise ValueError(
            "missing DGFiP columns: "
            + ", ".join(missing)
            + "; columns found: "
            + ", ".join(str(h).strip() for h in header)
        )
    rows = OwnerRows([], [], [])
    for number, row in enumerate(records, start=1):
        row = ["" if v is None else str(v) for v in row]
        if not any(cell.strip() for cell in row):
            continue

        def cell(key, row=row):
            index = columns.get(key)
            return row[index].strip() if index is not None and index < len(row) else ""

        parcel, problem = etalab_id(
            cell("department"), cell("commune"), cell("prefix"), cell("section"), cell("plan")
        )
        if problem:
            reference = " ".join(
                cell(k) for k in ("department", "commune", "prefix", "section", "plan")
            )
            rows.problems.append((number, problem, {"reference": reference}))
        rows.parcel_id.append(parcel)
        rows.group.append(_group(cell("group"), rows.problems, number))
        rows.name.append(cell("name"))
    return rows


def _group(value, problems, number):
    text = str(value if value is not None else "").strip()
    try:
        group = int(float(text))
    except (ValueError, OverflowError):
        problems.append((number, "owner_bad_group", {"value": text}))
        return None
    if not 0 <= group <= 9:
        problems.append((number, "owner_bad_group", {"value": text}))
        return None
    return group


def owner_rows(parcel_ids, groups, names=None):
    """OwnerRows from any table's columns (ids already Etalab-style)."""
    rows = OwnerRows([], [], [])
    names = names if names is not None else [""] * len(parcel_ids)
    for number, (parcel, group, name) in enumerate(zip(parcel_ids, groups, names), start=1):
        parcel = str(parcel).strip() if parcel is not None else ""
        if not parcel:
            rows.problems.append((number, "owner_no_id", {}))
        rows.parcel_id.append(parcel or None)
        rows.group.append(_group(group, rows.problems, number))
        rows.name.append("" if name is None else str(name).strip())
    return rows


def parse_groups(text):
    """PUBLIC_GROUPS as written by a user: "1,2,3,4,9" (spaces and ; too)."""
    groups = set()
    for part in str(text).replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or not 0 <= int(part) <= 9:
            raise ValueError(f"public owner group '{part}' is not a digit from 0 to 9")
        groups.add(int(part))
    return tuple(sorted(groups))


@dataclass
class Owners:
    """The owners joined to the parcels: per parcel its group codes (text,
    "" when unlisted), holders' names, and whether its owners make it
    public; and the tally a report needs."""

    owner_group: list
    owner_name: list
    public_by_owner: np.ndarray
    rows: int
    rows_matched: int
    rows_unmatched: int
    rows_unusable: int
    duplicates: int
    parcels_listed: int
    problems: list


def join_owners(parcel_ids, rows, public_groups=PUBLIC_GROUPS):
    """Join owner rows to the parcels by id. A parcel is public by its
    owners when every right holder listed for it is in a public group (a
    parcel the commune shares with a private company stays private).
    Duplicate rows (same parcel, group and name) count once."""
    index = {pid: i for i, pid in enumerate(parcel_ids)}
    public_groups = set(public_groups)
    holders = [dict() for _ in parcel_ids]
    unmatched = unusable = duplicates = matched = 0
    for parcel, group, name in zip(rows.parcel_id, rows.group, rows.name):
        if parcel is None or group is None:
            unusable += 1
            continue
        i = index.get(parcel)
        if i is None:
            unmatched += 1
            continue
        matched += 1
        if (group, name) in holders[i]:
            duplicates += 1
            continue
        holders[i][(group, name)] = True
    groups, names, public = [], [], np.zeros(len(parcel_ids), dtype=bool)
    for i, held in enumerate(holders):
        codes = sorted({g for g, _ in held})
        groups.append(",".join(str(g) for g in codes))
        unique = list(dict.fromkeys(n for _, n in held if n))
        shown = " ; ".join(unique[:NAMES_SHOWN])
        names.append(shown + (" ; …" if len(unique) > NAMES_SHOWN else ""))
        public[i] = bool(codes) and all(g in public_groups for g in codes)
    return Owners(
        owner_group=groups,
        owner_name=names,
        public_by_owner=public,
        rows=len(rows),
        rows_matched=matched,
        rows_unmatched=unmatched,
        rows_unusable=unusable,
        duplicates=duplicates,
        parcels_listed=sum(1 for h in holders if h),
        problems=list(rows.problems),
    )


def study_area(parcels, area=None, closing_m=CLOSING_M):
    """The ground the data speaks for, as one polygon: the union of `area`
    when given (a commune's outline), else the closing of the parcels'
    union by `closing_m` (grown then shrunk back) with its holes filled,
    which takes in the streets and squares between parcels but not the
    ground beyond the last one. Raises ValueError when nothing with an area
    is left. A city's worth of parcels is closed on a grid of closing_m / 4
    cells (union of a few hundred thousand parcels is the slow part)."""
    if area is not None:
        area, _ = repair_polygons(np.asarray(area, dtype=object))
        area = area[~shapely.is_missing(area)]
        merged = polygonal([shapely.union_all(area)])[0] if len(area) else None
        if merged is None or merged.is_empty or merged.area <= 0:
            raise ValueError("empty study area")
        return merged
    parcels = np.asarray(parcels, dtype=object)
    parcels = parcels[~shapely.is_missing(parcels) & ~shapely.is_empty(parcels)]
    if len(parcels) == 0:
        raise ValueError("empty study area")
    if len(parcels) > EXACT_CLOSING_PARCELS:
        closed = _grid_closing(parcels, closing_m)
    else:
        union = shapely.union_all(parcels)
        closed = shapely.buffer(
            shapely.buffer(union, closing_m, quad_segs=4), -closing_m, quad_segs=4
        )
        # The closing keeps every parcel whole (a buffer's rounding may
        # shave a corner): add them back.
        closed = shapely.union(closed, union)
    # A square wider than the closing is a hole in the middle of the
    # parcels: public domain, so holes are filled.
    shells = shapely.polygons(shapely.get_exterior_ring(shapely.get_parts(polygonal([closed])[0])))
    return polygonal([shapely.union_all(shells)])[0]


def outside_study_area(parcels, seen):
    """The parts of the `seen` polygons (in the parcels' metric CRS) that
    the default study area of `parcels` leaves out: where reading more
    parcels could still change it (a square whose ring of parcels lies
    beyond those read is filled only once the ring is read)."""
    seen = np.asarray(seen, dtype=object)
    seen = seen[~shapely.is_missing(seen) & ~shapely.is_empty(seen)]
    try:
        area = study_area(parcels)
    except ValueError:
        return seen
    left = polygonal(shapely.difference(seen, area))
    return left[~shapely.is_empty(left) & (shapely.area(left) > 0.01)]


def _shift_or(grid, radius, combine):
    """Dilation (np.logical_or) or erosion (np.logical_and) of a boolean
    grid by a disc of `radius` cells; the grid is padded beforehand."""
    out = grid.copy()
    rows, cols = grid.shape
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            if dx * dx + dy * dy > radius * radius or (dx == 0 and dy == 0):
                continue
            shifted = np.zeros_like(grid) if combine is np.logical_or else np.ones_like(grid)
            shifted[max(dy, 0) : rows + min(dy, 0), max(dx, 0) : cols + min(dx, 0)] = grid[
                max(-dy, 0) : rows + min(-dy, 0), max(-dx, 0) : cols + min(-dx, 0)
            ]
            combine(out, shifted, out=out)
    return out


def _grid_closing(parcels, closing_m):
    """The closing on a grid: cells under a parcel's box, dilated and eroded
    by a disc of closing_m, turned back into rectangles (one per run of
    cells along a row) and unioned. The edge is right to about a cell
    (closing_m / 4)."""
    cell = closing_m / 4.0
    radius = 4
    xmin, ymin, xmax, ymax = shapely.total_bounds(parcels)
    pad = radius + 1
    cols = int(np.ceil((xmax - xmin) / cell)) + 2 * pad
    rows = int(np.ceil((ymax - ymin) / cell)) + 2 * pad
    x0, y0 = xmin - pad * cell, ymin - pad * cell
    # Each parcel marks the cells its box covers (a summed-area table of
    # +1/-1 corners): a parcel's box spills a metre or two into the street,
    # which the closing fills anyway.
    bxmin, bymin, bxmax, bymax = shapely.bounds(parcels).T
    c0 = np.floor((bxmin - x0) / cell).astype(int)
    c1 = np.floor((bxmax - x0) / cell).astype(int) + 1
    r0 = np.floor((bymin - y0) / cell).astype(int)
    r1 = np.floor((bymax - y0) / cell).astype(int) + 1
    width, size = cols + 1, (rows + 1) * (cols + 1)

    def count(r, c):
        return np.bincount(r * width + c, minlength=size).astype(np.int32)

    corners = count(r0, c0) - count(r0, c1) - count(r1, c0) + count(r1, c1)
    grid = corners.reshape(rows + 1, width).cumsum(axis=0).cumsum(axis=1)[:rows, :cols] > 0
    grid = _shift_or(_shift_or(grid, radius, np.logical_or), radius, np.logical_and)
    # Runs of cells along each row: where a run starts and where it stops.
    edges = np.diff(np.pad(grid, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    run_row, run_start = np.nonzero(edges == 1)
    _, run_stop = np.nonzero(edges == -1)
    boxes = shapely.box(
        x0 + run_start * cell, y0 + run_row * cell, x0 + run_stop * cell, y0 + (run_row + 1) * cell
    )
    return shapely.union_all(boxes)


@dataclass
class LandSplit:
    """Public, private and unknown area per camera (covered = public +
    private + unknown) and the unknown ground itself."""

    public_m2: np.ndarray
    private_m2: np.ndarray
    unknown_m2: np.ndarray
    unknown_geometry: np.ndarray


def split_unknown(exposure, area):
    """The exposure's public area split into public domain inside the
    study area and unknown ground outside it. Ground outside the study area
    that lies on a parcel keeps its parcel's class: the parcel says whose
    it is."""
    coverage = exposure.coverage
    n = len(coverage)
    unknown = np.full(n, EMPTY, dtype=object)
    if n:
        shapely.prepare(area)
        edge = np.flatnonzero(~shapely.is_empty(coverage) & ~shapely.covers(area, coverage))
        if len(edge):
            pieces = exposure.pieces
            rows = np.flatnonzero(pieces.is_public & np.isin(pieces.camera, edge))
            local = np.searchsorted(edge, pieces.camera[rows])
            seen = union_per_group(
                len(edge),
                np.concatenate([np.arange(len(edge)), local]),
                np.concatenate([exposure.private_geometry[edge], pieces.geometry[rows]]),
            )
            outside = shapely.difference(coverage[edge], area)
            unknown[edge] = polygonal(shapely.difference(outside, seen))
    unknown_m2 = shapely.area(unknown)
    public = np.maximum(exposure.covered_m2 - exposure.private_m2 - unknown_m2, 0.0)
    return LandSplit(public, exposure.private_m2, unknown_m2, unknown)


def classify_pieces(pieces, split, area):
    """The pieces with each camera's un-parcelled remainder cut in two at
    the study area's edge; returns the pieces and their class (public,
    private or unknown)."""
    classes = np.where(pieces.is_public, "public", "private").astype(object)
    edge = (pieces.parcel == UNPARCELLED) & ~shapely.is_empty(split.unknown_geometry[pieces.camera])
    if not edge.any():
        return pieces, classes
    rows = np.flatnonzero(edge)
    inside = polygonal(shapely.intersection(pieces.geometry[rows], area))
    outside = polygonal(shapely.difference(pieces.geometry[rows], area))
    keep = np.flatnonzero(~edge)
    geometry = np.concatenate([pieces.geometry[keep], inside, outside])
    camera = np.concatenate([pieces.camera[keep], pieces.camera[rows], pieces.camera[rows]])
    parcel = np.concatenate([pieces.parcel[keep], pieces.parcel[rows], pieces.parcel[rows]])
    is_public = np.concatenate(
        [pieces.is_public[keep], np.ones(len(rows), bool), np.zeros(len(rows), bool)]
    )
    classes = np.concatenate(
        [classes[keep], np.full(len(rows), "public", object), np.full(len(rows), "unknown", object)]
    )
    area_m2 = shapely.area(geometry)
    present = area_m2 > 0
    order = np.argsort(camera[present], kind="stable")
    chosen = np.flatnonzero(present)[order]
    return (
        Pieces(
            camera[chosen], parcel[chosen], is_public[chosen], geometry[chosen], area_m2[chosen]
        ),
        classes[chosen],
    )
