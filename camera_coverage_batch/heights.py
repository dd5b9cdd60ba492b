"""Building heights in the batch, read as the plugin reads them, so that the
same cameras and buildings give the same private areas in QGIS and here.

`prepare` reads each buildings file's height field with the core's own
functions (camera_coverage.core.heights: `hauteur`, `height`, `HAUTEUR`,
else `building:levels` × 3 m, or the field `--building-height-field`
names) and keeps one float column of metres, NaN where unknown, in the
partitions; the manifest records where the heights came from and how many
are unknown, which the run's log, its summary and the report repeat. A
region prepared before heights were read has no such column: its buildings
hide everything behind them, as in 2D, and the run says so."""

import numpy as np

from camera_coverage.core.heights import LEVELS_FIELD, METRE_FIELDS, building_heights, height_fields

from .inputs import InputError

HEIGHT_COLUMN = "height_m"
DEFAULT_FIELDS = ", ".join([*METRE_FIELDS, LEVELS_FIELD])


def fields_to_read(path, fields, chosen):
    """The fields a buildings file's heights are read from: `chosen` (the
    option's field, which the file must have), else the plugin's defaults
    among `fields`."""
    if chosen and chosen not in fields:
        raise InputError(
            f"{path}: no field {chosen} (--building-height-field); its fields: "
            f"{', '.join(fields) or 'none'}."
        )
    return [chosen] if chosen else height_fields(fields)


def heights_of(frame, fields, chosen):
    """(height in metres per row of `frame`, NaN where unknown; how many are
    unknown), read from `fields` as the plugin does."""
    if not fields:
        return np.full(len(frame), np.nan), len(frame)
    heights, _, unknown = building_heights({name: frame[name].tolist() for name in fields}, chosen)
    return heights, unknown


def region_heights(manifest):
    """What a prepared region knows of its buildings' heights: the fields
    read (in the order met, comma-separated), how many buildings and how
    many without a usable height, and whether the region has heights at all
    (False: prepared before the batch read them)."""
    buildings = int(manifest["rows"].get("buildings", 0))
    read = manifest.get("building_heights")
    if read is None:
        return {
            "prepared_with_heights": False,
            "fields": "",
            "buildings": buildings,
            "unknown": buildings,
        }
    fields = []
    for source in read["files"]:
        fields += [f for f in source["fields"].split(", ") if f and f not in fields]
    return {
        "prepared_with_heights": True,
        "fields": ", ".join(fields),
        "buildings": buildings,
        "unknown": int(read["unknown"]),
    }


def heights_sentences(heights, prepared, cameras=0, cameras_without_height=0):
    """The log's lines on building heights (and, where some are known, on
    the `cameras` audited of which `cameras_without_height` have no
    height_m), worded as the plugin's log."""
    if not heights["buildings"]:
        return []
    if not heights["prepared_with_heights"]:
        return [
            f"{prepared} was prepared before the batch read building heights: every building "
            "hides everything behind it, as in 2D; prepare it again to read their heights "
            f"({DEFAULT_FIELDS} or --building-height-field)."
        ]
    if not heights["fields"]:
        return [
            f"The buildings have no height field ({DEFAULT_FIELDS}): every building hides "
            "everything behind it, as in 2D."
        ]
    levels = LEVELS_FIELD in heights["fields"].split(", ")
    levels = " (building:levels: 3 m a storey)" if levels else ""
    lines = [f"Heights of the buildings read from {heights['fields']}{levels}."]
    if heights["unknown"]:
        lines.append(
            f"{heights['unknown']} of {heights['buildings']} buildings have no usable height: "
            "they hide everything behind them, as in 2D."
        )
    if cameras_without_height and heights["unknown"] < heights["buildings"]:
        lines.append(
            f"{cameras_without_height} of {cameras} cameras have no height (height_m): from "
            "them every building hides everything behind it, as in 2D."
        )
    return lines
