"""Plain-words texts the core writes into data (flag reasons, report), in
English and French: the core cannot use Qt's tr(), and a volunteer's
dossier must read in the language of their QGIS."""

LANGUAGES = ("en", "fr")

CATALOGUE = {
    "flag_private": {
        "en": "sees {area} m² of {count} private parcel(s): {ids}",
        "fr": "voit {area} m² de {count} parcelle(s) privée(s) : {ids}",
    },
    "flag_within_tolerance": {
        "en": "sees {area} m² of private land, within the {tolerance} m² tolerance",
        "fr": "voit {area} m² de terrain privé, sous la tolérance de {tolerance} m²",
    },
    "flag_public_only": {
        "en": "sees only public domain",
        "fr": "ne voit que le domaine public",
    },
    "reject_no_geometry": {
        "en": "no location (empty geometry): give the camera a point",
        "fr": "pas d'emplacement (géométrie vide) : donnez un point à la caméra",
    },
    "reject_multipoint": {
        "en": "{count} points in one feature: split the multipoint into single cameras",
        "fr": "{count} points dans une entité : séparez le multipoint en caméras",
    },
    "reject_direction": {
        "en": "direction {value} is not a number of degrees",
        "fr": "direction {value} n'est pas un nombre de degrés",
    },
    "reject_fov": {
        "en": "field of view {value}° must be more than 0 and at most 360 degrees",
        "fr": "champ de vision {value}° : il doit être compris entre 0 (exclu) et 360 degrés",
    },
    "reject_range": {
        "en": "range {value} m must be more than 0 and at most {max} m (check the unit)",
        "fr": "portée {value} m : elle doit être comprise entre 0 (exclu) et {max} m "
        "(vérifiez l'unité)",
    },
    "reject_pan": {
        "en": "turning span {value}° must be between 0 and 360 degrees",
        "fr": "amplitude de rotation {value}° : elle doit être comprise entre 0 et 360 degrés",
    },
}


def text(code, lang, **params):
    """The message `code` in `lang` (English when the language is unknown)."""
    entry = CATALOGUE[code]
    return entry.get(lang, entry["en"]).format(**params)


def number(value, lang, decimals=None):
    """A figure as a reader of that language writes it: 1 234,5 in French."""
    if decimals is None:
        decimals = 0 if abs(value) >= 10 else 1
    formatted = f"{value:,.{decimals}f}"
    if lang == "fr":
        formatted = formatted.replace(",", "\u202f").replace(".", ",")
    return formatted
