"""The town audit's dossier on real data says what was audited.

Paris's 707 camera sites (BO 2019) with the 18e's cadastre only: most
cameras are beyond the cadastre loaded. Épinay-sur-Orge's cadastre with
cameras placed on it, far from it, and rejected. The cover, report.html,
OUTPUT_FIGURES and the log count as audited only the cameras audited, state
the others beside them, and the density and cost count the cameras standing
in the study area. Every expected count is computed here from the raw files
(pandas, pyproj, shapely), never by the code under test."""

import csv
import json
import re
import shutil
import subprocess
from html import unescape

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from pyproj import Transformer
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from tests.conftest import SHARED_DATA

from .layers import LogFeedback

PARIS = SHARED_DATA / "paris18"
EPINAY = SHARED_DATA / "epinay"
RANGE_M = 30.0
# DESIGN/README: without a study area, the study area is the ground the
# parcels span: their union closed by 40 m, holes filled.
CLOSING_M = 40.0
POPPLER = shutil.which("pdftotext") and shutil.which("pdftoppm")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")
TO_L93 = Transformer.from_crs(4326, 2154, always_xy=True)


def l93_points(lon, lat):
    x, y = TO_L93.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    return shapely.points(x, y)


def l93_parcels(path):
    parcels = pyogrio.read_dataframe(path).to_crs(2154)
    return shapely.make_valid(parcels.geometry.to_numpy())


def closed_area(parcels):
    """The parcels' union closed by CLOSING_M, its holes filled."""
    union = shapely.union_all(parcels)
    closed = union.buffer(CLOSING_M, quad_segs=4).buffer(-CLOSING_M, quad_segs=4)
    parts = shapely.get_parts(closed)
    return shapely.union_all([shapely.Polygon(p.exterior) for p in parts if p.area > 0])


def count_inside(area, points, margin_m=1.0):
    """(fewest, most) cameras standing in `area` when its edge moves by
    `margin_m` either way: how the edge is drawn (arcs as segments) cannot
    move a camera in or out beyond that."""
    inner = int(shapely.covers(area.buffer(-margin_m), points).sum())
    outer = int(shapely.covers(area.buffer(margin_m), points).sum())
    return inner, outer


def count_beyond(parcels, points, reach):
    """Cameras with no parcel within `reach` metres (the same at ±0.5 m)."""
    tree = shapely.STRtree(parcels)
    counts = []
    for distance in (reach - 0.5, reach + 0.5):
        hit, _ = tree.query(points, predicate="dwithin", distance=distance)
        counts.append(len(points) - len(np.unique(hit)))
    assert counts[0] == counts[1], "a camera is at the edge of its reach: pick another test"
    return counts[0]


def figures_of(path):
    layer = QgsVectorLayer(str(path), "figures", "ogr")
    rows = {f["code"]: (f["label"], f["value"]) for f in layer.getFeatures()}
    del layer
    return rows


def pdf_text(path, first=None, last=None, layout=True):
    pages = []
    if first:
        pages = ["-f", str(first), "-l", str(last or first)]
    mode = ["-layout"] if layout else []
    return subprocess.run(
        ["pdftotext", *mode, *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def one_line(text):
    return re.sub(r"\s+", " ", text)


def html_text(path):
    html = path.read_text(encoding="utf-8")
    html = re.sub(r"<style.*?</style>|<script.*?</script>", " ", html, flags=re.S)
    html = re.sub(r'src="data:[^"]*"', "", html)
    # "<b>label</b>: value" read as "label: value".
    return re.sub(r"\s+:", ":", one_line(unescape(re.sub(r"<[^>]+>", " ", html))))


# --- Paris: 707 sites, the 18e's cadastre ------------------------------------


@pytest.fixture(scope="module")
def paris_expected():
    sites = pd.read_csv(PARIS / "cameras-paris-bo2019.csv", sep=";")
    points = l93_points(sites["lon"], sites["lat"])
    parcels = l93_parcels(PARIS / "cadastre-75118-parcelles.json")
    beyond = count_beyond(parcels, points, RANGE_M)
    return {
        "given": len(sites),
        "beyond": beyond,
        "audited": len(sites) - beyond,
        "in_area": count_inside(closed_area(parcels), points),
    }


def within(value, bounds):
    return bounds[0] <= value <= bounds[1]


@pytest.fixture(scope="module")
def paris(plugin, tmp_path_factory):
    """The whole list, as a volunteer runs it from a script: no
    OUTPUT_COVERAGE nor OUTPUT_PIECES asked."""
    import processing

    folder = tmp_path_factory.mktemp("paris")
    uri = (
        f"file://{PARIS / 'cameras-paris-bo2019.csv'}?delimiter=;&xField=lon&yField=lat"
        "&crs=EPSG:4326&detectTypes=yes"
    )
    cameras = QgsVectorLayer(uri, "cameras", "delimitedtext")
    assert cameras.isValid()
    log = LogFeedback()
    results = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": cameras,
            "ID_FIELD": "Numéro",
            "PARCELS": str(PARIS / "cadastre-75118-parcelles.json"),
            "DEFAULT_RANGE": RANGE_M,
            "OUTPUT_CAMERAS": str(folder / "cameras.gpkg"),
            "OUTPUT_FIGURES": str(folder / "figures.gpkg"),
            "OUTPUT_DOSSIER": str(folder / "dossier"),
        },
        feedback=log,
    )
    return results, folder / "dossier", log.lines


@pytest.mark.slow
def test_paris_figures_count_only_the_cameras_audited(paris, paris_expected):
    results, _, _ = paris
    expected = paris_expected
    # Most of Paris's cameras stand beyond the 18e's cadastre.
    assert expected["given"] == 707 and expected["beyond"] > 600
    figures = figures_of(results["OUTPUT_FIGURES"])
    assert figures["cameras_audited"][1] == expected["audited"]
    assert figures["cameras_beyond_cadastre"][1] == expected["beyond"]
    assert "cameras_rejected" not in figures
    # Cameras at crossroads on the 18e's boundary streets stand on the
    # study area's edge: the count is bounded by moving that edge 1 m.
    standing = figures["cameras_in_study_area"][1]
    assert within(standing, expected["in_area"]) and expected["in_area"][1] - standing < 3
    km2 = figures["study_area_m2"][1] / 1e6
    assert 5.0 < km2 < 6.2  # the 18e is 6.0 km², its cadastre's ground a little less
    assert figures["cameras_per_km2"][1] == pytest.approx(standing / km2)
    assert figures["investment_eur"][1] == pytest.approx(37_500 * standing)
    assert figures["upkeep_eur_year"][1] == pytest.approx(7_500 * standing)


@pytest.mark.slow
def test_paris_log_says_audited_then_not_audited(paris, paris_expected):
    _, _, log = paris
    said = "\n".join(log)
    assert f"{paris_expected['audited']} cameras audited" in said
    assert f"not audited: {paris_expected['beyond']} with no parcel within reach" in said
    assert "707 cameras audited" not in said


@pytest.mark.slow
@needs_poppler
def test_paris_cover_and_report_state_the_cameras_not_audited(paris, paris_expected):
    _, dossier, _ = paris
    expected = paris_expected
    cover = one_line(pdf_text(dossier / "dossier.pdf", 1, 2))
    assert f"Cameras audited: {expected['audited']} " in cover
    assert (f"Cameras not audited: land status unknown: {expected['beyond']} ") in cover
    standing = re.search(r"Cameras standing in the study area: (\d+) ", cover)
    assert standing and within(int(standing.group(1)), expected["in_area"])
    cost = 37_500 * int(standing.group(1))
    assert f"Cost of installing the network: {cost:,} €" in cover
    assert "Cameras audited: 707" not in cover
    report = html_text(dossier / "report.html")
    assert f"Cameras audited: {expected['audited']} " in report
    assert f"Cameras audited: {expected['given']} " not in report
    assert f"Cameras not audited: land status unknown: {expected['beyond']} " in report
    # The overview's legend counts the cameras of each kind, those not
    # audited (drawn grey) among them.
    text = pdf_text(dossier / "dossier.pdf")
    overview = one_line(text.split("\f")[1] if "\f" in text else text)
    assert f"Not audited (land status unknown) ({expected['beyond']})" in overview


def coloured_share(png):
    """Share of pixels that are clearly red or blue (the views' fills)."""
    image = QImage(str(png))
    coloured = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            r, g, b = c.red(), c.green(), c.blue()
            total += 1
            if (r > g + 60 and r > b + 60) or (b > r + 50 and b > g + 10):
                coloured += 1
    return coloured / total


@pytest.mark.slow
@needs_poppler
def test_paris_camera_pages_show_the_view_they_measure_without_coverage_outputs(paris, tmp_path):
    results, dossier, _ = paris
    # The views were made for the dossier only: not handed back.
    assert "OUTPUT_COVERAGE" not in results and "OUTPUT_PIECES" not in results
    layer = QgsVectorLayer(f"{dossier / 'layers.gpkg'}|layername=coverage", "views", "ogr")
    assert layer.isValid() and layer.featureCount() == 707
    del layer
    # A camera page's map: a 30 m disc filling much of the frame (about a
    # fifth of the page's pixels are coloured; under 5 % without the view,
    # the camera's symbol and the parcels alone).
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "40",
            "-f",
            "3",
            "-l",
            "3",
            "-png",
            str(dossier / "dossier.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    page = next(tmp_path.glob("page*.png"))
    assert coloured_share(page) > 0.12


# --- Épinay-sur-Orge: cameras on the cadastre, far from it, rejected --------


@pytest.fixture(scope="module")
def epinay(plugin, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("epinay")
    parcels = pyogrio.read_dataframe(EPINAY / "cadastre-91216-parcelles.json")
    rng = np.random.default_rng(91216)
    on_parcels = parcels.geometry.iloc[rng.choice(len(parcels), 40, replace=False)]
    spots = [p.representative_point() for p in on_parcels]
    _, ymin, xmax, ymax = parcels.total_bounds
    # 3 km east of the town: no parcel of its cadastre within reach.
    far = [shapely.Point(xmax + 0.04 + 0.001 * i, (ymin + ymax) / 2) for i in range(8)]
    features = []
    for i, point in enumerate(spots + far):
        rejected = i in (3, 7)  # on the town, but a field of view no lens has
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "camera_id": f"E{i:02d}",
                    "direction": None,
                    "fov": 500.0 if rejected else 360.0,
                    "range_m": 25.0,
                },
                "geometry": shapely.geometry.mapping(point),
            }
        )
    cameras = folder / "cameras.geojson"
    cameras.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    # The study area given: the parcels' convex hull.
    hull = shapely.convex_hull(shapely.union_all(parcels.geometry.to_numpy()))
    study = folder / "study.geojson"
    study.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": shapely.geometry.mapping(hull),
                    }
                ],
            }
        )
    )
    results = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": str(cameras),
            "PARCELS": str(EPINAY / "cadastre-91216-parcelles.json"),
            "STUDY_AREA": str(study),
            "POPULATION": 10_000,
            "OUTPUT_CAMERAS": str(folder / "cameras.gpkg"),
            "OUTPUT_REJECTED": str(folder / "rejected.gpkg"),
            "OUTPUT_FIGURES": str(folder / "figures.gpkg"),
            "OUTPUT_DOSSIER": str(folder / "dossier"),
        },
    )
    points = l93_points(
        [f["geometry"]["coordinates"][0] for f in features],
        [f["geometry"]["coordinates"][1] for f in features],
    )
    hull_l93 = shapely.Polygon(np.column_stack(TO_L93.transform(*hull.exterior.xy)))
    usable = np.array([f["properties"]["fov"] <= 360 for f in features])
    beyond = count_beyond(
        l93_parcels(EPINAY / "cadastre-91216-parcelles.json"), points[usable], 25.0
    )
    expected = {
        "given": len(features),
        "rejected": int((~usable).sum()),
        "beyond": beyond,
        "audited": int(usable.sum()) - beyond,
        "in_area": count_inside(hull_l93, points),
    }
    return results, folder / "dossier", expected


def test_epinay_figures_state_audited_beyond_and_rejected_apart(epinay):
    results, _, expected = epinay
    assert expected == {
        "given": 48,
        "rejected": 2,
        "beyond": 8,
        "audited": 38,
        "in_area": (40, 40),
    }
    figures = figures_of(results["OUTPUT_FIGURES"])
    assert figures["cameras_audited"][1] == expected["audited"]
    assert figures["cameras_beyond_cadastre"][1] == expected["beyond"]
    assert figures["cameras_rejected"][1] == expected["rejected"]
    standing = expected["in_area"][0]
    assert figures["cameras_in_study_area"][1] == standing
    km2 = figures["study_area_m2"][1] / 1e6
    assert figures["cameras_per_km2"][1] == pytest.approx(standing / km2)
    assert figures["cameras_per_1000"][1] == pytest.approx(standing / 10)
    assert figures["investment_eur"][1] == pytest.approx(37_500 * standing)


@needs_poppler
def test_epinay_cover_tile_report_and_table(epinay):
    _, dossier, expected = epinay
    cover = one_line(pdf_text(dossier / "dossier.pdf", 1))
    others = expected["beyond"] + expected["rejected"]
    tiles = one_line(pdf_text(dossier / "dossier.pdf", 1, layout=False))
    assert f"Cameras audited ({others} more given, not audited)" in tiles
    assert f"Cameras not audited: rejected for unusable values: {expected['rejected']} " in cover
    report = html_text(dossier / "report.html")
    assert f"Cameras audited: {expected['audited']} " in report
    with open(dossier / "cameras.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    # The table lists every usable camera; those beyond the cadastre have
    # no masking verdict.
    assert len(rows) == expected["audited"] + expected["beyond"]
    assert sum(1 for r in rows if r["masking_required"] == "") == expected["beyond"]


# --- Distinct figures, distinct labels ---------------------------------------

FLAG_LABELS = {
    "flagged_L251-3-PRIVATE": "private land",
    "flagged_L251-3-DWELLING": "dwelling façades",
    "flagged_L251-3-ENTRANCE": "dwelling entrances",
    "flagged_L251-3-SIGN": "information sign",
    "flagged_L251-2-OPERATOR": "Private operators",
}


@pytest.fixture(scope="module")
def sample_town_figures(plugin, tmp_path_factory):
    """The sample town with everything the legal reading takes: every rule
    flags some camera."""
    import processing

    from tests.conftest import SAMPLE_TOWN

    folder = tmp_path_factory.mktemp("words")
    results = processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"),
            "PARCELS": str(SAMPLE_TOWN / "parcels.geojson"),
            "BUILDINGS": str(SAMPLE_TOWN / "buildings.geojson"),
            "OWNERS": str(SAMPLE_TOWN / "owners.csv"),
            "ENTRANCES": str(SAMPLE_TOWN / "entrances.geojson"),
            "SIGNS": str(SAMPLE_TOWN / "signs.geojson"),
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_FIGURES": str(folder / "figures.gpkg"),
        },
    )
    return figures_of(results["OUTPUT_FIGURES"])


def test_every_figure_has_its_own_label(sample_town_figures):
    labels = [label for label, _ in sample_town_figures.values()]
    assert len(set(labels)) == len(labels), sorted(labels)


@pytest.mark.parametrize("code", sorted(FLAG_LABELS))
def test_each_rule_figure_says_what_was_seen(sample_town_figures, code):
    label, value = sample_town_figures[code]
    assert value > 0
    assert FLAG_LABELS[code] in label, label
    others = [lbl for c, (lbl, _) in sample_town_figures.items() if c != code]
    assert label not in others
