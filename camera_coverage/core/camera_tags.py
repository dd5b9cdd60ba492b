"""Cameras as mappers tag them, turned into the normalised camera fields the
coverage needs. Real tags are messy (compass words, ranges across north,
several cameras on one node), and other tools are known to mistake north
(0 or N) for "no direction": here 0 and N are north, and every value that is
not understood is either a rejection with its reason or an assumption
written in the camera's notes, never a silent guess.

API:
- `normalise(tags, source_ref, base_id, defaults, unreadable_as_all_round,
  convention)` returns a list of `NormalisedCamera` (one per direction tagged
  on the feature) or a `Rejection`.
- `parse_direction(value, convention)` reads one direction value (a tag or a
  field of a non-OSM layer) into `Aim`s; raises `UnreadableDirection`.
- Reasons and notes are `Message`s (code + values, see messages), so
  that the caller shows them in the user's language.

Decisions where the tagging is ambiguous:
- `,` separates values, like `;`: "12,5" is two cameras (12 and 5), never
  12.5 degrees, except in a table written with decimal commas (a French
  CSV: `decimal_comma`), where "45,5" is 45.5 degrees, noted on the camera.
- A number outside 0..360 is brought into one turn (720 is 0, -90 is 270)
  and noted on the camera, so that a volunteer can check the survey.
- A range `a-b` is read clockwise; its midpoint is the direction and its span
  the turning arc `pan_deg`. `a-a` is a fixed direction; `0-360` (ends a
  whole turn apart) is all round. Range ends are unsigned: "-10" is 350, but
  "350--10" is unreadable.
- All round means direction None, fov 360 and pan_deg 0.
- A dome or panning camera is all round unless a direction is tagged; then it
  looks that way with the fixed-camera field of view (`fixed_fov`) and the
  range of its own type.
- Only a `surveillance:type` other than camera/ALPR/ANPR rejects a feature:
  a `man_made=surveillance` node without it, or a feature of a non-OSM layer
  with no tags at all, is a camera.
- The first non-empty tag of each family is the one read (camera:direction,
  direction, surveillance:direction; camera:tilt, camera:angle): an
  unreadable camera:direction is not replaced by a readable direction.
- With `convention="ccw_east"` a range is read counter-clockwise, the way
  that convention turns, and only its midpoint is converted.
"""

from __future__ import annotations

import math
import numbers
import re
import unicodedata
from dataclasses import dataclass
from typing import Mapping

from .csv_columns import parse_number
from .messages import Message
from .osm_tags import is_empty

CONVENTIONS = ("cw_north", "ccw_east")

DIRECTION_TAGS = ("camera:direction", "direction", "surveillance:direction")
# Sign to get degrees below horizontal: camera:tilt is negative down, camera:angle positive.
TILT_TAGS = {"camera:tilt": -1.0, "camera:angle": 1.0}

_CAMERA_SURVEILLANCE_TYPES = {"camera", "alpr", "anpr"}
_CAMERA_TYPE_ALIASES = {"fixed": "fixed", "dome": "dome", "panning": "panning", "ptz": "panning"}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)")
_UNSIGNED = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_DEGREE_SIGN = re.compile(r"\s*[°º]$")
_HEIGHT_UNIT = re.compile(r"\s*(?:m|metres?|meters?|mètres?)\.?$", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"[;,]")
_WORDS = re.compile(r"[a-z]+(?:[\s_-]+[a-z]+)*")


def _compass() -> dict[str, float]:
    """16 compass points by letters (English, and French with O for west)
    and by words (north-north-east, nord-nord-est...), keyed without case,
    accents, spaces or hyphens."""
    points = [
        "N",
        "NNE",
        "NE",
        "ENE",
        "E",
        "ESE",
        "SE",
        "SSE",
        "S",
        "SSW",
        "SW",
        "WSW",
        "W",
        "WNW",
        "NW",
        "NNW",
    ]
    words = {
        "en": {"N": "north", "E": "east", "S": "south", "W": "west"},
        "fr": {"N": "nord", "E": "est", "S": "sud", "W": "ouest"},
    }
    table = {}
    for i, letters in enumerate(points):
        bearing = i * 22.5
        table[letters.lower()] = bearing
        table[letters.replace("W", "O").lower()] = bearing
        for names in words.values():
            table["".join(names[c] for c in letters)] = bearing
    return table


_COMPASS = _compass()


class UnreadableDirection(ValueError):
    """A direction value that is none of the accepted forms."""

    def __init__(self, value: object):
        super().__init__(f"unreadable direction {value!r}")
        self.value = value


@dataclass(frozen=True)
class Aim:
    """Where one camera looks: direction clockwise from north (None = all
    round) and the arc it can turn through."""

    direction: float | None
    pan_deg: float = 0.0
    # The number as written, when it was not already a bearing in 0..360 or
    # was read with a decimal comma: the camera's notes say so.
    written: str | None = None


@dataclass(frozen=True)
class TypeDefaults:
    """Field of view (degrees) and range (metres) for what tags never say."""

    fixed_fov: float = 60.0
    fixed_range: float = 30.0
    dome_range: float = 20.0
    panning_range: float = 50.0
    unknown_fov: float = 60.0
    unknown_range: float = 30.0

    def __post_init__(self):
        for name in ("fixed_fov", "unknown_fov"):
            if not 0 < getattr(self, name) <= 360:
                raise ValueError(f"{name} must be more than 0 and at most 360 degrees")
        for name in ("fixed_range", "dome_range", "panning_range", "unknown_range"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be more than 0 metres")

    def fov(self, camera_type: str) -> float:
        return self.unknown_fov if camera_type == "unknown" else self.fixed_fov

    def range_m(self, camera_type: str) -> float:
        return getattr(self, f"{camera_type}_range")


@dataclass(frozen=True)
class NormalisedCamera:
    """One camera in the plugin's normalised fields, with the source fields a
    volunteer checks and what was assumed (`messages`; `flagged` when the
    assumption replaced an unreadable value)."""

    camera_id: str
    direction: float | None
    fov: float
    range_m: float
    height_m: float | None
    tilt_deg: float | None
    camera_type: str
    pan_deg: float
    source_ref: str
    operator: str | None = None
    operator_type: str | None = None
    surveillance: str | None = None
    surveillance_zone: str | None = None
    camera_mount: str | None = None
    surveillance_type: str | None = None
    alpr: bool = False
    flagged: bool = False
    messages: tuple[Message, ...] = ()

    @property
    def notes(self) -> str:
        """What was assumed, in English; '' when nothing was."""
        return self.notes_in("en")

    def notes_in(self, lang: str) -> str:
        return "; ".join(m.text(lang) for m in self.messages)


@dataclass(frozen=True)
class Rejection:
    """A feature that gives no camera, with the value at fault."""

    source_ref: str
    value: str
    message: Message

    @property
    def reason(self) -> str:
        return self.message.text("en")

    def reason_in(self, lang: str) -> str:
        return self.message.text(lang)


def ccw_east_to_cw_north(angle: float) -> float:
    """A counter-clockwise-from-east angle as a bearing clockwise from north."""
    return _bearing(90.0 - angle)


def _bearing(angle: float) -> float:
    """Angle in [0, 360); float rounding must not give 360."""
    result = angle % 360.0
    return 0.0 if result >= 360.0 else result + 0.0


def _single(part: str, signed: bool) -> float | None:
    """A number of degrees (unbounded), or a compass letter or word, else None."""
    text = _DEGREE_SIGN.sub("", part.strip())
    text = text.replace("\u2212", "-")
    if (_NUMBER if signed else _UNSIGNED).fullmatch(text):
        return float(text)
    key = unicodedata.normalize("NFKD", text)
    key = "".join(c for c in key if not unicodedata.combining(c)).lower()
    if not _WORDS.fullmatch(key):
        return None
    return _COMPASS.get(re.sub(r"[\s_-]+", "", key))


def _range(part: str) -> Aim | None:
    """`a-b` read clockwise; the dash may also be inside a compass word, so
    every dash is tried and exactly one split must read."""
    part = part.replace("\u2013", "-").replace("\u2212", "-")
    readings = []
    for dash in (i for i, c in enumerate(part) if c == "-"):
        start, end = _single(part[:dash], False), _single(part[dash + 1 :], False)
        if start is not None and end is not None:
            readings.append((start, end))
    if len(readings) != 1:
        return None
    start, end = readings[0]
    if start == end:
        return Aim(_bearing(start))
    span = _bearing(end - start)
    if span == 0:
        return Aim(None)
    return Aim(_bearing(start + span / 2), span)


def _aim_of_number(number: float, text: str, decimal_comma: bool) -> Aim:
    changed = not 0 <= number <= 360 or (decimal_comma and "," in text)
    return Aim(_bearing(number), written=text.strip() if changed else None)


def parse_direction(
    value: object, convention: str = "cw_north", decimal_comma: bool = False
) -> tuple[Aim, ...]:
    """The aims in one direction value: () when empty, one per value of a
    `;`/`,` list (`;` only with `decimal_comma`, where `,` is the decimal
    mark). `convention` is how the source counts angles: "cw_north" (OSM,
    degrees clockwise from north) or "ccw_east" (counter-clockwise from
    east); the result is always clockwise from north."""
    if convention not in CONVENTIONS:
        raise ValueError(f"angle convention must be one of {CONVENTIONS}, not {convention!r}")
    if is_empty(value):
        return ()
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise UnreadableDirection(value)
        aims = [_aim_of_number(float(value), f"{value:g}", False)]
    else:
        aims = []
        separator = ";" if decimal_comma else _LIST_SEPARATOR
        for part in re.split(separator, str(value)):
            if not part.strip():
                continue
            text = part.replace(",", ".") if decimal_comma else part
            single = _single(text, True)
            aim = (
                _aim_of_number(single, part, decimal_comma)
                if single is not None
                else _range(text.strip())
            )
            if aim is None:
                raise UnreadableDirection(value)
            aims.append(aim)
    if convention == "ccw_east":
        aims = [
            a
            if a.direction is None
            else Aim(ccw_east_to_cw_north(a.direction), a.pan_deg, a.written)
            for a in aims
        ]
    return tuple(aims)


def _first(tags: Mapping[str, object], names) -> tuple[str, object] | None:
    return next(((n, tags[n]) for n in names if not is_empty(tags.get(n))), None)


def _text(value: object) -> str | None:
    return None if is_empty(value) else str(value).strip()


def _tilt(tags: Mapping[str, object], notes: list) -> float | None:
    found = _first(tags, TILT_TAGS)
    if found is None:
        return None
    tag, value = found
    number = parse_number(_DEGREE_SIGN.sub("", str(value).strip()))
    if number is None:
        notes.append(Message("tilt_unreadable", {"tag": tag, "value": value}))
        return None
    if abs(number) > 90:
        notes.append(Message("tilt_out_of_range", {"tag": tag, "value": value}))
        return None
    return TILT_TAGS[tag] * number + 0.0


def _height(tags: Mapping[str, object], notes: list) -> float | None:
    value = tags.get("height")
    if is_empty(value):
        return None
    number = parse_number(_HEIGHT_UNIT.sub("", str(value).strip()))
    if number is None:
        notes.append(Message("height_unreadable", {"value": value}))
        return None
    if number < 0:
        notes.append(Message("height_negative", {"value": value}))
        return None
    return number


def _tagged_number(tags, tag, default, upper, notes) -> float:
    """A `camera:fov`/`camera:range` value when usable, else the default."""
    value = tags.get(tag)
    if is_empty(value):
        return default
    number = parse_number(value)
    if number is None or not 0 < number <= upper:
        notes.append(Message("value_ignored", {"tag": tag, "value": value, "default": default}))
        return default
    return number


def _camera_type(tags: Mapping[str, object], notes: list) -> str:
    value = _text(tags.get("camera:type"))
    if value is None:
        return "unknown"
    camera_type = _CAMERA_TYPE_ALIASES.get(value.lower())
    if camera_type is None:
        notes.append(Message("camera_type_unknown", {"value": value}))
        return "unknown"
    return camera_type


def _is_alpr(tags: Mapping[str, object]) -> bool:
    text = " ".join(str(tags.get(t, "")) for t in ("surveillance:type", "camera:type")).lower()
    return "alpr" in text or "anpr" in text


def normalise(
    tags: Mapping[str, object],
    source_ref: str,
    base_id: str,
    defaults: TypeDefaults | None = None,
    unreadable_as_all_round: bool = False,
    convention: str = "cw_north",
    decimal_comma: bool = False,
) -> list[NormalisedCamera] | Rejection:
    """The cameras of one feature, ids `base_id` or `base_id-1`, `-2`... when
    the feature holds several, or the reason it gives none. Tag values may be
    text or numbers (fields of a non-OSM layer); empty values are absent."""
    defaults = defaults or TypeDefaults()
    surveillance_type = _text(tags.get("surveillance:type"))
    if surveillance_type is not None and not _CAMERA_SURVEILLANCE_TYPES.intersection(
        p.strip().lower() for p in surveillance_type.split(";")
    ):
        return Rejection(
            source_ref, surveillance_type, Message("not_a_camera", {"value": surveillance_type})
        )

    notes: list[Message] = []
    flagged = False
    camera_type = _camera_type(tags, notes)
    found = _first(tags, DIRECTION_TAGS)
    aims: tuple[Aim, ...] = (Aim(None),)
    if found is not None:
        tag, value = found
        try:
            aims = parse_direction(value, convention, decimal_comma)
        except UnreadableDirection:
            params = {"tag": tag, "value": value}
            if not unreadable_as_all_round:
                return Rejection(source_ref, str(value), Message("direction_unreadable", params))
            notes.append(Message("direction_unreadable_all_round", params))
            flagged = True
    elif camera_type in ("fixed", "unknown"):
        notes.append(Message("no_direction_all_round"))

    tilt = _tilt(tags, notes)
    height = _height(tags, notes)
    fov = _tagged_number(tags, "camera:fov", defaults.fov(camera_type), 360.0, notes)
    range_m = _tagged_number(tags, "camera:range", defaults.range_m(camera_type), math.inf, notes)
    common = {
        "range_m": range_m,
        "height_m": height,
        "tilt_deg": tilt,
        "camera_type": camera_type,
        "source_ref": source_ref,
        "operator": _text(tags.get("operator")),
        # OSM operator:type (private, business, public...): who runs it, L251-2.
        "operator_type": _text(tags.get("operator:type") or tags.get("operator_type")),
        "surveillance": _text(tags.get("surveillance")),
        "surveillance_zone": _text(tags.get("surveillance:zone")),
        "camera_mount": _text(tags.get("camera:mount")),
        "surveillance_type": surveillance_type,
        "alpr": _is_alpr(tags),
        "flagged": flagged,
        "messages": tuple(notes),
    }
    return [
        NormalisedCamera(
            camera_id=base_id if len(aims) == 1 else f"{base_id}-{i}",
            direction=aim.direction,
            fov=360.0 if aim.direction is None else fov,
            pan_deg=aim.pan_deg,
            **{**common, "messages": common["messages"] + _written_note(found, aim)},
        )
        for i, aim in enumerate(aims, start=1)
    ]


def _written_note(found, aim: Aim) -> tuple[Message, ...]:
    """ "direction 720 read as 0°": a value brought into one turn, or read
    with a decimal comma, said on the camera."""
    if aim.written is None or aim.direction is None:
        return ()
    bearing = f"{aim.direction:g}"
    params = {"tag": found[0], "value": aim.written, "bearing": bearing}
    return (Message("direction_read_as", {**params, "bearing_fr": bearing.replace(".", ",")}),)
