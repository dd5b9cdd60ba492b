"""What the dossier says about what was audited, in people's words: the
overview framed on the study area with every camera counted in its legend
(those not audited drawn apart), the cover's cameras tile that states the
cameras given but not audited beside those audited, and the masks' kinds
in the reader's language."""

from collections import Counter

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsLayerTreeModelLegendNode,
    QgsMapLayerLegendUtils,
    QgsRectangle,
)

from ..core.messages import number
from ..translation import tr
from .layout import padded

NOT_AUDITED_CODES = ("cameras_beyond_cadastre", "cameras_rejected")


def framed(frame, extent):
    """The overview's extent: the study area's bounds (xmin, ymin, xmax,
    ymax) with a margin when given, else `extent` (cameras and views)."""
    if frame is None:
        return extent
    return padded(QgsRectangle(*frame), 0.05)


def rule_counts(layer):
    """Rule key -> number of features drawn by that rule (the first rule
    that matches a feature, an ELSE rule taking what none matched), for a
    rule-based renderer whose rules are one level deep; {} otherwise."""
    renderer = layer.renderer()
    if renderer is None or not hasattr(renderer, "rootRule"):
        return {}
    rules = renderer.rootRule().children()
    tests = [(rule.ruleKey(), QgsExpression(rule.filterExpression())) for rule in rules]
    otherwise = [rule.ruleKey() for rule in rules if rule.isElse()]
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    counts = Counter()
    for feature in layer.getFeatures():
        context.setFeature(feature)
        for key, test in tests:
            if key in otherwise:
                continue
            if not test.expression() or test.evaluate(context):
                counts[key] += 1
                break
        else:
            for key in otherwise:
                counts[key] += 1
    return dict(counts)


def counted_legend(legend, cameras):
    """The cameras' legend entries with their number of cameras in the
    whole layer (not only those in the map's frame), so that the cameras
    not audited, drawn grey, are counted where they are drawn."""
    counts = rule_counts(cameras)
    if not counts:
        return legend
    model = legend.model()
    for node in model.rootGroup().findLayers():
        if node.layer() is None or node.layer().id() != cameras.id():
            continue
        for index, item in enumerate(model.layerOriginalLegendNodes(node)):
            key = item.data(QgsLayerTreeModelLegendNode.RuleKeyRole)
            if key in counts:
                label = item.data(0)
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(
                    node, index, f"{label} ({counts[key]})"
                )
        model.refreshLayerLegend(node)
    legend.adjustBoxSize()
    return legend


def tile_label(figure, tiles, lang):
    """A cover tile's caption: the cameras audited tile states beside them
    the cameras given but not audited."""
    if figure.code != "cameras_audited":
        return figure.label
    others = sum(tiles[code].value for code in NOT_AUDITED_CODES if code in tiles)
    if not others:
        return figure.label
    return tr("{} ({} more given, not audited)").format(figure.label, number(others, lang, 0))


def mask_kind_labels():
    return {
        "private_land": tr("Private land"),
        "dwelling_facade": tr("Dwelling façade"),
        "entrance": tr("Dwelling entrance"),
        "public_domain": tr("Public domain beyond the operator's surroundings"),
        # A school's plan: what a camera takes in beyond the perimeter.
        "outside_perimeter": tr("Beyond the establishment's perimeter"),
    }


def mask_kind_label(kind, lang):
    """A mask's kind as people read it: the audit's kinds, else a plan's
    zone type, else the code itself."""
    if kind is None or (hasattr(kind, "isNull") and kind.isNull()):
        return ""
    label = mask_kind_labels().get(str(kind))
    if label is None:
        from ..core.plans import ZONE_TYPES

        names = ZONE_TYPES.get(str(kind))
        label = (names[1] if lang == "fr" else names[0]) if names else str(kind)
    return label
