"""What coverageaudit writes of the legal reading: the per-camera legal
fields, the masks layer (ground polygon, bearings from true north, share of
the view, image outline), the pieces with their class and owners, and the
report's lines on owners, study area, dwellings, operators and signs."""

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.exposure import UNPARCELLED
from ..core.heights import STOREY_M
from ..core.land import CLOSING_M
from ..core.masks import MASK_GAP_DEG, MASK_MIN_AREA_M2
from ..core.messages import plain
from ..core.storeys import storeys_text
from ..translation import tr, user_language
from .exposure_output import PIECE_FIELDS, write_layer

OUTPUT_MASKS = "OUTPUT_MASKS"
MASK_MIN_AREA = "MASK_MIN_AREA_M2"
LEGAL_FIELDS = (
    ("unknown_m2", QVariant.Double),
    ("flag_rules", QVariant.String),
    ("dwelling_facade_m", QVariant.Double),
    ("dwellings_seen", QVariant.Int),
    ("dwelling_ids", QVariant.String),
    ("dwelling_facade_ident_m", QVariant.Double),
    ("dwelling_facade_recog_m", QVariant.Double),
    ("dwelling_floors_seen", QVariant.String),
    ("possible_dwellings_seen", QVariant.Int),
    ("possible_dwelling_facade_m", QVariant.Double),
    ("entrance_seen", QVariant.Bool),
    ("entrance_ids", QVariant.String),
    ("private_operator", QVariant.Bool),
    ("private_operator_public_m2", QVariant.Double),
    ("sign_distance_m", QVariant.Double),
    ("masked_share", QVariant.Double),
    ("mostly_masked", QVariant.Bool),
)
MASK_FIELDS = (
    ("camera_id", QVariant.String),
    ("kind", QVariant.String),
    ("area_m2", QVariant.Double),
    ("from_deg", QVariant.Double),
    ("to_deg", QVariant.Double),
    ("share_of_view", QVariant.Double),
    ("image_outline", QVariant.String),
    ("mostly_masked", QVariant.Bool),
)
LEGAL_PIECE_FIELDS = (
    *PIECE_FIELDS,
    ("owner_group", QVariant.String),
    ("owner_name", QVariant.String),
)
IDS_IN_FIELD = 20


def add_masks_output(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(
            OUTPUT_MASKS,
            tr(
                "Masks to apply (per flagged camera: zone, bearings from true north, image outline)"
            ),
            QgsProcessing.TypeVectorPolygon,
            optional=True,
            createByDefault=True,
        )
    )
    add_mask_min_area(algorithm)


MASK_MAX_SLIVER_M2 = 10.0


def add_mask_min_area(algorithm):
    """MASK_MIN_AREA_M2 (advanced): pieces of a zone to mask smaller than
    this are slivers, given no mask."""
    parameter = QgsProcessingParameterNumber(
        MASK_MIN_AREA,
        tr("Pieces of a zone to mask smaller than this are slivers, given no mask (m²)"),
        QgsProcessingParameterNumber.Double,
        defaultValue=MASK_MIN_AREA_M2,
        minValue=0.0,
        # Above a few m² a piece is no sliver: 1e308 left a camera "masking
        # required" with no mask to configure.
        maxValue=MASK_MAX_SLIVER_M2,
    )
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    algorithm.addParameter(parameter)


def mask_min_area(algorithm, parameters, context):
    return algorithm.parameterAsDouble(parameters, MASK_MIN_AREA, context)


def _joined(ids):
    shown = ", ".join(str(i) for i in ids[:IDS_IN_FIELD])
    return shown + (", …" if len(ids) > IDS_IN_FIELD else "")


def legal_rows(legal):
    """LEGAL_FIELDS values per camera."""
    d, masks = legal.dwellings, legal.masks
    mostly_masked = masks.mostly_masked
    return [
        [
            float(legal.unknown_m2[i]),
            ",".join(legal.flag_rules[i]),
            float(d.facade_m[i]),
            len(d.dwellings[i]),
            _joined(legal.dwelling_ids[i]),
            float(d.facade_ident_m[i]),
            float(d.facade_recog_m[i]),
            storeys_text(legal.dwelling_storeys[i]),
            len(d.possible[i]),
            float(d.possible_facade_m[i]),
            bool(d.entrance_seen[i]),
            _joined(legal.entrance_ids[i]),
            bool(legal.private_operator[i]),
            float(legal.operator_public_m2[i]),
            None if np.isnan(legal.sign_distance_m[i]) else float(legal.sign_distance_m[i]),
            float(masks.masked_share[i]),
            bool(mostly_masked[i]),
        ]
        for i in range(len(legal.unknown_m2))
    ]


def with_legal_figures(rows, legal, undetermined):
    """Audit rows (AUDIT_FIELDS order) with the legal reading's public area,
    masking flag and reason; the flag stays NULL where the audit could not
    tell (no cadastre within reach) and no rule requires masking."""
    out = []
    for i, row in enumerate(rows):
        row = list(row)
        row[2] = float(legal.public_m2[i])
        required = bool(legal.masking_required[i])
        row[5] = None if undetermined[i] and not required else required
        row[6] = legal.flag_reason[i]
        out.append(row)
    return out


def write_masks(algorithm, parameters, context, feedback, crs_id, masks, camera_ids, precision=6):
    """OUTPUT_MASKS from core Masks (the audit's and the plan check's):
    picture outlines as WKT to `precision` decimals; the log says how many
    masks, and how many slivers were given none."""
    if not parameters.get(OUTPUT_MASKS):
        return None
    log_masks(feedback, masks, mask_min_area(algorithm, parameters, context))
    mostly_masked = masks.mostly_masked
    outlines = shapely.to_wkt(masks.image_outline, rounding_precision=precision)
    rows = [
        [
            camera_ids[c],
            kind,
            float(area),
            float(start),
            float(end),
            float(share),
            None if outline is None or outline.endswith("EMPTY") else outline,
            bool(mostly_masked[c]),
        ]
        for c, kind, area, start, end, share, outline in zip(
            masks.camera,
            masks.kind,
            masks.area_m2,
            masks.from_deg,
            masks.to_deg,
            masks.share_of_view,
            outlines,
        )
    ]
    return write_layer(
        algorithm,
        parameters,
        OUTPUT_MASKS,
        context,
        feedback,
        MASK_FIELDS,
        QgsWkbTypes.MultiPolygon,
        crs_id,
        masks.geometry,
        rows,
        multi=True,
    )


def _measure(measure):
    """What a camera's masked_share is a share of, in words."""
    return {
        "ground": tr("of the ground it sees"),
        "angle": tr("of its horizontal angle of view"),
    }.get(measure, tr("of its picture"))


def log_masks(feedback, masks, min_area_m2):
    """How many masks for how many cameras, what a mask spans, and the
    slivers dropped."""
    feedback.pushInfo(
        tr(
            "{} masks for {} cameras, one per contiguous span of bearings: pieces of a zone "
            "more than {}° apart are separate masks, so that no mask blanks ground that "
            "needs none."
        ).format(len(masks), len(np.unique(masks.camera)), f"{MASK_GAP_DEG:g}")
    )
    feedback.pushInfo(
        tr(
            "A mask's share_of_view is the part of the horizontal angle its bearings span; a "
            "camera's masked_share is the part of its picture (else of the ground it sees) "
            "that all its masks take together, counted once: a mask across the whole width "
            "but only in the distance spans all the angle and little of the picture."
        )
    )
    slivers = int(masks.slivers.sum())
    if slivers:
        feedback.pushInfo(
            tr(
                "{} slivers smaller than {} m² ({} m² in all, on {} cameras) were given no "
                "mask (MASK_MIN_AREA_M2)."
            ).format(
                slivers,
                f"{min_area_m2:g}",
                f"{float(masks.sliver_m2.sum()):.2f}",
                int((masks.slivers > 0).sum()),
            )
        )


def write_legal_pieces(
    algorithm,
    parameters,
    name,
    context,
    feedback,
    crs_id,
    pieces,
    legal,
    camera_ids,
    parcel_ids,
    owners,
):
    """The pieces layer with each piece's class (public, private, unknown)
    and, from the owners table, its parcel's owner group and names."""
    if pieces is None:
        return None
    pieces, classes = legal.classify_pieces(pieces)
    rows = []
    for c, p, kind, area in zip(pieces.camera, pieces.parcel, classes, pieces.area_m2):
        parcel = p != UNPARCELLED
        rows.append(
            [
                camera_ids[c],
                parcel_ids[p] if parcel else None,
                kind,
                float(area),
                (owners.owner_group[p] or None) if parcel and owners else None,
                (owners.owner_name[p] or None) if parcel and owners else None,
            ]
        )
    return write_layer(
        algorithm,
        parameters,
        name,
        context,
        feedback,
        LEGAL_PIECE_FIELDS,
        QgsWkbTypes.MultiPolygon,
        crs_id,
        pieces.geometry,
        rows,
        multi=True,
    )


def legal_assumptions(land, layers, legal, public_by_expression, public_by_owners):
    """(label, value) pairs for the report's assumptions."""
    owners = land.owners
    both = int((public_by_expression & public_by_owners).sum())
    items = [
        (
            tr("Parcels made public by the public expression / by their owners / by both"),
            f"{int(public_by_expression.sum())} / {int(public_by_owners.sum())} / {both}",
        ),
        (tr("Owner groups counted as public"), ", ".join(str(g) for g in land.public_groups)),
    ]
    if owners is not None:
        items.append(
            (
                tr("Owner rows: on loaded parcels / duplicates / on other parcels / unusable"),
                f"{owners.rows_matched} / {owners.duplicates} / {owners.rows_unmatched} / "
                f"{owners.rows_unusable}",
            )
        )
    items.append(
        (
            tr("Study area"),
            tr("given: {}").format(land.study_area_source)
            if legal.study_area_given
            else tr(
                "the ground the parcels span, streets included (closing of their union by "
                "{} m); coverage beyond it is unknown_m2, neither public nor private"
            ).format(plain(CLOSING_M, user_language())),
        )
    )
    if layers.buildings is not None:
        items.append((tr("Dwellings"), layers.dwelling_rule))
        items.append(
            (
                tr("Storeys of dwellings in the picture"),
                tr(
                    "{} m each, 0 the ground floor; a storey is filmed when part of it, over a "
                    "seen dwelling façade, is in the picture; known for cameras with height, "
                    "tilt and a fixed direction, and buildings with a height"
                ).format(plain(STOREY_M, user_language())),
            )
        )
    items.append(
        (
            tr("Entrances"),
            tr("entrance points within {} m of visible ground").format(
                plain(layers.entrance_radius_m, user_language())
            )
            if layers.entrances is not None
            else tr("no entrance layer: a dwelling façade seen on the public domain may hold one"),
        )
    )
    if legal.entrances_far:
        items.append(
            (
                tr("Entrances farther than 2 m from any building (counted as dwelling entrances)"),
                ", ".join(layers.entrance_ids[i] for i in legal.entrances_far[:10]),
            )
        )
    items.append((tr("Private operators"), layers.operator_rule))
    items.append(
        (
            tr("Immediate surroundings a private operator may film"),
            f"{plain(layers.surroundings_m, user_language())} m",
        )
    )
    if layers.signs is not None:
        items.append(
            (tr("Information signs within"), f"{plain(layers.sign_distance_m, user_language())} m")
        )
    return items


def legal_report(land, layers, legal, public_by_expression, public_by_owners, camera_ids):
    """(assumptions, rules cited, call-outs, sources) for the report."""
    items = legal_assumptions(land, layers, legal, public_by_expression, public_by_owners)
    callouts = [
        (
            camera_ids[i],
            tr(
                "the camera would be mostly masked ({:.0f} % {}, all its masks together); its "
                "placement should be reconsidered"
            ).format(100 * legal.masks.masked_share[i], _measure(legal.masks.masked_measure[i])),
        )
        for i in np.flatnonzero(legal.masks.mostly_masked)
    ]
    sources = []
    if land.owners is not None:
        sources.append((tr("Owners"), land.owners_source))
    if land.study_area is not None:
        sources.append((tr("Study area"), land.study_area_source))
    return items, legal.rules, callouts, sources


def log_legal(feedback, legal, camera_ids, entrance_ids=None):
    """The legal reading's figures in the log."""
    d = legal.dwellings
    feedback.pushInfo(
        tr(
            "{} cameras see dwelling façades, {} see an entrance, {} private operators "
            "film the public road beyond their surroundings, {} cameras see ground beyond "
            "the study area, {} would be mostly masked."
        ).format(
            int((d.facade_m > 0).sum()),
            int(d.entrance_seen.sum()),
            int(sum("L251-2-OPERATOR" in codes for codes in legal.flag_rules)),
            int((legal.unknown_m2 > 0).sum()),
            int(legal.masks.mostly_masked.sum()),
        )
    )
    if legal.entrances_far:
        feedback.pushWarning(
            tr(
                "{} entrances stand farther than 2 m from any building; they are counted as "
                "dwelling entrances. Check them: {}"
            ).format(
                len(legal.entrances_far),
                ", ".join(
                    entrance_ids[i] if entrance_ids else str(i) for i in legal.entrances_far[:10]
                ),
            )
        )
