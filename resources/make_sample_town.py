"""Generate the fictional sample town used by the demo and the tests.

Pure Python (shapely only for areas and checks; no QGIS, no GDAL) and seeded, so that two
runs write byte-identical GeoJSON files: the committed data is provably what
this script makes. Usage: ``python resources/make_sample_town.py [outdir]``.

The town copies what matters in real French data: streets and a square are
left un-parcelled (the cadastre does not parcel the public road), blocks are
tiled exactly by slightly irregular parcels with Etalab-like fields, a few
parcels belong to public bodies (DGFiP group codes), and cameras sit on
façades or street corners, some looking at the road, some into private land.
"""

import json
import math
import random
import sys
from pathlib import Path

from shapely.geometry import LineString, Point, Polygon

SEED = 2154
ORIGIN_X = 652000.0
ORIGIN_Y = 6862000.0
INSEE = "99999"
PREFIXE = "000"
CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2154"}}

# Block sizes and street widths (m), west to east and south to north. The
# second east-west street is the main street, a little wider.
BLOCK_WIDTHS = [115.0, 105.0, 108.0, 100.0, 118.0]
BLOCK_DEPTHS = [115.0, 120.0, 112.0, 110.0]
STREET_WIDTHS_X = [12.5, 13.0, 12.5, 12.5]
STREET_WIDTHS_Y = [12.5, 14.0, 12.5]
CORNER_JITTER = 1.0  # keeps every street between 10 and 16 m wide

SQUARE = (2, 1)  # the block left un-parcelled: the town square
LYCEE = (4, 0)
PARK = (0, 3)
SCHOOL = (1, 1)
TOWN_HALL = (2, 2)
GENDARMERIE = (3, 3)
HLM_BLOCK = (0, 0)
MAIN_STREET_ROWS = (1, 2)  # blocks whose strips face the main street

STATE, REGION, COMMUNE, HLM, CO_OWNERS = 1, 2, 4, 5, 7


def section_of(col):
    """Cadastral section: the town is cut into three sections, west to east."""
    return ("AB", "AB", "AC", "AD", "AD")[col]


def r2(value):
    return round(value, 2)


def rpt(point):
    return (r2(point[0]), r2(point[1]))


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def dist(a, b):
    return math.hypot(b[0] - a[0], b[1] - a[1])


def unit(a, b):
    d = dist(a, b)
    return ((b[0] - a[0]) / d, (b[1] - a[1]) / d)


def bilinear(corners, u, v):
    """Point of the block quad (p00, p10, p11, p01) at parameters (u, v)."""
    p00, p10, p11, p01 = corners
    return lerp(lerp(p00, p10, u), lerp(p01, p11, u), v)


def compass(vector):
    """Direction of a vector in degrees clockwise from north, in [0, 360)."""
    return math.degrees(math.atan2(vector[0], vector[1])) % 360.0


def ccw(ring):
    """Orient a ring counter-clockwise, as RFC 7946 asks for exteriors."""
    area2 = sum(
        ring[i][0] * ring[(i + 1) % len(ring)][1] - ring[(i + 1) % len(ring)][0] * ring[i][1]
        for i in range(len(ring))
    )
    return ring if area2 > 0 else ring[::-1]


def grid_edges(sizes, gaps, origin):
    """(start, end) of each block along one axis, streets in between."""
    edges, pos = [], origin
    for i, size in enumerate(sizes):
        edges.append((pos, pos + size))
        pos += size + (gaps[i] if i < len(gaps) else 0.0)
    return edges


class Parcel:
    """A parcel with its front (street) edge and side lines, for placing buildings."""

    def __init__(self, block, strip, index, front_left, front_right, back):
        self.block, self.strip, self.index = block, strip, index
        self.front_left, self.front_right = front_left, front_right
        self.back = back  # back vertices, right to left
        self.ring = ccw([front_left, front_right, *back])
        self.owner_group = None
        self.usage = "housing"
        self.id = None
        self.facade_b = 0.0  # how far the main building's front stands back from the street

    @property
    def polygon(self):
        return Polygon(self.ring)

    @property
    def frontage(self):
        return dist(self.front_left, self.front_right)

    @property
    def depth(self):
        """Shortest side: how deep a building may go and still stay inside."""
        return min(dist(self.front_left, self.back[-1]), dist(self.front_right, self.back[0]))

    def local(self, a, b):
        """Map (a m along the front, b m back from it) onto the parcel.

        Lines of constant a or b stay straight, so local rectangles become
        quadrilaterals that follow the parcel's own slanted sides.
        """
        ul = unit(self.front_left, self.back[-1])
        ur = unit(self.front_right, self.back[0])
        left = (self.front_left[0] + ul[0] * b, self.front_left[1] + ul[1] * b)
        right = (self.front_right[0] + ur[0] * b, self.front_right[1] + ur[1] * b)
        return rpt(lerp(left, right, a / self.frontage))

    def outward(self):
        """Unit normal of the front edge pointing into the street."""
        ex, ey = unit(self.front_left, self.front_right)
        inward = unit(self.front_left, self.back[-1])
        normal = (ey, -ex)
        if normal[0] * inward[0] + normal[1] * inward[1] > 0:
            normal = (-ey, ex)
        return normal


def frontages(rng, length, narrow, low, high):
    """Cut a strip of street front into plot widths that sum to its length."""
    widths = []
    remaining = length
    while remaining > 0:
        width = rng.uniform(8.0, 10.0) if rng.random() < narrow else rng.uniform(low, high)
        if remaining - width < low * 0.6:
            width = remaining
        widths.append(width)
        remaining -= width
    return widths


def make_strip(rng, block, strip, front, back_line, widths):
    """Parcels of one strip; cuts end on the shared back line, which they extend.

    back_line is a dict u -> point shared with the facing strip: every cut end
    is added to it, and both strips read their back vertices from it, so the
    two strips tile the block without gaps or overlaps after rounding.
    """
    fl, fr = front
    length = dist(fl, fr)
    cuts, acc = [], 0.0
    for width in widths[:-1]:
        acc += width
        cuts.append(acc / length)
    back_cuts = []
    for u in cuts:
        back_u = u + rng.uniform(-1.5, 1.5) / length
        us = sorted(back_line)
        i = max(k for k in range(len(us)) if us[k] <= back_u)
        u0, u1 = us[i], us[min(i + 1, len(us) - 1)]
        t = 0.0 if u1 == u0 else (back_u - u0) / (u1 - u0)
        back_line[back_u] = rpt(lerp(back_line[u0], back_line[u1], t))
        back_cuts.append(back_u)
    backs = [0.0, *back_cuts, 1.0]
    fronts = [fl] + [rpt(lerp(fl, fr, u)) for u in cuts] + [fr]
    return [
        (block, strip, i, fronts[i], fronts[i + 1], backs[i], backs[i + 1])
        for i in range(len(fronts) - 1)
    ]


def build_block(rng, col, row, corners, program):
    """Tile one block with parcels according to its program."""
    p00, p10, p11, p01 = corners
    if program["kind"] == "whole":
        return [Parcel((col, row), 0, 0, p00, p10, [p11, p01])]
    middle = program["middle"]
    back_line = {0.0: rpt(bilinear(corners, 0.0, middle))}
    back_line[1.0] = rpt(bilinear(corners, 1.0, middle))
    for u in (1 / 3, 2 / 3):
        back_line[u] = rpt(bilinear(corners, u, middle + rng.uniform(-0.02, 0.02)))
    pending = []
    for strip, front in ((0, (p00, p10)), (1, (p01, p11))):
        widths = program["widths"](dist(*front), strip)
        pending += make_strip(rng, (col, row), strip, front, back_line, widths)
    us = sorted(back_line)
    parcels = []
    for block, strip, i, fl, fr, bu_left, bu_right in pending:
        back = [back_line[u] for u in reversed(us) if bu_left <= u <= bu_right]
        parcels.append(Parcel(block, strip, i, fl, fr, back))
    return parcels


def block_program(rng, col, row):
    """How a block is subdivided and who owns what in it."""
    if (col, row) == PARK:
        return {"kind": "whole"}
    middle = rng.uniform(0.32, 0.68)
    if (col, row) == LYCEE:
        return {"kind": "strips", "middle": 0.45, "widths": lambda length, strip: [length]}
    if (col, row) == HLM_BLOCK:
        return {
            "kind": "strips",
            "middle": 0.5,
            "widths": lambda length, strip: frontages(rng, length, 0.0, 24.0, 34.0),
        }
    specials = {SCHOOL: (0, 42.0), TOWN_HALL: (0, 36.0), GENDARMERIE: (1, 38.0)}
    if (col, row) in specials:
        special_strip, special_width = specials[(col, row)]

        def widths(length, strip):
            if strip != special_strip:
                return frontages(rng, length, 0.1, 13.0, 28.0)
            side = (length - special_width) / 2.0
            return [
                *frontages(rng, side, 0.3, 8.0, 14.0),
                special_width,
                *frontages(rng, side, 0.3, 8.0, 14.0),
            ]

        return {"kind": "strips", "middle": middle, "widths": widths}
    narrow = 0.4 if row in MAIN_STREET_ROWS else 0.1
    return {
        "kind": "strips",
        "middle": middle,
        "widths": lambda length, strip: frontages(rng, length, narrow, 13.0, 28.0),
    }


def make_blocks(rng):
    """Block quads with jittered corners, so street widths vary a little."""
    xs = grid_edges(BLOCK_WIDTHS, STREET_WIDTHS_X, ORIGIN_X)
    ys = grid_edges(BLOCK_DEPTHS, STREET_WIDTHS_Y, ORIGIN_Y)
    blocks = {}
    for row, (y0, y1) in enumerate(ys):
        for col, (x0, x1) in enumerate(xs):

            def jit(x, y):
                return rpt(
                    (
                        x + rng.uniform(-CORNER_JITTER, CORNER_JITTER),
                        y + rng.uniform(-CORNER_JITTER, CORNER_JITTER),
                    )
                )

            corners = [jit(x0, y0), jit(x1, y0), jit(x1, y1), jit(x0, y1)]
            # About half the blocks off the main street are turned a quarter,
            # so that their plots face the north-south streets.
            if row not in MAIN_STREET_ROWS and (col, row) != LYCEE and rng.random() < 0.5:
                corners = [corners[1], corners[2], corners[3], corners[0]]
            blocks[(col, row)] = corners
    return blocks


def assign_owners(rng, parcels):
    """Owner groups and uses: mostly private persons, some public bodies."""
    for parcel in parcels:
        block = parcel.block
        if block == PARK:
            parcel.owner_group, parcel.usage = COMMUNE, "park"
        elif block == LYCEE:
            parcel.owner_group = REGION
            parcel.usage = "lycee" if parcel.strip == 1 else "lycee sports ground"
        elif block == HLM_BLOCK:
            parcel.owner_group, parcel.usage = HLM, "housing"
        elif block == SCHOOL and parcel.strip == 0 and parcel.frontage > 40:
            parcel.owner_group, parcel.usage = COMMUNE, "school"
        elif block == TOWN_HALL and parcel.strip == 0 and parcel.frontage > 34:
            parcel.owner_group, parcel.usage = COMMUNE, "town hall"
        elif block == GENDARMERIE and parcel.strip == 1 and parcel.frontage > 36:
            parcel.owner_group, parcel.usage = STATE, "gendarmerie"
        else:
            on_main_street = (block[1] == 1 and parcel.strip == 1) or (
                block[1] == 2 and parcel.strip == 0
            )
            draw = rng.random()
            if on_main_street and draw < 0.6:
                parcel.usage = "shop"
            elif parcel.frontage > 16 and draw < 0.25:
                parcel.owner_group = CO_OWNERS
            elif draw > 0.95:
                parcel.owner_group = HLM


def number_parcels(parcels):
    """Etalab ids: insee + prefixe + section + 4-digit numero, per section."""
    counters = {}
    for parcel in parcels:
        section = section_of(parcel.block[0])
        counters[section] = counters.get(section, 0) + 1
        parcel.section, parcel.numero = section, counters[section]
        parcel.id = f"{INSEE}{PREFIXE}{section}{parcel.numero:04d}"


def rect(parcel, a0, a1, b0, b1):
    return [parcel.local(a0, b0), parcel.local(a1, b0), parcel.local(a1, b1), parcel.local(a0, b1)]


def building_shapes(rng, parcel):
    """Footprints (exterior, holes) for one parcel, in the parcel's local frame."""
    w, depth = parcel.frontage, parcel.depth
    usage = parcel.usage
    if usage == "park":
        return [(rect(parcel, 40.0, 49.0, 45.0, 53.0), [])]  # the park keeper's lodge
    if usage == "lycee":
        # Main building around an inner courtyard, set back behind the forecourt.
        a0 = w / 2 - 12.5
        parcel.facade_b = 14.0
        outer = rect(parcel, a0, a0 + 25.0, 14.0, 38.0)
        hole = rect(parcel, a0 + 8.0, a0 + 17.0, 22.0, 30.0)
        gatehouse = rect(parcel, 38.0, 54.0, 0.0, 8.0)  # on the street line, by the gate
        return [(outer, [hole]), (rect(parcel, 8.0, 22.0, 12.0, 24.0), []), (gatehouse, [])]
    if usage == "lycee sports ground":
        parcel.facade_b = 6.0
        return [(rect(parcel, 10.0, 34.0, 6.0, 24.0), [])]  # gymnasium
    if usage in ("town hall", "school", "gendarmerie"):
        a0 = (w - 24.0) / 2
        parcel.facade_b = 6.0
        return [(rect(parcel, a0, a0 + 24.0, 6.0, 20.0), [])]
    if parcel.owner_group == HLM and w >= 24.0:
        # Slab on the street line with a wing at the back: an L.
        if parcel.index == 1 and parcel.strip == 1:
            outer = rect(parcel, 2.0, 25.0, 0.0, 22.0)
            return [(outer, [rect(parcel, 9.0, 18.0, 7.0, 15.0)])]  # courtyard block
        a1 = min(w - 2.0, 25.0)
        wing = min(24.0, depth - 6.0)
        shape = [
            parcel.local(2.0, 0.0),
            parcel.local(a1, 0.0),
            parcel.local(a1, 12.0),
            parcel.local(10.0, 12.0),
            parcel.local(10.0, wing),
            parcel.local(2.0, wing),
        ]
        return [(shape, [])]
    shapes = []
    if usage == "shop" or w < 13.0 or rng.random() < 0.5:
        # Terraced house or shop on the street line, wall to wall.
        b = min(rng.uniform(9.0, 14.0), depth - 4.0)
        shapes.append((rect(parcel, 0.0, min(w, 25.0), 0.0, b), []))
    else:
        # Detached house set back behind a front garden.
        setback = rng.uniform(4.0, 8.0)
        parcel.facade_b = setback
        width = min(w - 5.0, rng.uniform(8.0, 16.0))
        a0 = rng.uniform(2.0, w - 3.0 - width)
        b1 = setback + min(rng.uniform(8.0, 12.0), depth - setback - 4.0)
        if rng.random() < 0.3 and width >= 10.0 and b1 + 8.0 < depth - 3.0:
            shapes.append(
                (
                    [
                        parcel.local(a0, setback),
                        parcel.local(a0 + width, setback),
                        parcel.local(a0 + width, b1 + 8.0),
                        parcel.local(a0 + width - 6.0, b1 + 8.0),
                        parcel.local(a0 + width - 6.0, b1),
                        parcel.local(a0, b1),
                    ],
                    [],
                )
            )
        else:
            shapes.append((rect(parcel, a0, a0 + width, setback, b1), []))
    if depth > 40.0 and w >= 10.0 and rng.random() < 0.35:
        shapes.append((rect(parcel, 1.0, 9.0, depth - 11.0, depth - 3.0), []))  # garage
    return shapes


def building_height(rng, parcel, use):
    """Metres to the roof, as BD TOPO's `hauteur`: the HLM towers 15-24 m,
    public buildings 9-14 m, houses and shops 6-9 m, garages and annexes
    2.5-3.5 m (one draw each, so the town's geometry does not move)."""
    if use == "garage":
        return r2(rng.uniform(2.5, 3.5))
    if parcel.owner_group == HLM:
        return r2(rng.uniform(15.0, 24.0))
    if parcel.usage.startswith("lycee") or parcel.usage in ("town hall", "school"):
        return r2(rng.uniform(9.0, 14.0))
    return r2(rng.uniform(6.0, 9.0))


def osm_building(parcel, k):
    """The OpenStreetMap `building` value of the k-th building of a parcel."""
    usage = parcel.usage
    if usage == "park":
        return "yes"  # the keeper's lodge: nobody mapped its use
    if usage.startswith("lycee"):
        return "school" if usage == "lycee" else "sports_hall"
    if usage in ("town hall", "school", "gendarmerie"):
        return {"town hall": "townhall", "school": "school", "gendarmerie": "government"}[usage]
    if k > 0:
        return "garage"
    if usage == "shop":
        return "retail"
    if parcel.owner_group in (HLM, CO_OWNERS):
        return "apartments"
    return "house" if parcel.facade_b > 0 else "terrace"


def make_buildings(rng, parcels):
    """Buildings inside their parcels; each is checked, never silently clipped."""
    buildings = []
    for parcel in parcels:
        area = parcel.polygon.buffer(0.02)
        for k, (exterior, holes) in enumerate(building_shapes(rng, parcel)):
            shape = Polygon(ccw(exterior), [ccw(h)[::-1] for h in holes])
            if not (shape.is_valid and area.contains(shape)):
                raise ValueError(f"building outside parcel {parcel.id}")
            buildings.append(
                {
                    "exterior": ccw(exterior),
                    "holes": [ccw(h)[::-1] for h in holes],
                    "hauteur": building_height(rng, parcel, osm_building(parcel, k)),
                    "building": osm_building(parcel, k),
                    "parcel": parcel,
                }
            )
    for number, building in enumerate(buildings, start=1):
        building["building_id"] = f"B{number:04d}"
        # One home in seven was mapped without its use, as often in OSM.
        if building["building"] in ("house", "terrace") and number % 7 == 0:
            building["building"] = "yes"
    return buildings


DWELLINGS = ("apartments", "house", "terrace")


def make_entrances(buildings):
    """One front door per home: the middle of the wall nearest the street."""
    entrances = []
    for building in buildings:
        if building["building"] not in DWELLINGS:
            continue
        parcel = building["parcel"]
        front = LineString([parcel.front_left, parcel.front_right])
        ring = building["exterior"]
        walls = [(ring[i], ring[(i + 1) % len(ring)]) for i in range(len(ring))]
        a, b = min(walls, key=lambda w: front.distance(Point(lerp(w[0], w[1], 0.5))))
        entrances.append(
            {
                "entrance_id": f"E{len(entrances) + 1:03d}",
                "entrance": "main",
                "building_id": building["building_id"],
                "point": rpt(lerp(a, b, 0.5)),
            }
        )
    return entrances


# Fictional owners in the DGFiP "parcelles des personnes morales" format.
DGFIP_HEADER = (
    "Département (Champ géographique)",
    "Code Direction (Champ géographique)",
    "Code Commune (Champ géographique)",
    "Nom Commune (Champ géographique)",
    "Préfixe (Références cadastrales)",
    "Section (Références cadastrales)",
    "N° plan (Références cadastrales)",
    "N° voirie (Adresse parcelle)",
    "Indice de répétition (Adresse parcelle)",
    "Code voie MAJIC (Adresse parcelle)",
    "Code voie rivoli (Adresse parcelle)",
    "Nature voie (Adresse parcelle)",
    "Nom voie (Adresse parcelle)",
    "Contenance (Caractéristiques parcelle)",
    "Code droit (Propriétaire(s) parcelle)",
    "Numéro MAJIC (Propriétaire(s) parcelle)",
    "Numéro SIREN (Propriétaire(s) parcelle)",
    "Groupe personne (Propriétaire(s) parcelle)",
    "Forme juridique (Propriétaire(s) parcelle)",
    "Forme juridique abrégée (Propriétaire(s) parcelle)",
    "Dénomination (Propriétaire(s) parcelle)",
)
OWNER_NAMES = {
    STATE: ("Etat", "ETAT", "ÉTAT PAR GENDARMERIE NATIONALE (FICTIF)"),
    REGION: ("Région", "REG", "RÉGION FICTIVE"),
    COMMUNE: ("Commune", "COM", "COMMUNE DE VILLEFICTIVE"),
    HLM: ("Office public de l'habitat", "OPH", "OFFICE PUBLIC DE L'HABITAT DES ÉTANGS (FICTIF)"),
    CO_OWNERS: ("Syndicat de copropriétaires", "SDC", "SYNDICAT DES COPROPRIÉTAIRES {}"),
}


def owners_rows(parcels):
    """One row per right holder, as the DGFiP publishes them: the public
    bodies' and landlords' parcels, one co-owned building with two
    holders, a row repeated, and a parcel of another commune."""
    rows = []
    for parcel in parcels:
        if parcel.owner_group is None:
            continue
        form, short, name = OWNER_NAMES[parcel.owner_group]
        row = [
            "99", "0", "999", "VILLEFICTIVE", "", parcel.section, str(parcel.numero), "", "", "",
            "", "", "", str(round(parcel.polygon.area)), "P", "", "",
            str(parcel.owner_group), form, short, name.format(parcel.id[-6:]),
        ]  # fmt: skip
        rows.append(row)
    rows.append(list(rows[0]))  # published twice: counted once
    co_owned = next(r for r in rows if r[17] == str(CO_OWNERS))
    manager = list(co_owned)
    manager[14], manager[17:] = "G", ["0", "Société par actions simplifiée", "SAS", "SYNDIC FICTIF"]
    rows.append(manager)
    other = list(rows[0])
    other[2], other[3], other[5], other[6] = "998", "AUTREVILLE", "ZC", "17"
    rows.append(other)
    return rows


def write_owners(path, parcels):
    """Semicolon-separated, Windows-1252, CRLF: like the published file."""
    lines = [";".join(DGFIP_HEADER)] + [";".join(row) for row in owners_rows(parcels)]
    Path(path).write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def make_signs(blocks):
    """Information signs surveyed by volunteers: the commune's on the square
    and at a crossroads, the lycée's at its gate, and one left blank on the
    main street. Most cameras have none near them, as in real surveys."""
    return [
        {
            "sign_id": "S1",
            "names_operator": "yes",
            "text": "Commune de Villefictive — espace vidéoprotégé",
            "point": rpt(block_corner(blocks, *SQUARE, "sw", out=-1.0)),
        },
        {
            "sign_id": "S2",
            "names_operator": "no",
            "text": "",
            "point": rpt(block_corner(blocks, 3, 1, "nw", 2.0)),
        },
        {
            "sign_id": "S3",
            "names_operator": "yes",
            "text": "Lycée Jean Moulin (fictif) — site sous vidéoprotection",
            "point": rpt(block_corner(blocks, *LYCEE, "nw", 2.0)),
        },
        {
            "sign_id": "S4",
            "names_operator": "yes",
            "text": "Commune de Villefictive — voie publique vidéoprotégée",
            "point": rpt(block_corner(blocks, 2, 2, "nw", 2.0)),
        },
    ]


def find(parcels, block, strip=None, index=None, usage=None):
    """The parcel at a place in the plan, so camera specs read like directions."""
    for parcel in parcels:
        if parcel.block != block or (strip is not None and parcel.strip != strip):
            continue
        if (index is None or parcel.index == index) and (usage is None or parcel.usage == usage):
            return parcel
    raise LookupError(block, strip, index, usage)


def on_front(parcel, a, out=0.3):
    """A point on the parcel's street line (a gate, a fence), `out` m into the street."""
    p = lerp(parcel.front_left, parcel.front_right, a / parcel.frontage)
    n = parcel.outward()
    return (p[0] + n[0] * out, p[1] + n[1] * out)


def on_facade(parcel, a, out=0.3):
    """A point on the main building's street façade, `out` m towards the street."""
    p = parcel.local(a, parcel.facade_b)
    n = parcel.outward()
    return (p[0] + n[0] * out, p[1] + n[1] * out)


def along(parcel, towards_right=True):
    """Compass direction along the parcel's street front."""
    a, b = parcel.front_left, parcel.front_right
    return compass(unit(a, b) if towards_right else unit(b, a))


def across(parcel):
    """Compass direction straight across the street from the parcel's front."""
    return compass(parcel.outward())


def block_corner(blocks, col, row, corner, out=1.0):
    """A pole at a street corner: the block corner pushed diagonally `out` m."""
    xs = [p[0] for p in blocks[(col, row)]]
    ys = [p[1] for p in blocks[(col, row)]]
    x = max(xs) + out if "e" in corner else min(xs) - out
    y = max(ys) + out if "n" in corner else min(ys) - out
    return (x, y)


def make_cameras(parcels, blocks):
    """About thirty cameras, each chosen to show one case the audit must handle."""
    town_hall = find(parcels, TOWN_HALL, usage="town hall")
    lycee = find(parcels, LYCEE, usage="lycee")
    school = find(parcels, SCHOOL, usage="school")
    gendarmerie = find(parcels, GENDARMERIE, usage="gendarmerie")
    shops = [p for p in parcels if p.usage == "shop"]
    hlm = find(parcels, HLM_BLOCK, strip=1, index=1)
    # Terraced houses of private persons, named by id so that a change to the
    # plan fails loudly here instead of silently moving these cameras.
    by_id = {p.id: p for p in parcels}
    house_w, house_s, house_dome = (
        by_id[f"{INSEE}{PREFIXE}{ref}"] for ref in ("AB0020", "AB0039", "AD0054")
    )
    commune, shop, lycee_op, landlord = "Commune (fictive)", "Shop", "Lycée", "Bailleur"
    bakery = "Boulangerie du Marché (fictive)"
    square_sw = block_corner(blocks, *SQUARE, "sw", out=-6.0)
    square_ne = block_corner(blocks, *SQUARE, "ne", out=-6.0)
    square_nw = block_corner(blocks, *SQUARE, "nw", out=-6.0)
    # (position, direction, fov, range_m, height_m, tilt_deg, camera_type, operator)
    specs = [
        # The square and the main street: the commune films the public road.
        (on_facade(town_hall, 12.0), across(town_hall), 70, 45, 6.0, 15, "fixed", commune),
        (on_facade(town_hall, 24.0), across(town_hall), 60, 50, 6.0, 10, "fixed", commune),
        (square_sw, 45.0, 60, 60, 5.0, 10, "fixed", commune),
        (square_ne, 225.0, 60, 60, 5.0, 10, "fixed", commune),
        (square_nw, None, 360, 30, 6.0, None, "dome", commune),
        (block_corner(blocks, 1, 1, "ne", 1.5), 90.0, 40, 60, 5.0, 8, "fixed", commune),
        (block_corner(blocks, 3, 1, "nw", 1.5), 270.0, 40, 60, 5.0, 8, "fixed", commune),
        # Facing exactly north, up the north-south streets.
        (block_corner(blocks, 1, 0, "ne", 1.5), 0.0, 50, 80, 6.0, 10, "fixed", commune),
        (block_corner(blocks, 3, 1, "sw", 1.5), 0.0, 60, 70, 6.0, 12, "fixed", commune),
        (block_corner(blocks, 0, 2, "se", 1.5), 0.0, 45, 60, 5.0, None, "fixed", commune),
        # Sectors crossing north.
        (block_corner(blocks, 3, 2, "se", 1.5), 350.0, 60, 60, 6.0, 10, "fixed", commune),
        (block_corner(blocks, 0, 1, "ne", 1.5), 15.0, 90, 50, 5.0, 15, "fixed", commune),
        (block_corner(blocks, 2, 2, "nw", 1.5), None, 360, 40, 6.0, None, "dome", commune),
        (block_corner(blocks, 3, 0, "nw", 1.5), 330.0, 80, 50, 6.0, None, "panning", commune),
        # Shops on the main street: their doorway, the pavement, and too much.
        (on_facade(shops[0], 1.0), along(shops[0], True), 60, 25, 3.0, 20, "fixed", shop),
        (on_facade(shops[1], 2.0), across(shops[1]), 90, 35, 3.0, 15, "fixed", shop),
        (on_facade(shops[2], 1.0), along(shops[2], False), 70, 30, 3.0, 20, "fixed", shop),
        (on_facade(shops[3], 3.0), None, 360, 15, 3.0, None, "dome", shop),
        (on_facade(shops[4], 2.0), across(shops[4]), 80, 40, 3.5, 10, "fixed", shop),
        (on_facade(shops[5], 1.0), along(shops[5], True), 50, 25, 3.0, 25, "fixed", shop),
        # The lycée: two on the gatehouse, one over the forecourt reaching the road.
        (on_front(lycee, 38.5), along(lycee, False), 70, 25, 3.5, 20, "fixed", lycee_op),
        (on_front(lycee, 53.5), along(lycee, True), 70, 25, 3.5, 20, "fixed", lycee_op),
        (on_facade(lycee, 59.0), across(lycee), 90, 22, 4.0, 30, "fixed", lycee_op),
        # Public buildings.
        (on_facade(school, 21.0), across(school), 80, 20, 3.5, 25, "fixed", commune),
        (on_facade(gendarmerie, 19.0), across(gendarmerie), 100, 40, 5.0, 10, "panning", "État"),
        # The landlord's cameras over its own entrances and its neighbours.
        (on_facade(hlm, 4.0), across(hlm), 90, 40, 4.0, 10, "fixed", landlord),
        (on_facade(hlm, 20.0), along(hlm, True), 60, 50, 4.0, 5, "fixed", landlord),
        # Private persons filming across the street into their neighbours' gardens.
        (on_facade(house_w, 3.0), across(house_w), 60, 45, 3.0, 5, "fixed", "Particulier"),
        (on_facade(house_s, 3.0), across(house_s), 75, 40, 3.0, 5, "fixed", "Particulier"),
        (on_facade(house_dome, 3.0), None, 360, 25, 3.0, None, "dome", "Particulier"),
        # A bakery filming the main street far beyond its doorstep (L251-2).
        (on_facade(shops[6], 1.0), along(shops[6], True), 50, 50, 3.0, 8, "fixed", bakery),
        # At the edge of the town, looking out past the last parcels: the
        # cadastre says nothing there, so the audit says "unknown".
        (block_corner(blocks, 4, 3, "ne", 1.5), 45.0, 60, 50, 6.0, 10, "fixed", commune),
    ]
    operator_types = {
        commune: "public",
        "État": "public",
        lycee_op: "public",
        shop: "business",
        bakery: "business",
        "Particulier": "private",
    }
    cameras = []
    for number, (point, direction, fov, range_m, height, tilt, kind, operator) in enumerate(
        specs, start=1
    ):
        cameras.append(
            {
                "camera_id": f"CAM-{number:02d}",
                "direction": None if direction is None else float(round(direction) % 360),
                "fov": float(fov),
                "range_m": float(range_m),
                "height_m": height,
                "tilt_deg": None if tilt is None else float(tilt),
                "camera_type": kind,
                "source_ref": "sample-town",
                "operator": operator,
                "operator_type": operator_types.get(operator),
                "point": rpt(point),
            }
        )
    return cameras


def ring_coords(ring):
    return [[x, y] for x, y in [*ring, ring[0]]]


def feature(properties, geometry):
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def write_collection(path, name, features):
    """One feature a line, fixed key order, trailing newline: stable, diffable."""
    head = json.dumps({"type": "FeatureCollection", "name": name, "crs": CRS}, ensure_ascii=False)
    lines = [json.dumps(f, ensure_ascii=False, indent=None) for f in features]
    text = head[:-1] + ', "features": [\n' + ",\n".join(lines) + "\n]}\n"
    Path(path).write_text(text, encoding="utf-8")


def generate(outdir):
    """Build the whole town and write its files into outdir."""
    rng = random.Random(SEED)
    blocks = make_blocks(rng)
    parcels = []
    for (col, row), corners in sorted(blocks.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if (col, row) != SQUARE:
            parcels += build_block(rng, col, row, corners, block_program(rng, col, row))
    assign_owners(rng, parcels)
    number_parcels(parcels)
    buildings = make_buildings(rng, parcels)
    cameras = make_cameras(parcels, blocks)

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    write_collection(
        outdir / "parcels.geojson",
        "parcels",
        [
            feature(
                {
                    "id": p.id,
                    "commune": INSEE,
                    "prefixe": PREFIXE,
                    "section": p.section,
                    "numero": str(p.numero),
                    "contenance": round(p.polygon.area),
                    "owner_group": p.owner_group,
                    "usage": p.usage,
                },
                {"type": "Polygon", "coordinates": [ring_coords(p.ring)]},
            )
            for p in parcels
        ],
    )
    p00, p10, p11, p01 = blocks[LYCEE]
    middle = find(parcels, LYCEE, strip=0).back  # the line between its two parcels
    lycee_ring = ccw([p00, p10, middle[0], p11, p01, middle[-1]])
    write_collection(
        outdir / "lycee.geojson",
        "lycee",
        [
            feature(
                {"name": "Lycée Jean Moulin (fictif)", "uai": "0999999X"},
                {"type": "Polygon", "coordinates": [ring_coords(lycee_ring)]},
            )
        ],
    )
    write_collection(
        outdir / "buildings.geojson",
        "buildings",
        [
            feature(
                {
                    "building_id": b["building_id"],
                    "hauteur": b["hauteur"],
                    "building": b["building"],
                },
                {
                    "type": "Polygon",
                    "coordinates": [ring_coords(b["exterior"])]
                    + [ring_coords(h) for h in b["holes"]],
                },
            )
            for b in buildings
        ],
    )
    write_collection(
        outdir / "cameras.geojson",
        "cameras",
        [
            feature(
                {k: v for k, v in c.items() if k != "point"},
                {"type": "Point", "coordinates": list(c["point"])},
            )
            for c in cameras
        ],
    )
    entrances = make_entrances(buildings)
    write_collection(
        outdir / "entrances.geojson",
        "entrances",
        [
            feature(
                {k: v for k, v in e.items() if k != "point"},
                {"type": "Point", "coordinates": list(e["point"])},
            )
            for e in entrances
        ],
    )
    write_collection(
        outdir / "signs.geojson",
        "signs",
        [
            feature(
                {k: v for k, v in sign.items() if k != "point"},
                {"type": "Point", "coordinates": list(sign["point"])},
            )
            for sign in make_signs(blocks)
        ],
    )
    write_owners(outdir / "owners.csv", parcels)
    return parcels, buildings, cameras


def main(argv):
    outdir = argv[1] if len(argv) > 1 else Path(__file__).resolve().parent / "sample_town"
    parcels, buildings, cameras = generate(outdir)
    print(f"{len(parcels)} parcels, {len(buildings)} buildings, {len(cameras)} cameras -> {outdir}")


if __name__ == "__main__":
    main(sys.argv)
