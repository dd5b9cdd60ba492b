"""How a school's camera plan is drawn, in one place for the QML styles
(scripts/make_styles.py), the dossier's maps and its web map: the colour of
each verdict, the zone groups (what the CNIL allows there) with their
colours, and the labels of verdicts, zone types and groups in the reader's
language. Plain Python (no QGIS): labels come from the core's FR/EN tables."""

from ..core.plans import (
    CIRCULATION,
    COMPLIANT,
    INCOMPLETE,
    INTIMATE,
    LIVING,
    MASKING,
    NOT_COMPLIANT,
    STAFF_REST,
    VERDICTS,
    ZONE_TYPES,
    label,
    zone_code,
)

VERDICT_COLOURS = {
    COMPLIANT: "#1a9641",
    MASKING: "#fd8d3c",
    NOT_COMPLIANT: "#d7191c",
    INCOMPLETE: "#7b3294",
}
NO_VERDICT_COLOUR = "#888888"

# Zone groups, drawn by what a camera may film there: (codes, colour,
# English label, French label). Zones of no known type are "unknown".
ZONE_GROUPS = {
    "circulation": (
        CIRCULATION,
        "#a6d96a",
        "Entrances and circulation (may be filmed)",
        "Entrées et circulations (peuvent être filmées)",
    ),
    "living": (
        LIVING,
        "#fee08b",
        "Living spaces (not during opening hours)",
        "Lieux de vie (pas pendant les heures d'ouverture)",
    ),
    "intimate": (
        INTIMATE,
        "#c2a5cf",
        "Toilets and changing rooms (never filmed)",
        "Toilettes et vestiaires (jamais filmés)",
    ),
    "staff_rest": (
        STAFF_REST,
        "#f1b6da",
        "Staff room (never filmed)",
        "Salle des professeurs (jamais filmée)",
    ),
    "other": (frozenset(("other",)), "#e0e0e0", "Other zones", "Autres zones"),
}
UNKNOWN_ZONE = (
    "#ffffff",
    "Zone of unknown type (plan to complete)",
    "Zone de type inconnu (plan à compléter)",
)
PERIMETER = ("#1f3b5a", "Establishment's perimeter", "Enceinte de l'établissement")
WALLS = ("#3d3d3d", "Walls", "Murs")
# What each camera sees, by its verdict.
VIEW_LABELS = {
    COMPLIANT: ("View of a compliant camera", "Vue d'une caméra conforme"),
    MASKING: ("View of a camera to mask", "Vue d'une caméra à masquer"),
    NOT_COMPLIANT: ("View of a camera not compliant", "Vue d'une caméra non conforme"),
    INCOMPLETE: ("View of a camera, plan to complete", "Vue d'une caméra, plan à compléter"),
}


def pick(en, fr, lang):
    return fr if lang[:2] == "fr" else en


def verdict_label(code, lang):
    """ "Non conforme": the verdict as a legend or a popup shows it; an
    unknown code as it is."""
    if code not in VERDICTS:
        return "" if code is None else str(code)
    text = label(VERDICTS, code, lang)
    return text[:1].upper() + text[1:]


def zone_label(value, lang):
    """A zone_type value (code or label, either language) as the type's
    label in `lang`; the value itself when it is no known type."""
    code = zone_code(value)
    return label(ZONE_TYPES, code, lang) if code else ("" if value is None else str(value))


def zone_group(value):
    """The group of a zone_type value, "unknown" when it is no known type."""
    code = zone_code(value)
    for name, (codes, *_rest) in ZONE_GROUPS.items():
        if code in codes:
            return name
    return "unknown"


def zone_values(codes):
    """Every spelling zone_code accepts for these codes, lower case: the
    code and both labels (for an expression on lower(trim("zone_type")))."""
    values = []
    for code in sorted(codes):
        en, fr = ZONE_TYPES[code]
        values += [code, en.lower(), fr.lower()]
    return list(dict.fromkeys(values))
