"""build_dossier: from the output layers and the figures of an audit (or a
plan check), the folder a volunteer hands over: dossier.pdf, report.html,
map.html, project.qgz (with layers.gpkg beside it) and cameras.csv.
Runs in QGIS's main thread (layouts are not thread-safe), headless too."""

import base64
import re
from pathlib import Path
from xml.etree import ElementTree

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsLayoutItemMap,
    QgsMapLayerStyle,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.messages import number
from ..core.rules import RULES
from ..layers.output_paths import DOSSIER_FILES
from ..layers.presentation import ORDER, apply_style
from ..translation import tr
from .audited import counted_legend, framed, mask_kind_label, tile_label
from .columns import csv_header
from .csv_export import write_csv
from .layout import HEIGHT, MARGIN, WIDTH, DossierLayout, export_pdf, map_image, padded
from .pages import (
    assumptions_page,
    camera_page,
    cover_page,
    default_view,
    file_names_only,
    footers,
    highlight_camera,
    label_cameras,
    overview_page,
    pdf_metadata,
    set_page_camera,
)
from .report import dossier_report
from .storey_words import storeys_in_words
from .webmap import write_webmap

# The files a volunteer hands over (layers.gpkg stands beside project.qgz).
FILES = tuple(name for name in DOSSIER_FILES if name != "layers.gpkg")
FLAGGED = '"masking_required"'
CAMERA_FIGURES = (
    ("covered_m2", "m²"),
    ("public_m2", "m²"),
    ("private_m2", "m²"),
    ("unknown_m2", "m²"),
    ("private_pct", "%"),
    ("private_ident_m2", "m²"),
    ("dwelling_facade_m", "m"),
    ("outside_m2", "m²"),
    ("forbidden_m2", "m²"),
)


def layer_titles():
    return {
        "cameras": tr("Cameras"),
        "verdicts": tr("Cameras and their verdict"),
        "rejected": tr("Rejected cameras"),
        "masks": tr("Zones to mask"),
        "dwellings": tr("Dwellings seen"),
        "pieces": tr("What the cameras see, by land class"),
        "dori": tr("DORI levels"),
        "coverage": tr("Camera views"),
        "buildings": tr("Buildings"),
        "parcels": tr("Parcels"),
    }


def field_labels():
    return {
        "covered_m2": tr("Ground seen"),
        "public_m2": tr("Public domain seen"),
        "private_m2": tr("Private land seen"),
        "unknown_m2": tr("Land of unknown status seen"),
        "private_pct": tr("Share of the view on private land"),
        "private_ident_m2": tr("Private land where people are identifiable"),
        "dwelling_facade_m": tr("Dwelling façades seen"),
        "outside_m2": tr("Seen outside the perimeter"),
        "forbidden_m2": tr("Seen in forbidden zones"),
    }


class _Steps:
    """Progress over the dossier's steps, and cancel."""

    def __init__(self, feedback, total):
        self.feedback = feedback or QgsProcessingFeedback()
        self.total, self.done = total, 0

    def next(self, text):
        if self.feedback.isCanceled():
            return False
        self.feedback.setProgressText(text)
        self.feedback.setProgress(100.0 * self.done / self.total)
        self.done += 1
        return True


def copy_layer(layer, gpkg, name, crs, extent=None):
    """The layer written into the dossier's GeoPackage in the map's CRS
    (only what lies in `extent`, given in that CRS), styled, and read back."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteLayer
        if Path(gpkg).exists()
        else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    options.ct = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    if extent is not None:
        options.filterExtent = extent
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(gpkg), QgsProject.instance().transformContext(), options
    )
    if error != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"{name}: {message}")
    return QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")


def _is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _values(layer, feature):
    """The feature's attributes by name, QGIS's NULL as None."""
    return {
        name: None if _is_null(value) else value
        for name, value in zip(layer.fields().names(), feature.attributes())
    }


def _rules_text(codes, lang):
    lines = []
    for code in re.split(r"[,;]\s*", codes or ""):
        code = code.strip()
        if not code:
            continue
        rule = RULES.get(code)
        lines.append(f"{code} — {rule.text(lang)} ({rule.source})" if rule else code)
    return lines


def only_camera(layer, quoted_id):
    """The layer's style XML with its rules nested under one that keeps the
    features of one camera: a map item's style override, so that a camera's
    page shows its own view only. (Edited as XML: building rules through
    the Python bindings crashed QGIS 3.22.)"""
    style = QgsMapLayerStyle()
    style.readFromLayer(layer)
    root = ElementTree.fromstring(style.xmlData())
    rules = root.find(".//renderer-v2[@type='RuleRenderer']/rules")
    if rules is None:
        return style.xmlData()
    wrapper = ElementTree.Element(
        "rule", {"filter": f'"camera_id" = {quoted_id}', "key": "{only-this-camera}"}
    )
    for child in list(rules):
        rules.remove(child)
        wrapper.append(child)
    rules.append(wrapper)
    return ElementTree.tostring(root, encoding="unicode")


def atlas_layout(project, coverage, drawn, crs, flagged_expression, reason_field):
    """The camera pages as a QGIS atlas over the flagged cameras' views, for
    the volunteer to restyle in QGIS (the PDF's own pages are built one by
    one, so that cover, overview and assumptions share one file)."""
    dossier = DossierLayout(project, tr("Flagged cameras (atlas)"))
    atlas = dossier.layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression(flagged_expression)
    atlas.setPageNameExpression('"camera_id"')
    page = dossier.new_page()
    dossier.band(page, "#8c1d18")
    dossier.label(
        tr("Camera {}").format('[% "camera_id" %]'),
        page,
        MARGIN,
        10,
        200,
        9,
        14,
        True,
        "#8c1d18",
        expressions=True,
    )
    item = dossier.map(page, MARGIN, 20, 170, HEIGHT - 32, drawn, coverage.extent(), crs)
    item.setAtlasDriven(True)
    item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    item.setAtlasMargin(0.2)
    dossier.decorations(page, item, MARGIN + 2, HEIGHT - 26, atlas=True)
    names = coverage.fields().names()
    labels = field_labels()
    lines = [
        pair(labels[field], f'[% format_number("{field}", 1) %] {unit}')
        for field, unit in CAMERA_FIGURES
        if field in names
    ]
    if reason_field in names:
        lines += ["", tr("Why: {}").format(f'[% "{reason_field}" %]')]
    dossier.label(
        "\n".join(lines), page, 190, 20, WIDTH - 190 - MARGIN, HEIGHT - 32, 9, expressions=True
    )
    return dossier.layout


def pair(label, value):
    """ "label: value", with the space French puts before the colon."""
    return tr("{}: {}").format(label, value)


def licences(osm_used, cadastre_used=True):
    """The sources' credits: the cadastre's only where it was used."""
    lines = []
    if cadastre_used:
        lines.append(
            tr(
                "Cadastre: Etalab / DGFiP, Licence Ouverte 2.0 (https://www.etalab.gouv.fr/"
                "licence-ouverte-open-licence)."
            )
        )
    if osm_used:
        lines.append(
            tr(
                "OpenStreetMap data © OpenStreetMap contributors, under the Open Database "
                "Licence (ODbL 1.0, https://www.openstreetmap.org/copyright)."
            )
        )
    lines.append(tr("Made with QGIS and the camera_coverage plugin."))
    return lines


def build_dossier(folder, layers, figures, **options):
    """Write the dossier into `folder` and return {file name: path}.
    `layers`: style name -> output layer ("cameras" or "verdicts" needed;
    "coverage", "pieces", "dori", "masks", "dwellings", "rejected" if any);
    `figures`: dossier.figures.Figure rows; `base`: "parcels", "buildings"
    input layers drawn under the outputs; `assumptions`, `sources`: (label,
    value) pairs from the algorithm; `titles`: style name -> layer title,
    over the default ones (e.g. zones drawn with the parcels' style);
    `reading`: the cover's line on the legal reading (default: the CSI's);
    `styles`: layer key -> shipped style, over the key itself;
    `cadastre_used`: credit the cadastre (not for a school's plan);
    `camera_status(values)`: a line heading each camera's page (a verdict);
    `headings`: report.html's section headings (dossier.report);
    `webmap_style(copies)`: map.html's look (dossier.webmap.WebMapStyle);
    `table(header, rows, lang)`: cameras.csv's (header, rows);
    `study`: the study's name (the commune, the lycée), on the cover, in every
    page's footer and as the PDF's title;
    the other options are _build's."""
    project = QgsProject()
    try:
        return _build(project, folder, layers, figures, **options)
    finally:
        # Freed here, in order: a project left to the garbage collector with
        # its layouts and layers crashed QGIS 3.22 later on.
        project.clear()
        del project


def _build(
    project,
    folder,
    layers,
    figures,
    base=None,
    basemap=None,
    report_html=None,
    assumptions=(),
    sources=(),
    public_by_level=None,
    lang="en",
    feedback=None,
    osm_used=False,
    title=None,
    flagged_expression=FLAGGED,
    reason_field="flag_reason",
    rules_field="flag_rules",
    titles=None,
    reading=None,
    frame=None,
    styles=None,
    cadastre_used=True,
    camera_status=None,
    headings=None,
    webmap_style=None,
    table=None,
    study=None,
):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    title = title or tr("Surveillance cameras: what they see")
    study = study or ""
    base = {k: v for k, v in (base or {}).items() if v is not None}
    layers = {k: v for k, v in layers.items() if v is not None}
    camera_key = "verdicts" if "verdicts" in layers else "cameras"
    cameras = layers[camera_key]
    crs = cameras.crs()
    steps = _Steps(feedback, 8)
    written = {}

    # 1. The layers, copied beside the project so that it opens anywhere.
    if not steps.next(tr("Dossier: copying the layers")):
        return written
    gpkg = folder / "layers.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    extent = QgsRectangle()
    extent.setMinimal()
    for key in ("coverage", camera_key):
        if key in layers:
            layer = layers[key]
            transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
            extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    extent = padded(extent, 0.1)
    titles = {**layer_titles(), **(titles or {})}
    copies = {}
    for key in reversed(ORDER):
        source = layers.get(key) or base.get(key)
        if source is None or (key == "rejected" and source.featureCount() == 0):
            continue
        if key == "rejected" and not source.isSpatial():
            continue
        copy = copy_layer(source, gpkg, key, crs, extent if key in base else None)
        copy.setName(titles[key])
        apply_style(copy, (styles or {}).get(key, key), lang)
        if key == camera_key:
            label_cameras(copy)
        copy.saveStyleToDatabase(key, "camera_coverage", True, "")
        copies[key] = copy

    # 2. The project: the styled layers (cameras on top) and, later, the layout.
    if not steps.next(tr("Dossier: the project")):
        return written
    project.setFileName(str(folder / "project.qgz"))
    project.setCrs(crs)
    project.setTitle(title)
    pdf_metadata(project, study, title)
    default_view(project, extent, crs)
    if basemap is not None:
        clone = basemap.clone()
        project.addMapLayer(clone)
    for key in reversed(ORDER):
        if key in copies:
            project.addMapLayer(copies[key])
    drawn = [copies[k] for k in ORDER if k in copies and k not in ("dori", "rejected")]
    if basemap is not None:
        drawn.append(clone)
    legend_layers = [copies[k] for k in ORDER if k in copies and k not in ("dori", "rejected")]

    # 3. The layout: cover, overview, one page per flagged camera, assumptions.
    if not steps.next(tr("Dossier: the pages")):
        return written
    dossier = DossierLayout(project, tr("Dossier"))
    sources_line = " ".join(licences(osm_used, cadastre_used))
    tiles = {f.code: f for f in figures}
    cover_page(
        dossier,
        title,
        study,
        [
            (
                tiles[code].text(lang),
                tile_label(tiles[code], tiles, lang),
                "#8c1d18" if code == "cameras_flagged" else "#1f3b5a",
            )
            for code in ("cameras_audited", "cameras_flagged", "public_seen_pct", "upkeep_eur_year")
            if code in tiles
        ],
        [pair(f.label, f.text(lang)) for f in figures],
        sorted({f.note for f in figures if f.note}),
        reading or tr("Legal reading: Code de la sécurité intérieure, art. L251-2 and L251-3."),
    )
    map_pages = [dossier.used]
    overview = overview_page(
        dossier,
        drawn,
        legend_layers,
        framed(frame, extent),
        crs,
        sources_line,
        lambda legend: counted_legend(legend, copies[camera_key]),
    )

    flagged = list(cameras.getFeatures(QgsFeatureRequest().setFilterExpression(flagged_expression)))
    coverage = copies.get("coverage")
    masks = copies.get("masks")
    labels = field_labels()
    camera_maps = []
    for feature in flagged:
        if steps.feedback.isCanceled():
            return written
        values = _values(cameras, feature)
        camera_id = values.get("camera_id")
        quoted = QgsExpression.quotedValue(camera_id)
        view = QgsRectangle()
        view.setMinimal()
        if coverage is not None:
            for part in coverage.getFeatures(
                QgsFeatureRequest().setFilterExpression(f'"camera_id" = {quoted}')
            ):
                if not part.geometry().isEmpty():
                    view.combineExtentWith(part.geometry().boundingBox())
        # The camera itself too: a blind zone under it keeps its view away.
        if not feature.geometry().isEmpty():
            view.combineExtentWith(feature.geometry().boundingBox())
        overrides = {
            copies[key].id(): only_camera(copies[key], quoted)
            for key in ("coverage", "pieces", "masks", "dwellings")
            if key in copies
        }
        overrides[copies[camera_key].id()] = highlight_camera(copies[camera_key], quoted)
        # The page's camera is named by its title and its label, its class
        # or verdict by its text: its legend keeps to what it sees.
        views = "pieces" if "pieces" in copies else "coverage"
        key = [copies[k] for k in (views, "masks") if k in copies]
        map_pages.append(dossier.used)
        item, flow = camera_page(
            dossier,
            tr("Camera {}").format(camera_id),
            drawn,
            padded(view, 0.2),
            crs,
            sources_line,
            overrides,
            key,
        )
        set_page_camera(item, camera_id)
        camera_maps.append((camera_id, item))
        lines = []
        for field, unit in CAMERA_FIGURES:
            if field in values and not _is_null(values[field]):
                decimals = 1
                lines.append(
                    pair(labels[field], f"{number(float(values[field]), lang, decimals)} {unit}")
                )
        # Which storeys' windows are in its picture, when heights tell.
        storeys = storeys_in_words(values.get("dwelling_floors_seen"), lang)
        if storeys:
            lines.append(pair(tr("Storeys of dwellings in its picture"), storeys))
        reason = values.get(reason_field)
        # A plan's verdict, in words, first (camera_status(values) -> text).
        status = camera_status(values) if camera_status else None
        if status:
            flow.paragraph(status, 9, True, "#8c1d18", gap=0)
        flow.paragraph("\n".join(lines), 8.5)
        if not _is_null(reason):
            flow.paragraph(tr("Why: {}").format(reason), 8, gap=2.5)
        codes = values.get(rules_field)
        # An audit without flag_rules flags under the private-land rule only.
        if _is_null(codes) and rules_field == "flag_rules":
            codes = "L251-3-PRIVATE"
        cited = _rules_text(codes, lang)
        if cited:
            flow.paragraph(tr("Rules cited:"), 8, True, gap=2.5)
            for line in cited:
                flow.paragraph(line, 7.5, gap=0.6)
        if masks is not None:
            mask_lines = []
            for mask in masks.getFeatures(
                QgsFeatureRequest().setFilterExpression(f'"camera_id" = {quoted}')
            ):
                m = _values(masks, mask)
                parts = [mask_kind_label(m.get("kind"), lang)]
                if not _is_null(m.get("area_m2")):
                    parts.append(f"{number(float(m['area_m2']), lang, 1)} m²")
                if not _is_null(m.get("from_deg")) and not _is_null(m.get("to_deg")):
                    parts.append(f"{float(m['from_deg']):.0f}°–{float(m['to_deg']):.0f}°")
                mask_lines.append(" · ".join(parts))
            if mask_lines:
                flow.paragraph(tr("Masks to configure:"), 8, True, gap=2.5)
                for line in mask_lines:
                    flow.paragraph(line, 7.5, gap=0)

    assumptions_page(
        dossier,
        [file_names_only(pair(k, v)) for k, v in assumptions],
        [
            list(dict.fromkeys(f.note for f in figures if f.note)),
            [file_names_only(pair(k, v)) for k, v in sources],
            licences(osm_used, cadastre_used),
        ],
    )
    footers(dossier, study, map_pages, sources_line)
    project.layoutManager().addLayout(dossier.layout)
    if coverage is not None:
        project.layoutManager().addLayout(
            atlas_layout(project, coverage, drawn, crs, flagged_expression, reason_field)
        )

    # 4. The PDF.
    if not steps.next(tr("Dossier: writing the PDF")):
        return written
    export_pdf(dossier.layout, folder / "dossier.pdf")
    written["dossier.pdf"] = folder / "dossier.pdf"

    # 5. The HTML report with the maps as images and the charts.
    if not steps.next(tr("Dossier: the HTML report")):
        return written
    images = [(tr("Overview"), map_image(dossier.layout, overview))]
    for camera_id, item in camera_maps:
        if steps.feedback.isCanceled():
            return written
        images.append((tr("Camera {}").format(camera_id), map_image(dossier.layout, item, 80)))
    rows = [_values(cameras, f) for f in cameras.getFeatures()]
    # The study's name (the commune, the lycée) heads the HTML pages too.
    page_title = f"{title} — {study}" if study else title
    (folder / "report.html").write_text(
        dossier_report(
            file_names_only(report_html) if report_html else report_html,
            page_title,
            figures,
            [(caption, base64.b64encode(png).decode("ascii")) for caption, png in images],
            rows,
            public_by_level or {},
            lang,
            headings,
        ),
        encoding="utf-8",
    )
    written["report.html"] = folder / "report.html"

    # 6. The offline web map.
    if not steps.next(tr("Dossier: the web map")):
        return written
    write_webmap(
        folder / "map.html",
        copies[camera_key],
        copies.get("pieces") or copies.get("coverage"),
        page_title,
        lang,
        osm_used,
        reason_field,
        copies.get("buildings"),
        webmap_style(copies) if webmap_style else None,
    )
    written["map.html"] = folder / "map.html"

    # 7. The table.
    if not steps.next(tr("Dossier: the camera table")):
        return written
    header = cameras.fields().names()
    header = [name for name in header if name != "fid"]
    cells = ([row.get(name) for name in header] for row in rows)
    if table is not None:
        # The algorithm's own table: table(header, rows, lang) -> (header, rows).
        shown, cells = table(header, rows, lang)
    else:
        shown = csv_header(header, lang)
    write_csv(folder / "cameras.csv", shown, cells, lang)
    written["cameras.csv"] = folder / "cameras.csv"

    # 8. The project, with the layout.
    if not steps.next(tr("Dossier: saving the project")):
        return written
    if not project.write():
        raise RuntimeError(f"project: {project.error()}")
    written["project.qgz"] = folder / "project.qgz"
    steps.feedback.setProgress(100)
    return written
