"""The per-camera table's columns as people read them: in French, each
field of the audited cameras gets a French header in cameras.csv (the
values stay as written: numbers, oui/non, the rule codes beside the reason
that says them in words). In English the field names stay, as scripts
read them."""

from ..translation import tr


def column_labels():
    """Field name -> header for a person (the audit's camera fields)."""
    return {
        "camera_id": tr("Camera"),
        "covered_m2": tr("Ground seen (m²)"),
        "public_m2": tr("Public domain seen (m²)"),
        "private_m2": tr("Private land seen (m²)"),
        "private_pct": tr("Share of the view on private land (%)"),
        "masking_required": tr("Masking required"),
        "flag_reason": tr("Why"),
        "unknown_m2": tr("Land of unknown status seen (m²)"),
        "flag_rules": tr("Rules cited (codes)"),
        "dwelling_facade_m": tr("Dwelling façades seen (m)"),
        "dwellings_seen": tr("Dwellings seen"),
        "dwelling_ids": tr("Dwellings seen (ids)"),
        "dwelling_facade_ident_m": tr("Dwelling façades within identification distance (m)"),
        "dwelling_facade_recog_m": tr("Dwelling façades within recognition distance (m)"),
        "dwelling_floors_seen": tr("Storeys of dwellings in the picture (0: ground floor)"),
        "possible_dwellings_seen": tr("Buildings of unknown use seen (possibly dwellings)"),
        "possible_dwelling_facade_m": tr("Façades of buildings of unknown use seen (m)"),
        "entrance_seen": tr("Dwelling entrance seen"),
        "entrance_ids": tr("Entrances seen (ids)"),
        "private_operator": tr("Private operator"),
        "private_operator_public_m2": tr("Public domain a private operator films (m²)"),
        "sign_distance_m": tr("Distance to the nearest information sign (m)"),
        "masked_share": tr("Share of the view to mask"),
        "mostly_masked": tr("Mostly masked"),
        "direction": tr("Direction (° from true north)"),
        "fov": tr("Field of view (°)"),
        "range_m": tr("Range (m)"),
        "private_ident_m2": tr("Private land where people are identifiable (m²)"),
        "private_recog_m2": tr("Private land where people are recognisable (m²)"),
        "private_observ_m2": tr("Private land where people can be observed (m²)"),
        "private_detect_m2": tr("Private land where people can be detected (m²)"),
        "blind_m": tr("Blind zone under the camera, up to (m)"),
        "reach_m": tr("Reach of the view (m)"),
        "ident_m": tr("Identification distance (m)"),
        "recog_m": tr("Recognition distance (m)"),
        "observ_m": tr("Observation distance (m)"),
        "detect_m": tr("Detection distance (m)"),
    }


def csv_header(names, lang):
    """The header row of cameras.csv: field names in English, people's
    words in French (a field without a label keeps its name)."""
    if lang != "fr":
        return list(names)
    labels = column_labels()
    return [labels.get(name, name) for name in names]
