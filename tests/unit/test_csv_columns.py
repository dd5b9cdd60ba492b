"""Open-data CSV files as French cities publish them: the separator, the
coordinate columns and the numbers must be found without asking."""

import csv

import pytest

from camera_coverage.core.csv_columns import (
    CoordinateColumns,
    detect_coordinate_columns,
    parse_number,
)
from tests.conftest import SHARED_DATA

PARIS_CSV = SHARED_DATA / "paris18" / "cameras-paris-bo2019.csv"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Code postal", "Numéro", "lon", "lat"], ("lon", "lat", "lonlat")),
        (["LAT", "LON"], ("LON", "LAT", "lonlat")),
        (["lng", "lat"], ("lng", "lat", "lonlat")),
        (["Long", "Lat"], ("Long", "Lat", "lonlat")),
        (["\ufeffLongitude", "Latitude"], ("\ufeffLongitude", "Latitude", "lonlat")),
        ([" longitude ", "latitude"], (" longitude ", "latitude", "lonlat")),
        (
            ["Longitude (WGS84)", "Latitude (WGS84)"],
            ("Longitude (WGS84)", "Latitude (WGS84)", "lonlat"),
        ),
        (["Lóngitude", "Látitude"], ("Lóngitude", "Látitude", "lonlat")),
        (["X", "Y"], ("X", "Y", "xy")),
        (["x", "y", "id"], ("x", "y", "xy")),
        (["coord_x", "coord_y"], ("coord_x", "coord_y", "xy")),
        (["Coord X", "Coord Y"], ("Coord X", "Coord Y", "xy")),
        (["Coordonnée X", "Coordonnée Y"], ("Coordonnée X", "Coordonnée Y", "xy")),
        # lon/lat names say the CRS, so they win over x/y
        (["X", "Y", "lon", "lat"], ("lon", "lat", "lonlat")),
        # the first of two candidates
        (["lon", "longitude", "lat"], ("lon", "lat", "lonlat")),
    ],
)
def test_coordinate_columns(headers, expected):
    assert detect_coordinate_columns(headers) == CoordinateColumns(*expected)


@pytest.mark.parametrize(
    "headers",
    [
        [],
        ["lon"],
        ["lat", "y"],
        ["lon", "y"],
        ["longueur", "largeur"],
        ["xlon", "ylat"],
        ["Code postal", "Implantation"],
    ],
)
def test_no_coordinate_columns(headers):
    assert detect_coordinate_columns(headers) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2,35", 2.35),
        ("2.35", 2.35),
        ("48.85875016", 48.85875016),
        ("-1,5", -1.5),
        ("−1,5", -1.5),
        ("+7", 7.0),
        (" 12 ", 12.0),
        (",5", 0.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("1\u202f234\u202f567", 1234567.0),
        ("1.234.567,8", 1234567.8),
        ("1,234,567", 1234567.0),
        ("1,234.5", 1234.5),
        ("1,234", 1.234),
        ("1.234", 1.234),
        (3, 3.0),
        (2.5, 2.5),
        ("", None),
        (None, None),
        ("abc", None),
        ("4 5", None),
        ("1 23,4", None),
        ("1.234.5", None),
        ("1,2,3", None),
        ("2,35,", None),
        ("nan", None),
        (float("nan"), None),
        (float("inf"), None),
        (True, None),
    ],
)
def test_parse_number(value, expected):
    assert parse_number(value) == expected


def test_paris_camera_list():
    with PARIS_CSV.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        header = next(reader)
        rows = list(reader)
    assert header[3] == "Précision de l’implantation"
    columns = detect_coordinate_columns(header)
    assert columns == CoordinateColumns("lon", "lat", "lonlat")
    assert len(rows) == 707
    x, y = header.index(columns.x), header.index(columns.y)
    points = [(parse_number(r[x]), parse_number(r[y])) for r in rows]
    assert all(2.2 < lon < 2.5 and 48.8 < lat < 48.91 for lon, lat in points)
    assert sum(r[0] == "75018" for r in rows) == 57
