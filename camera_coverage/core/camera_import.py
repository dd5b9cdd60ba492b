"""One input feature, whatever its source, to normalised cameras or one
rejection: OGR's OSM layers (tags in `other_tags`), Overpass GeoJSON
(`@id`), QuickOSM layers (tags as fields) and plain tables (a city's open
data, a survey) with fields named by the user. Every feature gives either
cameras or a rejection, so that imported + rejected = input."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .camera_tags import DIRECTION_TAGS, Rejection, TypeDefaults, normalise
from .csv_columns import parse_number
from .messages import Message
from .north import to_true
from .osm_tags import geojson_tags, is_empty, merge_tags

SURVEILLANCE_PREFIXES = ("surveillance", "camera:")


@dataclass(frozen=True)
class ImportOptions:
    """What the user told the importer; empty names mean "use the tags"."""

    defaults: TypeDefaults = field(default_factory=TypeDefaults)
    id_field: str = ""
    direction_field: str = ""
    type_field: str = ""
    height_field: str = ""
    convention: str = "cw_north"
    unreadable_as_all_round: bool = False
    # "grid": the direction field holds angles from the layer's grid north.
    direction_north: str = "true"
    # A table written with decimal commas (a French CSV): "45,5" is 45.5°.
    decimal_comma: bool = False

    @property
    def reads_grid_angles(self):
        """Angles counted from east are map angles, measured on the layer's
        grid; so are a direction field's when the user says so. Tags from
        OpenStreetMap are compass bearings already."""
        return self.convention == "ccw_east" or (
            self.direction_north == "grid" and bool(self.direction_field)
        )


def to_true_north(cameras, x, y, crs):
    """The cameras of one feature at (x, y) in `crs`, their grid directions
    turned to bearings from true north (all-round cameras unchanged)."""
    return [
        camera
        if camera.direction is None
        else replace(camera, direction=float(to_true([camera.direction], [x], [y], crs)[0]))
        for camera in cameras
    ]


# A table's own camera ids, when the user names no id field: a city's or a
# survey's list has its numbering (the plugin's own layers use camera_id).
ID_COLUMNS = ("camera_id", "id", "identifiant", "numero", "ref")


def id_column(field_names):
    """The first column named like a camera id (any case), or ''."""
    by_key = {name.strip().lower(): name for name in field_names}
    return next((by_key[key] for key in ID_COLUMNS if key in by_key), "")


def source_kind(field_names):
    """'ogr_osm', 'overpass', 'quickosm' or 'table', from the field names."""
    names = set(field_names)
    if "other_tags" in names:
        return "ogr_osm"
    if "@id" in names or "tags" in names:
        return "overpass"
    if "osm_id" in names and ("man_made" in names or "osm_type" in names):
        return "quickosm"
    return "table"


def _tags_and_ref(kind, row, feature_id):
    if kind == "ogr_osm":
        tags = merge_tags(row, row.get("other_tags"))
        osm_id = tags.pop("osm_id", None)
        return tags, f"node/{osm_id}" if osm_id else f"fid/{feature_id}"
    if kind == "overpass":
        return geojson_tags(row, f"fid/{feature_id}")
    tags = {k: v for k, v in row.items() if not is_empty(v)}
    if kind == "quickosm":
        osm_type = tags.pop("osm_type", "node")
        return tags, f"{osm_type}/{tags.pop('osm_id')}"
    return tags, f"fid/{feature_id}"


def _is_surveillance(tags):
    return tags.get("man_made") == "surveillance" or any(
        key.startswith(SURVEILLANCE_PREFIXES) for key in tags
    )


TYPE_DEFAULTED = (("fov", "camera:fov"), ("range_m", "camera:range"))


def import_feature(kind, row, feature_id, options):
    """The cameras of one feature (a list) or its Rejection, and the names of
    the values that came from the per-type defaults (no tag gave them)."""
    try:
        tags, ref = _tags_and_ref(kind, row, feature_id)
    except ValueError as error:
        return Rejection(
            f"fid/{feature_id}",
            str(row.get("other_tags")),
            Message("tags_unreadable", {"error": str(error)}),
        ), ()
    if kind != "table" and not _is_surveillance(tags):
        return Rejection(ref, "", Message("not_surveillance")), ()
    if options.direction_field:
        for tag in DIRECTION_TAGS:
            tags.pop(tag, None)
    for name, tag in (
        (options.direction_field, "camera:direction"),
        (options.type_field, "camera:type"),
        (options.height_field, "height"),
    ):
        if name and not is_empty(row.get(name)):
            tags[tag] = row[name]
    base_id = row.get(options.id_field) if options.id_field else None
    base_id = ref if is_empty(base_id) else str(base_id)
    cameras = normalise(
        tags,
        ref,
        base_id,
        options.defaults,
        options.unreadable_as_all_round,
        options.convention,
        options.decimal_comma and kind == "table",
    )
    return cameras, tuple(name for name, tag in TYPE_DEFAULTED if is_empty(tags.get(tag)))


def table_point(row, x_field, y_field, geographic=False):
    """(x, y) from two text or number columns (decimal commas allowed), or
    the rejection message; in longitude and latitude, a point off the globe
    (|longitude| > 180 or |latitude| > 90) is rejected, not imported."""
    x, y = parse_number(row.get(x_field)), parse_number(row.get(y_field))
    if x is None or y is None:
        return None, Message(
            "coordinates_unreadable",
            {"x_field": x_field, "y_field": y_field, "x": row.get(x_field), "y": row.get(y_field)},
        )
    if geographic and not (-180 <= x <= 180 and -90 <= y <= 90):
        return None, Message(
            "coordinates_off_the_globe",
            {"x_field": x_field, "y_field": y_field, "x": row.get(x_field), "y": row.get(y_field)},
        )
    return (x, y), None


def written_with_decimal_commas(row, x_field, y_field):
    """True when the row's coordinates are text with a decimal comma ("2,35"):
    a French table, whose other numbers ("45,5") take the comma too."""
    return any(
        isinstance(row.get(name), str)
        and "," in row[name]
        and "." not in row[name]
        and parse_number(row[name]) is not None
        for name in (x_field, y_field)
    )
