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
    "flag_owners": {
        "en": " (owners: {owners})",
        "fr": " (propriétaires : {owners})",
    },
    "flag_dwelling": {
        "en": "sees {length} m of dwelling façade of {count} dwelling(s): {ids}",
        "fr": "voit {length} m de façade d'habitation de {count} logement(s) : {ids}",
    },
    "flag_entrance": {
        "en": "sees {count} dwelling entrance(s): {ids}",
        "fr": "voit {count} entrée(s) d'habitation : {ids}",
    },
    "flag_entrance_facade": {
        "en": "sees the street façade of {count} dwelling(s), where their entrances "
        "open onto the public domain: {ids}",
        "fr": "voit la façade sur rue de {count} logement(s), où leurs entrées donnent "
        "sur le domaine public : {ids}",
    },
    "flag_cnil_residential": {
        "en": "{recog} m of dwelling façade within recognition distance, {ident} m "
        "within identification distance",
        "fr": "{recog} m de façade d'habitation à distance de reconnaissance, {ident} m "
        "à distance d'identification",
    },
    "flag_operator": {
        "en": "private operator filming {area} m² of public domain farther than {surroundings} m "
        "from its premises",
        "fr": "opérateur privé qui filme {area} m² de domaine public à plus de {surroundings} m "
        "de ses locaux",
    },
    "flag_no_sign_at_all": {
        "en": "no information sign surveyed",
        "fr": "aucun panneau d'information relevé",
    },
    "flag_sign_far": {
        "en": "nearest information sign ({sign}) is {distance} m from the ground filmed, "
        "more than {max} m",
        "fr": "le panneau d'information le plus proche ({sign}) est à {distance} m du sol "
        "filmé, plus de {max} m",
    },
    "flag_sign_unnamed": {
        "en": "the nearest information sign ({sign}) does not name the operator",
        "fr": "le panneau d'information le plus proche ({sign}) ne nomme pas l'opérateur",
    },
    "note_unknown": {
        "en": "{area} m² of its view lies beyond the study area (no parcel data): "
        "neither public nor private is known there",
        "fr": "{area} m² de sa vue sont hors de la zone d'étude (pas de données "
        "cadastrales) : ni public ni privé n'y est connu",
    },
    "note_possible_dwellings": {
        "en": "also sees {length} m of façade of {count} building(s) of unknown use, "
        "possibly dwellings: {ids}",
        "fr": "voit aussi {length} m de façade de {count} bâtiment(s) d'usage inconnu, "
        "peut-être des habitations : {ids}",
    },
    "note_mostly_masked": {
        "en": "the camera would be mostly masked ({share} % {measure}, all its masks "
        "together); its placement should be reconsidered",
        "fr": "la caméra serait en majeure partie masquée ({share} % {measure}, tous ses "
        "masques ensemble) ; son implantation devrait être reconsidérée",
    },
    # What a camera's masked share is a share of (a mask's own share_of_view
    # is always the part of the horizontal angle its bearings span).
    "masked_of_picture": {"en": "of its picture", "fr": "de son image"},
    "masked_of_ground": {"en": "of the ground it sees", "fr": "du sol qu'elle voit"},
    "masked_of_angle": {
        "en": "of its horizontal angle of view",
        "fr": "de son angle de vue horizontal",
    },
    "study_area_no_camera": {
        "en": "none of the {count} cameras stands in the study area: check that the study "
        "area is the right layer (the commune of these cameras) and that its CRS is set right",
        "fr": "aucune des {count} caméras ne se trouve dans la zone d'étude : vérifiez que la "
        "zone d'étude est la bonne couche (la commune de ces caméras) et que son SCR est juste",
    },
    "study_area_empty": {
        "en": "the study area has no polygon with an area (nor do the parcels): give the "
        "commune's outline, or parcels",
        "fr": "la zone d'étude n'a aucun polygone ayant une surface (ni les parcelles) : donnez "
        "le contour de la commune, ou des parcelles",
    },
    "owner_no_commune": {
        "en": "owner row {row}: no département or commune code ({reference})",
        "fr": "ligne de propriétaire {row} : pas de code département ou commune ({reference})",
    },
    "owner_bad_commune": {
        "en": "owner row {row}: département and commune codes do not make an INSEE code "
        "({reference})",
        "fr": "ligne de propriétaire {row} : les codes département et commune ne forment pas "
        "un code INSEE ({reference})",
    },
    "owner_bad_section": {
        "en": "owner row {row}: section is not 1 or 2 letters or digits ({reference})",
        "fr": "ligne de propriétaire {row} : la section n'a pas 1 ou 2 lettres ou chiffres "
        "({reference})",
    },
    "owner_bad_plan": {
        "en": "owner row {row}: plan number is not a number from 1 to 9999 ({reference})",
        "fr": "ligne de propriétaire {row} : le n° de plan n'est pas un nombre de 1 à 9999 "
        "({reference})",
    },
    "owner_bad_group": {
        "en": "owner row {row}: group '{value}' is not a digit from 0 to 9",
        "fr": "ligne de propriétaire {row} : le groupe « {value} » n'est pas un chiffre de 0 à 9",
    },
    "owner_no_id": {
        "en": "owner row {row}: no parcel id",
        "fr": "ligne de propriétaire {row} : pas d'identifiant de parcelle",
    },
    "reject_no_geometry": {
        "en": "no location (empty geometry): give the camera a point",
        "fr": "pas d'emplacement (géométrie vide) : donnez un point à la caméra",
    },
    "reject_multipoint": {
        "en": "{count} points in one feature: split the multipoint into single cameras",
        "fr": "{count} points dans une entité : séparez le multipoint en caméras",
    },
    "reject_not_a_number": {
        "en": "{field} '{value}' is not a number: correct it, or import the layer with "
        "Import cameras (which reads compass points and ranges)",
        "fr": "{field} « {value} » n'est pas un nombre : corrigez-le, ou importez la couche "
        "avec Importer des caméras (qui lit les points cardinaux et les plages)",
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
    "coordinates_off_the_globe": {
        "en": "coordinates {x_field}='{x}', {y_field}='{y}' are off the globe (longitude "
        "-180..180, latitude -90..90): check the columns and the CRS",
        "fr": "coordonnées {x_field}=« {x} », {y_field}=« {y} » hors du globe (longitude "
        "-180..180, latitude -90..90) : vérifiez les colonnes et le SCR",
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
    "direction_read_as": {
        "en": "{tag} '{value}' read as {bearing}° clockwise from north",
        "fr": "{tag} « {value} » lu comme {bearing_fr}° dans le sens horaire depuis le nord",
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
    "beyond_study_area": {
        "en": "not audited: it sees no ground of the study area, so public and private "
        "land cannot be told apart; check the study area, or widen it",
        "fr": "non audité : elle ne voit aucun terrain de la zone d'étude, le domaine public "
        "ne peut donc pas être distingué du terrain privé ; vérifiez la zone d'étude, ou "
        "élargissez-la",
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
        "fr": "voit {area} m² de zones de type inconnu ({values}) : donnez-leur un type de zone",
    },
    "plan_no_type": {"en": "no type", "fr": "sans type"},
    "plan_unzoned": {
        "en": "sees {area} m² inside the perimeter that no zone of a known type describes "
        "({pct} % of its view): the plan must be completed (draw and type the zones there) "
        "before this camera can be judged",
        "fr": "voit {area} m² dans l'enceinte qu'aucune zone d'un type connu ne décrit "
        "({pct} % de sa vue) : le plan doit être complété (dessiner les zones de cet "
        "endroit et leur donner un type) avant de pouvoir juger cette caméra",
    },
    "plan_indoor_no_walls": {
        "en": "stands inside a building and no walls were given: what it films indoors "
        "(a room, a corridor, toilets) cannot be known, and the building's floor is never "
        "counted as seen; give the floor plan's walls (WALLS) before this camera can be "
        "judged",
        "fr": "se trouve à l'intérieur d'un bâtiment et aucun mur n'a été fourni : ce "
        "qu'elle filme à l'intérieur (une salle, un couloir, des toilettes) ne peut être "
        "connu, et le sol du bâtiment n'est jamais compté comme vu ; fournissez les murs "
        "du plan (WALLS) avant de pouvoir juger cette caméra",
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
        "fr": "horaire « {value} » illisible (ni « en permanence » ni « hors des heures "
        "d'ouverture seulement ») : pris comme en permanence",
    },
    "dem_too_fine": {
        "en": "The elevation model's cells ({cell} m) are too fine for a camera that sees "
        "{reach} m: {cells} cells to judge for it alone. Resample the DEM to coarser "
        "cells first (Raster > Projections > Warp, resolution 0.5 or 1 m).",
        "fr": "Les cellules du modèle numérique de terrain ({cell} m) sont trop fines pour "
        "une caméra qui voit à {reach} m : {cells} cellules à juger pour elle seule. "
        "Rééchantillonnez d'abord le MNT en cellules plus grandes (Raster > Projections > "
        "Projection, résolution 0,5 ou 1 m).",
    },
    "dem_not_metric": {
        "en": "The elevation model (DEM) is not in a CRS projected in metres: reproject it "
        "first (Raster > Projections > Warp), to Lambert-93 in metropolitan France.",
        "fr": "Le modèle numérique de terrain (MNT) n'est pas dans un SCR projeté en mètres : "
        "reprojetez-le d'abord (Raster > Projections > Projection), en Lambert-93 en France "
        "métropolitaine.",
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


def plain(value, lang):
    """A setting as written (shortest form, like "{:g}"), with a decimal
    comma in French: 1.5 m is "1,5 m"."""
    formatted = f"{float(value):g}"
    return formatted.replace(".", ",") if lang == "fr" else formatted
