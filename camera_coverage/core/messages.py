"""Plain-words texts the core writes into data (flag reasons, rejections,
import notes), in English and French: the core cannot use Qt's tr(), so it
keeps a code and its values, and the text is made in the user's language
only where it is shown."""

from dataclasses import dataclass, field
from typing import Mapping

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
    "not_surveillance": {
        "en": "not a surveillance feature (no man_made=surveillance nor surveillance tag)",
        "fr": "pas un élément de surveillance (ni man_made=surveillance, ni balise surveillance)",
    },
    "coordinates_unreadable": {
        "en": "coordinates {x_field}='{x}', {y_field}='{y}' are not numbers",
        "fr": "coordonnées {x_field}=« {x} », {y_field}=« {y} » : ce ne sont pas des nombres",
    },
    "not_a_point": {
        "en": "geometry is a {kind}, not a point: convert it to points first",
        "fr": "la géométrie est de type {kind}, pas un point : convertissez-la d'abord en points",
    },
    "tags_unreadable": {
        "en": "other_tags cannot be read: {error}",
        "fr": "other_tags illisible : {error}",
    },
    "reject_pan": {
        "en": "turning span {value}° must be between 0 and 360 degrees",
        "fr": "amplitude de rotation {value}° : elle doit être comprise entre 0 et 360 degrés",
    },
    "not_a_camera": {
        "en": "surveillance:type={value} is not a camera",
        "fr": "surveillance:type={value} n'est pas une caméra",
    },
    "direction_unreadable": {
        "en": "{tag} '{value}' is not a number of degrees, a compass point (N, NNE...) "
        "or a range a-b",
        "fr": "{tag} « {value} » n'est ni un nombre de degrés, ni un point cardinal "
        "(N, NNE…), ni une plage a-b",
    },
    "direction_unreadable_all_round": {
        "en": "{tag} '{value}' is unreadable: treated as all round",
        "fr": "{tag} « {value} » est illisible : vue tout autour supposée",
    },
    "no_direction_all_round": {
        "en": "no direction: treated as all round",
        "fr": "pas de direction : vue tout autour supposée",
    },
    "camera_type_unknown": {
        "en": "camera:type '{value}' is not fixed, dome or panning: treated as unknown",
        "fr": "camera:type « {value} » n'est ni fixed, ni dome, ni panning : type inconnu",
    },
    "tilt_unreadable": {
        "en": "{tag} '{value}' is not a number of degrees: tilt unknown",
        "fr": "{tag} « {value} » n'est pas un nombre de degrés : inclinaison inconnue",
    },
    "tilt_out_of_range": {
        "en": "{tag} '{value}' is beyond 90 degrees up or down: tilt unknown",
        "fr": "{tag} « {value} » dépasse 90 degrés vers le haut ou le bas : inclinaison inconnue",
    },
    "height_unreadable": {
        "en": "height '{value}' is not a height in metres: height unknown",
        "fr": "height « {value} » n'est pas une hauteur en mètres : hauteur inconnue",
    },
    "height_negative": {
        "en": "height '{value}' is negative: height unknown",
        "fr": "height « {value} » est négative : hauteur inconnue",
    },
    "value_ignored": {
        "en": "{tag} '{value}' is not a usable number: default {default} used",
        "fr": "{tag} « {value} » n'est pas un nombre utilisable : valeur par défaut "
        "{default} utilisée",
    },
    # Plans (plancheck): verdict reasons and notes.
    "plan_living_in_hours": {
        "en": "films {area} m² of {zone} during opening hours",
        "fr": "filme {area} m² {of_zone} pendant les heures d'ouverture",
    },
    "plan_never": {
        "en": "films {area} m² of {zone}, a place that must never be filmed",
        "fr": "filme {area} m² {of_zone}, lieu qui ne doit jamais être filmé",
    },
    "plan_ident": {
        "en": "{area} m² of it close enough to identify people",
        "fr": "dont {area} m² assez près pour identifier les personnes",
    },
    "plan_outside": {
        "en": "takes in {area} m² beyond the perimeter ({pct} % of its view), more than "
        "the {tolerance_m2} m² and {tolerance_pct} % tolerated: mask it",
        "fr": "voit {area} m² hors de l'enceinte ({pct} % de sa vue), au-delà des "
        "{tolerance_m2} m² et {tolerance_pct} % tolérés : à masquer",
    },
    "plan_outside_tolerated": {
        "en": "takes in {area} m² beyond the perimeter ({pct} % of its view), within the tolerance",
        "fr": "voit {area} m² hors de l'enceinte ({pct} % de sa vue), dans la tolérance",
    },
    "plan_allowed": {
        "en": "films only what it may at its schedule: {zones}",
        "fr": "ne filme que ce qu'elle peut filmer à son horaire : {zones}",
    },
    "plan_nothing": {
        "en": "sees no zone of the plan",
        "fr": "ne voit aucune zone du plan",
    },
    "plan_unknown_zones": {
        "en": "sees {area} m² of zones of unknown type ({values}): give them a zone_type",
        "fr": "voit {area} m² de zones de type inconnu ({values}) : donnez-leur un zone_type",
    },
    "plan_no_direction": {
        "en": "no direction: judged as seeing all round",
        "fr": "pas de direction : jugée comme voyant tout autour",
    },
    "plan_outside_perimeter": {
        "en": "stands outside the perimeter",
        "fr": "placée hors de l'enceinte",
    },
    "plan_no_perimeter": {
        "en": "The perimeter layer has no polygon with an area: draw the establishment's outline.",
        "fr": "La couche de l'enceinte n'a aucun polygone d'une surface non nulle : dessinez le "
        "contour de l'établissement.",
    },
    "plan_schedule_unknown": {
        "en": "schedule '{value}' is not always or outside_opening_hours: taken as always",
        "fr": "horaire « {value} » n'est ni always ni outside_opening_hours : pris comme "
        "always (en permanence)",
    },
}


def text(code, lang, **params):
    """The message `code` in `lang` ("fr", "fr_FR"...; English when the
    language has no text)."""
    entry = CATALOGUE[code]
    return entry.get(lang[:2].lower(), entry["en"]).format_map(params)


@dataclass(frozen=True)
class Message:
    """A reason or an assumption, kept as code and values until shown."""

    code: str
    params: Mapping = field(default_factory=dict, hash=False)

    def text(self, lang="en"):
        return text(self.code, lang, **self.params)


def number(value, lang, decimals=None):
    """A figure as a reader of that language writes it: 1 234,5 in French."""
    if decimals is None:
        decimals = 0 if abs(value) >= 10 else 1
    formatted = f"{value:,.{decimals}f}"
    if lang == "fr":
        formatted = formatted.replace(",", "\u202f").replace(".", ",")
    return formatted
