"""Generate the fictional sample lycée used by `make demo-plan` and the tests.

Pure Python (no QGIS, no GDAL, no randomness), so two runs write
byte-identical GeoJSON files: the committed data is provably what this script
makes. Usage: ``python resources/make_sample_lycee.py [outdir]``.

The Lycée Marie Curie (fictif) is a 120 m × 100 m campus in Lambert-93: a
forecourt at the gate on the south street, a car park, a south yard with its
covered part, a teaching block (a 3 m corridor between two rows of rooms,
partitions and doors drawn as walls), a canteen, a sports ground, and 25
cameras as a regional plan would place them, with four typical mistakes:
a playground camera filming always, a corridor dome in front of the common
room's glass doors, an entrance camera taking in the whole street, and a
camera in the toilets. One car-park camera has no direction.
"""

import json
import sys
from pathlib import Path

X0, Y0 = 653000.0, 6862000.0
CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2154"}}
NAME = "Lycée Marie Curie (fictif)"


def box(xmin, ymin, xmax, ymax):
    return [(xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin)]


def at(points):
    return [[round(X0 + x, 2), round(Y0 + y, 2)] for x, y in points]


def polygon(ring):
    return {"type": "Polygon", "coordinates": [at(ring)]}


def line(points):
    return {"type": "LineString", "coordinates": at(points)}


def point(x, y):
    return {"type": "Point", "coordinates": at([(x, y)])[0]}


# The teaching block: x 10..110, y 40..60; corridor y 48..51.
BLOCK = (10.0, 40.0, 110.0, 60.0)
CORRIDOR_SOUTH, CORRIDOR_NORTH = 48.0, 51.0
SOUTH_ROOMS = [
    ("hall", "Hall"),
    ("toilets", "Sanitaires filles"),
    ("classroom", "Salle 103"),
    ("classroom", "Salle 104"),
    ("stairs", "Escalier A"),
    ("common_room", "Foyer des élèves"),
    ("classroom", "Salle 107"),
    ("classroom", "Salle 108"),
    ("staff_room", "Salle des professeurs"),
    ("toilets", "Sanitaires garçons"),
]
NORTH_ROOMS = [
    ("study_room", "CDI"),
    *(("classroom", f"Salle {n}") for n in range(112, 120)),
    ("classroom", "Salle informatique"),
]
# Openings in the corridor's south wall (x from, x to): the hall is open on
# the corridor, the stairs have a wide doorway, the common room glass doors
# stand open. Classroom, toilet and staff-room doors are kept shut.
CORRIDOR_OPENINGS = [(11.0, 19.0), (52.0, 58.0), (62.0, 66.0)]
CANTEEN = (10.0, 65.0, 45.0, 95.0)


def walls_with_gaps(y, x_from, x_to, gaps):
    """One line per stretch of wall between the openings."""
    lines, start = [], x_from
    for low, high in gaps:
        lines.append([(start, y), (low, y)])
        start = high
    lines.append([(start, y), (x_to, y)])
    return lines


def zones():
    features = [
        ("entrance", "Parvis d'entrée", box(40, 0, 80, 12)),
        ("exit", "Portillon ouest", box(0, 12, 8, 25)),
        ("car_park", "Parking du personnel", box(85, 0, 120, 35)),
        ("covered_yard", "Préau", box(8, 12, 30, 25)),
        (
            "playground",
            "Cour sud",
            [(8, 25), (30, 25), (30, 12), (80, 12), (80, 38), (8, 38), (8, 25)],
        ),
        ("corridor", "Passage couvert", box(10, 60, 110, 65)),
        ("corridor", "Couloir du rez-de-chaussée", box(10, 48, 110, 51)),
        ("canteen", "Cantine", box(*CANTEEN)),
        ("sports_ground", "Plateau sportif", box(55, 65, 115, 97)),
    ]
    for k, (kind, name) in enumerate(SOUTH_ROOMS):
        x = BLOCK[0] + 10 * k
        features.append((kind, name, box(x, BLOCK[1], x + 10, CORRIDOR_SOUTH)))
    for k, (kind, name) in enumerate(NORTH_ROOMS):
        x = BLOCK[0] + 10 * k
        features.append((kind, name, box(x, CORRIDOR_NORTH, x + 10, BLOCK[3])))
    return [
        {"type": "Feature", "properties": {"zone_type": kind, "name": name}, "geometry": polygon(r)}
        for kind, name, r in features
    ]


def walls():
    xmin, ymin, xmax, ymax = BLOCK
    stretches = [
        # Outer walls of the teaching block: the hall's door on the yard,
        # the corridor's east door on the car park.
        *walls_with_gaps(ymin, xmin, xmax, [(13.0, 17.0)]),
        [(xmax, ymin), (xmax, CORRIDOR_SOUTH)],
        [(xmax, CORRIDOR_NORTH), (xmax, ymax)],
        [(xmax, ymax), (xmin, ymax), (xmin, ymin)],
        # The corridor.
        *walls_with_gaps(CORRIDOR_SOUTH, xmin, xmax, CORRIDOR_OPENINGS),
        [(xmin, CORRIDOR_NORTH), (xmax, CORRIDOR_NORTH)],
        # Partitions between rooms.
        *([(x, ymin), (x, CORRIDOR_SOUTH)] for x in range(20, 110, 10)),
        *([(x, CORRIDOR_NORTH), (x, ymax)] for x in range(20, 110, 10)),
    ]
    cxmin, cymin, cxmax, cymax = CANTEEN
    stretches += [
        *walls_with_gaps(cymin, cxmin, cxmax, [(25.0, 29.0)]),
        [(cxmax, cymin), (cxmax, cymax), (cxmin, cymax), (cxmin, cymin)],
    ]
    return [
        {"type": "Feature", "properties": {"note": None}, "geometry": line(s)} for s in stretches
    ]


def buildings():
    shapes = [
        ("Bâtiment d'enseignement", box(*BLOCK)),
        ("Cantine", box(*CANTEEN)),
        # Across the streets (12 m wide, south and west).
        ("Immeubles rue Pasteur", box(-30, -40, 150, -12)),
        ("Immeubles avenue Jaurès", box(-40, -12, -12, 110)),
    ]
    return [
        {"type": "Feature", "properties": {"name": name}, "geometry": polygon(ring)}
        for name, ring in shapes
    ]


# camera_id, x, y, direction (None: all round), fov, range_m, camera_type,
# schedule, room, height_m, tilt_deg
CAMERAS = [
    ("ENT-01", 60, 1, 180, 70, 15, "fixed", "always", "Portail", 3.5, 25),
    ("ENT-02", 60, 0.5, 0, 60, 11, "fixed", "always", "Portail", None, None),
    ("ENT-03", 45, 1, 20, 60, 10, "fixed", "always", "Portail", None, None),
    ("ENT-04", 50, 0.5, 200, 40, 3, "fixed", "always", "Portail", None, None),
    ("PARK-01", 118, 2, 315, 70, 30, "fixed", "always", "Parking", None, None),
    ("PARK-02", 86, 1, 45, 60, 25, "fixed", "always", "Parking", None, None),
    ("PARK-03", 100, 15, None, 60, 10, "fixed", "always", "Parking", None, None),
    ("EXIT-01", 4, 24.5, 180, 30, 12, "fixed", "always", "Portillon ouest", None, None),
    ("YARD-01", 79, 37, 225, 80, 25, "fixed", "always", "Cour sud", None, None),
    ("YARD-02", 9, 37, 135, 80, 25, "fixed", "outside_opening_hours", "Cour sud", None, None),
    ("YARD-03", 9, 13, 45, 80, 15, "fixed", "outside_opening_hours", "Préau", None, None),
    (
        "SPORT-01",
        114,
        96,
        225,
        90,
        40,
        "fixed",
        "outside_opening_hours",
        "Plateau sportif",
        None,
        None,
    ),
    (
        "SPORT-02",
        56,
        66,
        45,
        90,
        40,
        "fixed",
        "outside_opening_hours",
        "Plateau sportif",
        None,
        None,
    ),
    ("PASS-01", 12, 62.5, 90, 20, 40, "fixed", "always", "Passage couvert", None, None),
    ("PASS-02", 108, 62.5, 270, 10, 25, "fixed", "always", "Passage couvert", None, None),
    ("HALL-01", 15, 42, 0, 90, 8, "fixed", "always", "Hall", None, None),
    ("COR-01", 25, 49.5, None, 360, 15, "dome", "always", "Couloir", None, None),
    ("COR-02", 64, 49.5, None, 360, 15, "dome", "always", "Couloir", None, None),
    ("COR-03", 95, 49.5, None, 360, 15, "dome", "always", "Couloir", None, None),
    ("STAIR-01", 55, 41, 0, 70, 10, "fixed", "always", "Escalier A", None, None),
    (
        "WC-01",
        21,
        47,
        135,
        90,
        6,
        "fixed",
        "outside_opening_hours",
        "Sanitaires filles",
        None,
        None,
    ),
    ("CANT-01", 27, 80, None, 360, 20, "dome", "outside_opening_hours", "Cantine", None, None),
    ("CANT-02", 27, 65, 180, 60, 4, "fixed", "always", "Cantine (façade)", None, None),
    (
        "CLASS-01",
        105,
        58,
        225,
        90,
        12,
        "fixed",
        "outside_opening_hours",
        "Salle informatique",
        None,
        None,
    ),
    ("CDI-01", 11, 59, 135, 90, 12, "fixed", "outside_opening_hours", "CDI", None, None),
]


def cameras():
    features = []
    for cid, x, y, direction, fov, reach, kind, schedule, room, height, tilt in CAMERAS:
        properties = {
            "camera_id": cid,
            "direction": direction,
            "fov": fov,
            "range_m": reach,
            "height_m": height,
            "tilt_deg": tilt,
            "camera_type": kind,
            "source_ref": "Plan d'implantation (fictif), p. 2",
            "schedule": schedule,
            "room": room,
        }
        features.append({"type": "Feature", "properties": properties, "geometry": point(x, y)})
    return features


def perimeter():
    return [
        {
            "type": "Feature",
            "properties": {"name": NAME},
            "geometry": polygon(box(0, 0, 120, 100)),
        }
    ]


def write(outdir, name, features):
    collection = {"type": "FeatureCollection", "name": name, "crs": CRS, "features": features}
    lines = [json.dumps(f, ensure_ascii=False) for f in collection.pop("features")]
    head = json.dumps(collection, ensure_ascii=False)[:-1]
    text = head + ', "features": [\n' + ",\n".join(lines) + "\n]}\n"
    (outdir / f"{name}.geojson").write_text(text, encoding="utf-8")


def main(outdir):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for name, features in (
        ("perimeter", perimeter()),
        ("zones", zones()),
        ("walls", walls()),
        ("buildings", buildings()),
        ("cameras", cameras()),
    ):
        write(outdir, name, features)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "sample_lycee")
