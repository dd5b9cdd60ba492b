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
    # Bad input (issue 8): every case ends in a reason or a refusal, never a
    # clean-looking wrong figure.
    "reject_height": {
        "en": "height {value} m must be more than 0 and at most {max} m (check the unit)",
        "fr": "hauteur {value} m : elle doit être comprise entre 0 (exclu) et {max} m "
        "(vérifiez l'unité)",
    },
    "reject_tilt": {
        "en": "tilt {value}° must lie between -90 (straight up) and 90 (straight down) "
        "degrees below the horizontal",
        "fr": "inclinaison {value}° : elle doit être comprise entre -90 (vers le haut) et "
        "90 (vers le bas) degrés sous l'horizontale",
    },
    "reject_vfov": {
        "en": "vertical field of view {value}° must be more than 0 and less than 180 degrees",
        "fr": "champ de vision vertical {value}° : il doit être compris entre 0 et 180 "
        "degrés (exclus)",
    },
    "reject_resolution": {
        "en": "horizontal resolution {value} px must be more than 0",
        "fr": "résolution horizontale {value} px : elle doit être positive",
    },
    "reject_lens": {
        "en": "sensor width {width} mm and focal length {focal} mm must both be more than 0",
        "fr": "largeur de capteur {width} mm et focale {focal} mm : elles doivent être positives",
    },
    "sees_nothing_ground": {
        "en": "sees nothing: the view never reaches the ground within its reach "
        "(it meets the ground {near} m away, its reach is {reach} m; check height, tilt "
        "and range)",
        "fr": "ne voit rien : la vue n'atteint jamais le sol dans sa portée "
        "(elle touche le sol à {near} m, sa portée est de {reach} m ; vérifiez hauteur, "
        "inclinaison et portée)",
    },
    "sees_nothing_buildings": {
        "en": "sees nothing: buildings hide its whole view (check its position and direction)",
        "fr": "ne voit rien : des bâtiments masquent toute sa vue (vérifiez sa position et "
        "sa direction)",
    },
    "sees_nothing": {
        "en": "sees nothing: its coverage is empty",
        "fr": "ne voit rien : sa couverture est vide",
    },
    "beyond_cadastre": {
        "en": "not audited: no parcel lies within its reach ({reach} m), so the cadastre "
        "given does not cover this place and public and private land cannot be told "
        "apart; add the parcels of this area",
        "fr": "non audité : aucune parcelle dans sa portée ({reach} m), le cadastre fourni "
        "ne couvre donc pas ce lieu et le domaine public ne peut pas être distingué du "
        "terrain privé ; ajoutez les parcelles de ce secteur",
    },
    "sees_nothing_sky": {
        "en": "sees nothing: the view never reaches the ground (it points above the horizon; "
        "check the tilt)",
        "fr": "ne voit rien : la vue n'atteint jamais le sol (elle vise au-dessus de "
        "l'horizon ; vérifiez l'inclinaison)",
    },
    "beyond_cadastre_coverage": {
        "en": "not audited: no parcel touches its coverage, so the cadastre given does not "
        "cover this place and public and private land cannot be told apart; add the "
        "parcels of this area",
        "fr": "non audité : aucune parcelle ne touche sa couverture, le cadastre fourni ne "
        "couvre donc pas ce lieu et le domaine public ne peut pas être distingué du "
        "terrain privé ; ajoutez les parcelles de ce secteur",
    },
    "no_usable_camera": {
        "en": "No usable camera: all {count} cameras were rejected: {reasons}",
        "fr": "Aucune caméra utilisable : les {count} caméras ont été rejetées : {reasons}",
    },
    "coordinates_not_in_crs": {
        "en": "The {layer} layer's coordinates do not fit its CRS {crs}: {example} lies "
        "outside the area where that CRS is defined. The layer probably has no CRS or a "
        "wrong one (a GeoJSON without its crs member is read as EPSG:4326, a GeoPackage "
        "with srs_id 0 has none). Set the right CRS: Layer Properties > Source > "
        "Assigned coordinate reference system, or the Assign projection algorithm "
        "(Lambert-93 is EPSG:2154).",
        "fr": "Les coordonnées de la couche {layer} ne correspondent pas à son SCR {crs} : "
        "{example} est hors de la zone où ce SCR est défini. La couche n'a probablement "
        "pas de SCR, ou un mauvais (un GeoJSON sans membre crs est lu en EPSG:4326, un "
        "GeoPackage avec srs_id 0 n'en a pas). Définissez le bon SCR : Propriétés de la "
        "couche > Source > Système de coordonnées de référence assigné, ou l'algorithme "
        "Assigner une projection (Lambert-93 est EPSG:2154).",
    },
    "cameras_far_apart": {
        "en": "The cameras spread over {extent}: too far apart for one metric CRS (areas "
        "would be off by more than {percent} %). {count} camera(s) lie far from the "
        "others: {ids}. Audit them separately (select each group of nearby cameras).",
        "fr": "Les caméras s'étendent sur {extent} : trop éloignées pour un seul SCR "
        "métrique (surfaces fausses de plus de {percent} %). {count} caméra(s) loin "
        "des autres : {ids}. Auditez-les séparément (sélectionnez chaque groupe de caméras "
        "proches).",
    },
    "layer_cameras": {"en": "camera", "fr": "des caméras"},
    "layer_parcels": {"en": "parcel", "fr": "des parcelles"},
    "layer_buildings": {"en": "building", "fr": "des bâtiments"},
    "layer_coverage": {"en": "coverage", "fr": "de couverture"},
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
