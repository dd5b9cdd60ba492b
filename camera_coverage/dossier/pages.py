"""How the dossier's pages are set so that a council can read them: text
measured and wrapped before it is placed (so that no text box runs over
another or past the page), flowed onto continuation pages when a camera's
text is long, legends fitted to the room they have, a footer on every page
(the study, the date, "page 3 / 28"), the camera ids labelled on the maps
with the page's own camera highlighted and the others faded, and the
study's name guessed from the layers when none is given."""

import copy
import datetime
import re
from pathlib import Path
from xml.etree import ElementTree

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsMapLayerStyle,
    QgsPalLayerSettings,
    QgsProperty,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..translation import tr
from .layout import FONT, HEIGHT, MARGIN, MM, WIDTH

# Where the text and maps stop, and where the footers stand (mm).
CONTENT_BOTTOM = HEIGHT - 19
FOOTER_Y = HEIGHT - 10
FOOTER_SIZE = 7.0
SOURCES_SIZE = 6.0
# A text box's inner margin, and what is kept free at the end of each
# line: Qt's own measure of a line may differ a little from ours.
LABEL_MARGIN = 0.5
SLACK = 1.02
# The map item's variable naming the camera of the page, read by the
# cameras' labels.
PAGE_CAMERA = "dossier_camera"
FADED_ALPHA = 0.3
# Paragraphs of at most so many lines go whole to the next column.
KEEP_TOGETHER = 3


def font(size, bold=False):
    result = QFont(FONT)
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def line_height(size, bold=False):
    """The height of one line of text (mm)."""
    return QgsLayoutUtils.fontHeightMM(font(size, bold))


def wrap(text, width, size, bold=False):
    """The text's lines, each no wider than `width` mm once printed: words
    moved to the next line, a word too long for a line cut."""
    qfont = font(size, bold)

    def fits(piece):
        return QgsLayoutUtils.textWidthMM(qfont, piece) * SLACK <= width

    lines = []
    for paragraph in str(text).split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if fits(candidate):
                current = candidate
                continue
            if current:
                lines.append(current)
            # A word longer than the line is cut where it must be.
            while not fits(word) and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and not fits(word[:cut]):
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def block_height(lines, size, bold=False):
    return len(lines) * line_height(size, bold) + 2 * LABEL_MARGIN


def place_lines(
    dossier, lines, page, x, y, w, size, bold=False, color="#222222", align=Qt.AlignLeft
):
    """One text box holding these (already wrapped) lines; its bottom."""
    height = block_height(lines, size, bold)
    item = dossier.label("\n".join(lines), page, x, y, w, height, size, bold, color)
    item.setMarginX(LABEL_MARGIN)
    item.setMarginY(LABEL_MARGIN)
    item.setHAlign(align)
    return y + height


def text_block(dossier, text, page, x, y, w, size, bold=False, color="#222222"):
    """The text wrapped to `w` and placed at (x, y); its bottom (mm)."""
    lines = wrap(text, w - 2 * LABEL_MARGIN, size, bold)
    return place_lines(dossier, lines, page, x, y, w, size, bold, color)


class Flow:
    """Paragraphs set one after the other in columns (page, x, top, width,
    bottom); when the columns are full, `more()` gives fresh ones (a
    continuation page). A paragraph is split between columns line by line,
    re-wrapped to each column's width."""

    def __init__(self, dossier, columns, more):
        self.dossier = dossier
        self.columns = list(columns)
        self.more = more
        self.column = self.columns.pop(0)
        self.y = self.column[2]

    def _next_column(self):
        if not self.columns:
            self.columns = list(self.more())
        self.column = self.columns.pop(0)
        self.y = self.column[2]

    def paragraph(self, text, size=9.0, bold=False, color="#222222", gap=2.0):
        """Add the text (a paragraph, "\\n" for new lines), `gap` mm below
        what came before (none at a column's top)."""
        if not str(text).strip():
            return
        page, x, top, width, bottom = self.column
        if self.y > top:
            self.y += gap
        height = line_height(size, bold)
        remaining = str(text)
        while remaining:
            page, x, top, width, bottom = self.column
            lines = wrap(remaining, width - 2 * LABEL_MARGIN, size, bold)
            room = int((bottom - self.y - 2 * LABEL_MARGIN) // height)
            # A short paragraph (a mask row, a rule) is not split.
            fresh = self.y <= top + 1e-6
            if room <= 0 or (len(lines) <= KEEP_TOGETHER and room < len(lines) and not fresh):
                self._next_column()
                continue
            here, rest = lines[:room], lines[room:]
            self.y = place_lines(self.dossier, here, page, x, self.y, width, size, bold, color)
            remaining = "\n".join(rest)
            if rest:
                self._next_column()


def fit_legend(legend, width, height):
    """The legend made to fit width × height mm: in two columns, then in
    smaller type, as much as needed. Its size (mm) afterwards, with the
    entries its map's filter keeps."""
    from qgis.core import QgsLegendStyle

    def measure():
        # A legend knows its size only once drawn (QGIS 3.22 learns its
        # symbols' scale and applies the map's filter then): drawn, small.
        legend.attemptResize(QgsLayoutSize(width, 10, MM))
        QgsLayoutExporter(legend.layout()).renderRegionToImage(
            legend.sceneBoundingRect(), QSize(8, 8), 10
        )
        legend.adjustBoxSize()
        return legend.sizeWithUnits()

    size = measure()
    if size.height() > height and legend.columnCount() < 2:
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.setEqualColumnWidth(False)
        size = measure()
    scale = 1.0
    while (size.height() > height or size.width() > width) and scale > 0.5:
        scale *= 0.9
        for style in (
            QgsLegendStyle.Title,
            QgsLegendStyle.Group,
            QgsLegendStyle.Subgroup,
            QgsLegendStyle.SymbolLabel,
        ):
            qfont = legend.rstyle(style).font()
            qfont.setPointSizeF(max(4.5, qfont.pointSizeF() * 0.9))
            legend.rstyle(style).setFont(qfont)
        legend.setSymbolWidth(legend.symbolWidth() * 0.9)
        legend.setSymbolHeight(legend.symbolHeight() * 0.9)
        size = measure()
    return size


def footers(dossier, study, sources_pages=(), sources=""):
    """On every page: the study's name and the date on the left, "page n /
    N" on the right; on the map pages, the sources and licences above."""
    total = dossier.used
    today = datetime.date.today().isoformat()
    for page in range(total):
        number = tr("page {} / {}").format(page + 1, total)
        width = 40.0
        place_lines(
            dossier,
            [number],
            page,
            WIDTH - MARGIN - width,
            FOOTER_Y,
            width,
            FOOTER_SIZE,
            color="#555555",
            align=Qt.AlignRight,
        )
        room = WIDTH - 2 * MARGIN - width - 4
        left = wrap(f"{study} · {today}", room - 2 * LABEL_MARGIN, FOOTER_SIZE)[:1]
        place_lines(dossier, left, page, MARGIN, FOOTER_Y, room, FOOTER_SIZE, color="#555555")
        if page in sources_pages and sources:
            lines = wrap(sources, WIDTH - 2 * MARGIN - 2 * LABEL_MARGIN, SOURCES_SIZE)
            y = FOOTER_Y - 0.5 - block_height(lines, SOURCES_SIZE)
            place_lines(
                dossier, lines, page, MARGIN, y, WIDTH - 2 * MARGIN, SOURCES_SIZE, color="#555555"
            )


def sources_height(sources):
    lines = wrap(sources, WIDTH - 2 * MARGIN - 2 * LABEL_MARGIN, SOURCES_SIZE)
    return block_height(lines, SOURCES_SIZE) + 0.5


def label_cameras(layer):
    """Each camera labelled with its id: the page's own camera (the map's
    variable `dossier_camera`) in bold dark red, the others small and grey."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "camera_id"
    settings.isExpression = False
    settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
    settings.dist = 1.2
    text = QgsTextFormat()
    text.setFont(font(6.5))
    text.setSize(6.5)
    text.setColor(QColor("#444444"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    own = f'"camera_id" = @{PAGE_CAMERA}'
    properties = settings.dataDefinedProperties()
    properties.setProperty(
        QgsPalLayerSettings.Color,
        QgsProperty.fromExpression(f"if({own}, '#8c1d18', '#555555')"),
    )
    properties.setProperty(QgsPalLayerSettings.Bold, QgsProperty.fromExpression(f"{own}"))
    properties.setProperty(
        QgsPalLayerSettings.Size, QgsProperty.fromExpression(f"if({own}, 9, 6.5)")
    )
    properties.setProperty(
        QgsPalLayerSettings.Priority, QgsProperty.fromExpression(f"if({own}, 10, 5)")
    )
    settings.setDataDefinedProperties(properties)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def set_page_camera(map_item, camera_id):
    QgsExpressionContextUtils.setLayoutItemVariable(map_item, PAGE_CAMERA, camera_id)


def highlight_camera(layer, quoted_id):
    """The cameras layer's style XML with the page's camera drawn as the
    style draws it and every other camera faded: a map item's style
    override. (Edited as XML, like only_camera.)"""
    style = QgsMapLayerStyle()
    style.readFromLayer(layer)
    root = ElementTree.fromstring(style.xmlData())
    renderer = root.find(".//renderer-v2[@type='RuleRenderer']")
    if renderer is None:
        return style.xmlData()
    rules = renderer.find("rules")
    symbols = renderer.find("symbols")
    own = ElementTree.Element("rule", {"filter": f'"camera_id" = {quoted_id}', "key": "{own}"})
    others = ElementTree.Element(
        "rule", {"filter": f'coalesce("camera_id" <> {quoted_id}, true)', "key": "{others}"}
    )
    faded = copy.deepcopy(list(rules))
    for child in list(rules):
        rules.remove(child)
        own.append(child)
    for rule in faded:
        for node in rule.iter("rule"):
            node.set("key", "{faded}" + node.get("key", ""))
            if node.get("symbol") is not None:
                node.set("symbol", "faded" + node.get("symbol"))
        others.append(rule)
    if symbols is not None:
        for symbol in list(symbols):
            twin = copy.deepcopy(symbol)
            twin.set("name", "faded" + symbol.get("name"))
            twin.set("alpha", str(float(symbol.get("alpha", "1")) * FADED_ALPHA))
            symbols.append(twin)
    rules.append(others)
    rules.append(own)  # drawn last, over the faded ones
    return ElementTree.tostring(root, encoding="unicode")


GENERIC_NAMES = re.compile(
    r"^(cameras?|caméras?|cams?|output|sortie|layer|couche|points?|surveillance|"
    r"video|vidéo|data|donn[ée]es|export|\d+)$",
    re.IGNORECASE,
)
NAME_FIELDS = ("nom", "name", "nom_commune", "libelle", "NOM", "NAME", "LIBELLE")


def readable(name):
    name = re.sub(r"[_]+", " ", str(name)).strip()
    return name[:1].upper() + name[1:]


def default_title(cameras, named=()):
    """The study's name when none is given: the name of the first feature
    of a layer that has one (the study area, the commune), else the
    cameras layer's name, else its file's or folder's name when the layer
    name says only "cameras"."""
    for layer in named:
        if layer is None:
            continue
        names = layer.fields().names()
        field = next((f for f in NAME_FIELDS if f in names), None)
        if field is None:
            continue
        for feature in layer.getFeatures():
            value = feature[field]
            if value is not None and str(value).strip() and str(value) != "NULL":
                return str(value).strip()
            break
    if cameras is None:
        return ""
    name = cameras.name() or ""
    if name and not GENERIC_NAMES.match(name.strip()):
        return readable(name)
    source = (cameras.source() or "").split("|")[0]
    if source:
        path = Path(source)
        for candidate in (path.stem, path.parent.name):
            if candidate and not GENERIC_NAMES.match(candidate):
                return readable(candidate)
    return readable(name) if name else ""


# A folder path of the machine (POSIX or Windows), ended by a file name:
# not a web address (its slashes follow "https:" or a host name).
FOLDER_PATH = re.compile(
    r"(?<![\w.:/\\])(?:file://)?(?:[A-Za-z]:)?(?:[/\\][^\s/\\<>\"'(),;|]+)+[/\\]"
    r"([^\s/\\<>\"'(),;|]+)"
)


def file_names_only(text):
    """The text with each file path shown by its file name only: a dossier
    handed over does not show the volunteer's folders."""
    return FOLDER_PATH.sub(lambda match: match.group(1), str(text))


BLUE, RED = "#1f3b5a", "#8c1d18"
# The right-hand column of a map page (mm).
COLUMN_X = 190.0
COLUMN_W = WIDTH - COLUMN_X - MARGIN


def heading(dossier, text, page, color=BLUE, size=14.0):
    """The page's band and title (wrapped when long); where the page's
    content may start (mm)."""
    dossier.band(page, color)
    bottom = text_block(dossier, text, page, MARGIN, 10, WIDTH - 2 * MARGIN, size, True, color)
    return max(20.0, bottom + 1.5)


def map_bottom(sources):
    """Where a map page's content stops: above its sources line."""
    return min(CONTENT_BOTTOM, FOOTER_Y - sources_height(sources) - 1.0)


def continuation(dossier, title, color=BLUE):
    """A function giving, each time it is called, a fresh page headed
    `title` and its two columns."""

    def more():
        page = dossier.new_page()
        top = heading(dossier, title, page, color)
        half = (WIDTH - 2 * MARGIN - 8) / 2
        return [
            (page, MARGIN, top, half, CONTENT_BOTTOM),
            (page, MARGIN + half + 8, top, half, CONTENT_BOTTOM),
        ]

    return more


def cover_page(dossier, title, study, tiles, headline, notes, reading):
    """The cover: the dossier's title and the study's name, four tiles
    (value, caption, colour), the headline figures and the notes behind
    them, the legal reading."""
    page = dossier.new_page()
    dossier.band(page)
    y = text_block(dossier, title, page, MARGIN, 14, WIDTH - 2 * MARGIN, 22, True, BLUE)
    if study:
        y = text_block(dossier, study, page, MARGIN, y + 1, WIDTH - 2 * MARGIN, 14, False, BLUE)
    top = y + 4
    width = (WIDTH - 2 * MARGIN - 3 * 6) / 4
    captions = [wrap(caption, width - 6 - 2 * LABEL_MARGIN, 8.5) for _, caption, _ in tiles]
    values = [wrap(value, width - 6 - 2 * LABEL_MARGIN, 18, True) for value, _, _ in tiles]
    value_h = max((block_height(v, 18, True) for v in values), default=0)
    caption_h = max((block_height(c, 8.5) for c in captions), default=0)
    tile_h = value_h + caption_h + 5
    for index, ((_, _, colour), value, caption) in enumerate(zip(tiles, values, captions)):
        x = MARGIN + index * (width + 6)
        dossier.box(page, x, top, width, tile_h, "#eef2f6")
        place_lines(dossier, value, page, x + 3, top + 2, width - 6, 18, True, colour)
        place_lines(dossier, caption, page, x + 3, top + 3 + value_h, width - 6, 8.5)
    top += (tile_h if tiles else 0) + 6
    reading_lines = wrap(reading, WIDTH - 2 * MARGIN - 2 * LABEL_MARGIN, 8)
    reading_y = CONTENT_BOTTOM - block_height(reading_lines, 8)
    more = continuation(dossier, tr("Figures (continued)"))
    left = Flow(dossier, [(page, MARGIN, top, 170, reading_y - 2)], more)
    for line in headline:
        left.paragraph(line, 10, gap=0)
    right = Flow(dossier, [(page, COLUMN_X, top, COLUMN_W, reading_y - 2)], more)
    right.paragraph(tr("Assumptions behind these figures:"), 8, True, "#444444")
    for note in notes:
        right.paragraph(note, 8, color="#444444", gap=1)
    place_lines(
        dossier, reading_lines, page, MARGIN, reading_y, WIDTH - 2 * MARGIN, 8, color="#444444"
    )


def decorate(dossier, page, item):
    """The map's scale bar in its bottom left corner and its north arrow,
    which its labels keep clear of."""
    corner = item.pagePositionWithUnits()
    height = item.sizeWithUnits().height()
    bar, arrow = dossier.decorations(page, item, corner.x() + 2, corner.y() + height - 10)
    item.addLabelBlockingItem(bar)
    item.addLabelBlockingItem(arrow)


def overview_page(dossier, drawn, legend_layers, extent, crs, sources, on_legend=None):
    """The overview: the map on the left, its legend fitted on the right;
    the map item."""
    page = dossier.new_page()
    top = heading(dossier, tr("Overview"), page)
    bottom = map_bottom(sources)
    overview = dossier.map(page, MARGIN, top, 200, bottom - top, drawn, extent, crs)
    decorate(dossier, page, overview)
    legend = dossier.legend(page, overview, legend_layers, 218, top, WIDTH - 218 - MARGIN)
    if on_legend is not None:
        on_legend(legend)
    fit_legend(legend, WIDTH - 218 - MARGIN, bottom - top)
    return overview


def camera_page(dossier, heading_text, drawn, extent, crs, sources, overrides, key_layers):
    """A camera's page: its title, its map (its own view only, its camera
    highlighted), the legend at the foot of the right-hand column; the map
    item and the Flow for its text, which goes on to continuation pages."""
    page = dossier.new_page()
    top = heading(dossier, heading_text, page, RED)
    bottom = map_bottom(sources)
    item = dossier.map(page, MARGIN, top, 170, bottom - top, drawn, extent, crs)
    item.setKeepLayerStyles(True)
    item.setLayerStyleOverrides(overrides)
    decorate(dossier, page, item)
    legend = dossier.legend(page, item, key_layers, COLUMN_X, top, COLUMN_W, False)
    size = fit_legend(legend, COLUMN_W, (bottom - top) * 0.5)
    legend_y = bottom - size.height()
    # Held by its foot, should it be drawn a little smaller.
    legend.setReferencePoint(QgsLayoutItem.LowerLeft)
    legend.attemptMove(QgsLayoutPoint(COLUMN_X, bottom, MM), page=page)
    more = continuation(dossier, tr("{} (continued)").format(heading_text), RED)
    return item, Flow(dossier, [(page, COLUMN_X, top, COLUMN_W, legend_y - 3)], more)


def assumptions_page(dossier, first, second):
    """The assumptions, then the notes, sources and licences, in two
    columns, on as many pages as they need."""
    more = continuation(dossier, tr("Assumptions and sources"))
    flow = Flow(dossier, more(), continuation(dossier, tr("Assumptions and sources (continued)")))
    for line in first:
        flow.paragraph(line, 7.5, gap=0)
    for group in second:
        for index, line in enumerate(group):
            flow.paragraph(line, 7.5, gap=0 if index else 3.0)


def default_view(project, extent, crs):
    """project.qgz opens on the cameras and their views, not on an empty
    map at 1:1 (QGIS uses the default view when the project holds no map
    canvas of its own, as when it was written without QGIS desktop)."""
    from qgis.core import QgsReferencedRectangle

    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))


def pdf_metadata(project, study, title):
    """The PDF's Title is the study's (the dossier's title when none), its
    Author the plugin: never the login of the machine that made it."""
    metadata = project.metadata()
    metadata.setTitle(study or title)
    metadata.setAuthor("camera_coverage (QGIS plugin)")
    metadata.setAbstract(title)
    project.setMetadata(metadata)
