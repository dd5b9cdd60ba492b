"""A lycée's camera implantation plan judged against the CNIL's rules for
schools: which zones each camera sees, whether it may film them at its
schedule, how much it takes in beyond the establishment's perimeter, and a
verdict with the rules it rests on and one sentence of evidence.

The CNIL: entrances, exits and circulation areas may be filmed; the places
where pupils and staff live their day may not during opening hours (a camera
that records only outside them may cover them); toilets, changing rooms and
the staff's rest room never; a camera at the entrance may take in only a
little of the public road, anything more must be masked.
"""

from dataclasses import dataclass, field

import numpy as np
import shapely

from .audit import MAX_LENS_HFOV, camera_coverage
from .dori import level_sectors
from .geometry import polygonal, repair_polygons, union_per_group
from .masks import MASK_MIN_AREA_M2, camera_masks
from .messages import number, text
from .optics import vfov_from_hfov
from .progress import NullProgress, ScaledProgress
from .visibility import standing_inside
from .working_crs import reproject

# Codes (stored in the data, English) and their labels (en, fr).
ZONE_TYPES = {
    "entrance": ("Entrance", "Entrée"),
    "exit": ("Exit", "Sortie"),
    "corridor": ("Corridor", "Couloir"),
    "hall": ("Hall", "Hall"),
    "stairs": ("Stairs", "Escalier"),
    "car_park": ("Car park", "Parking"),
    "perimeter_fence": ("Perimeter fence", "Clôture d'enceinte"),
    "playground": ("Playground", "Cour de récréation"),
    "covered_yard": ("Covered yard", "Préau"),
    "classroom": ("Classroom", "Salle de classe"),
    "canteen": ("Canteen", "Cantine"),
    "common_room": ("Common room", "Foyer des élèves"),
    "study_room": ("Study room", "Salle d'étude"),
    "sports_ground": ("Sports ground", "Terrain de sport"),
    "staff_room": ("Staff room", "Salle des professeurs"),
    "toilets": ("Toilets", "Toilettes"),
    "changing_room": ("Changing room", "Vestiaire"),
    "other": ("Other", "Autre"),
}
CIRCULATION = frozenset(
    ("entrance", "exit", "corridor", "hall", "stairs", "car_park", "perimeter_fence")
)
LIVING = frozenset(
    (
        "playground",
        "covered_yard",
        "classroom",
        "canteen",
        "common_room",
        "study_room",
        "sports_ground",
    )
)
INTIMATE = frozenset(("toilets", "changing_room"))
STAFF_REST = frozenset(("staff_room",))
ENTRANCES = frozenset(("entrance", "exit"))

ALWAYS = "always"
OUTSIDE_HOURS = "outside_opening_hours"
SCHEDULES = {
    ALWAYS: ("Always", "En permanence"),
    OUTSIDE_HOURS: ("Outside opening hours only", "Hors des heures d'ouverture seulement"),
}
CAMERA_TYPES = {
    "fixed": ("Fixed", "Fixe"),
    "dome": ("Dome (sees all round)", "Dôme, caméra à boule (voit tout autour)"),
    "panning": ("Panning (PTZ)", "Orientable (PTZ)"),
    "unknown": ("Unknown", "Inconnu"),
}
# The fields of a plan's layers as newplan creates them, with their labels.
FIELD_LABELS = {
    "camera_id": ("Camera id", "Identifiant de la caméra"),
    "direction": (
        "Direction (degrees from north, empty = all round)",
        "Direction (degrés depuis le nord, vide = tout autour)",
    ),
    "fov": ("Field of view (degrees)", "Champ de vision (degrés)"),
    "range_m": ("Range (m)", "Portée (m)"),
    "height_m": ("Mounting height (m)", "Hauteur de pose (m)"),
    "tilt_deg": ("Tilt below horizontal (degrees)", "Inclinaison sous l'horizontale (degrés)"),
    "camera_type": ("Camera type", "Type de caméra"),
    "source_ref": ("Source (plan page, document)", "Source (page du plan, document)"),
    "schedule": ("Records", "Enregistre"),
    "room": ("Room", "Local"),
    "h_resolution": ("Horizontal resolution (pixels)", "Résolution horizontale (pixels)"),
    "name": ("Name", "Nom"),
    "zone_type": ("Zone type", "Type de zone"),
    "note": ("Note", "Remarque"),
}
COMPLIANT, MASKING, NOT_COMPLIANT = "compliant", "masking_required", "not_compliant"
# A camera seeing ground of the perimeter that no zone of a known type covers.
INCOMPLETE = "incomplete_plan"
VERDICTS = {
    COMPLIANT: ("compliant", "conforme"),
    MASKING: ("masking required", "masquage requis"),
    NOT_COMPLIANT: ("not compliant", "non conforme"),
    INCOMPLETE: ("plan to complete", "plan à compléter"),
}
# Less than this of a zone is drawing noise (a view grazing a wall line).
NOISE_M2 = 0.1
# A camera that sees more than max(UNZONED_MIN_M2, UNZONED_MIN_SHARE of its
# view) of ground inside the perimeter that no zone of a known type
# describes cannot be judged: its plan is to complete.
UNZONED_MIN_M2 = 1.0
UNZONED_MIN_SHARE = 0.01
# The class of that ground in the seen pieces (zone_type).
UNZONED = "unzoned"
OUTSIDE = -1
# A seen piece inside the perimeter and in no zone at all.
NO_ZONE = -2
EMPTY = shapely.from_wkt("POLYGON EMPTY")


def label(table, code, lang):
    """The label of `code` in `table` in the reader's language."""
    return table[code][1 if lang[:2] == "fr" else 0]


def _lookup(table):
    """Code, English label and French label, any case, to the code."""
    found = {}
    for code, labels in table.items():
        for name in (code, *labels):
            found[name.strip().lower()] = code
    return found


_ZONES = _lookup(ZONE_TYPES)
_SCHEDULES = _lookup(SCHEDULES)


def zone_code(value):
    """A zone_type value (code or label, French or English) as its code;
    None when it is empty or not a known type."""
    return None if value is None else _ZONES.get(str(value).strip().lower())


def schedule_code(value):
    """(code, known): an unreadable or empty schedule is taken as always,
    the strict reading, and said so."""
    code = None if value is None else _SCHEDULES.get(str(value).strip().lower())
    return (code, True) if code else (ALWAYS, False)


def strictness(zone):
    """How strict the rule of a zone type is, whatever the schedule: where
    zones overlap, the stricter one holds (toilets drawn inside a
    classroom are toilets). A type unknown counts least: any known type
    describes the ground better."""
    if zone in INTIMATE:
        return 4
    if zone in STAFF_REST:
        return 3
    if zone in LIVING:
        return 2
    if zone in CIRCULATION:
        return 1
    return 0 if zone in ZONE_TYPES else -1


def own_ground(zones, zone_types, perimeter):
    """Each zone's own ground inside the perimeter, so that no ground is
    counted twice: where zones overlap it goes to the zone whose rule is
    stricter (the first drawn when both are as strict). Returns the zones'
    own ground and the overlaps of zones of different known types, as
    (stricter zone, other zone, shared m²) index pairs."""
    zone_types = np.asarray(zone_types, dtype=object)
    rank = np.array([strictness(t) for t in zone_types], dtype=int)
    with np.errstate(invalid="ignore"):
        inside = polygonal(shapely.intersection(zones, perimeter))
    if len(zones) == 0:
        return inside, []
    weaker, stronger = shapely.STRtree(zones).query(zones, predicate="intersects")
    outranked = (rank[stronger] > rank[weaker]) | (
        (rank[stronger] == rank[weaker]) & (stronger < weaker)
    )
    weaker, stronger = weaker[outranked], stronger[outranked]
    taken = union_per_group(len(zones), weaker, zones[stronger])
    with np.errstate(invalid="ignore"):
        own = polygonal(shapely.difference(inside, taken))
        shared = shapely.area(polygonal(shapely.intersection(inside[weaker], zones[stronger])))
    differ = (
        (rank[weaker] >= 0) & (zone_types[weaker] != zone_types[stronger]) & (shared > NOISE_M2)
    )
    overlaps = [
        (int(s), int(w), float(a))
        for s, w, a in zip(stronger[differ], weaker[differ], shared[differ])
    ]
    return own, overlaps


def zone_rule(zone, schedule):
    """The rule that forbids a camera at `schedule` to film a zone of type
    `zone`, or None when it may (or when the type says nothing)."""
    if zone in INTIMATE:
        return "CNIL-SCHOOL-INTIMACY"
    if zone in STAFF_REST:
        return "CNIL-WORK-REST"
    if zone in LIVING and schedule != OUTSIDE_HOURS:
        return "CNIL-SCHOOL-LIVING"
    return None


@dataclass
class PlanSettings:
    """How much of the world beyond the perimeter a camera may take in
    before masking is required: masking is required when it takes in more
    than both (an entrance camera sees mostly street, so the share alone
    would condemn it; a wide view, so the area alone would)."""

    road_tolerance_m2: float = 20.0
    road_tolerance_pct: float = 10.0
    lang: str = "en"


@dataclass
class Seen:
    """One row per piece a camera sees: of a zone (`zone` its index), of
    the perimeter in no zone (`zone` NO_ZONE), or beyond the perimeter
    (`zone` OUTSIDE); `zone_type` UNZONED and `allowed` None where no zone
    of a known type describes the ground. A camera's pieces do not overlap
    and add up to its view."""

    camera: np.ndarray
    zone: np.ndarray
    zone_type: np.ndarray
    allowed: np.ndarray
    geometry: np.ndarray
    area_m2: np.ndarray


@dataclass
class PlanCheck:
    """Per camera (in the order of the cameras given), the figures, the
    verdict, its rules and its evidence; the pieces; the plan's figures."""

    covered_m2: np.ndarray
    outside_m2: np.ndarray
    outside_pct: np.ndarray
    forbidden_m2: np.ndarray
    forbidden_ident_m2: np.ndarray
    unknown_m2: np.ndarray
    # Seen inside the perimeter, in no zone of a known type.
    unzoned_m2: np.ndarray
    type_m2: dict
    outside_geometry: np.ndarray
    inside_perimeter: np.ndarray
    # Takes in more beyond the perimeter than tolerated: that part is masked.
    masking_required: np.ndarray
    verdict: list
    verdict_rules: list
    verdict_reason: list
    notes: list
    seen: Seen
    figures: dict = field(default_factory=dict)
    # Zones of different types that overlap: (stricter zone, other zone,
    # shared m²), zone indices as given.
    overlaps: list = field(default_factory=list)
    # Zones and perimeter parts drawn invalid (a self-crossing outline),
    # repaired: the plan then reads as the parts they enclose.
    plan_repaired: int = 0


def _of_zone(code, lang):
    """ "de cour de récréation", "d'escalier": the French partitive."""
    name = label(ZONE_TYPES, code, "fr").lower()
    return ("d'" if name[0] in "aeéiouy" else "de ") + name


def _piece_text(code, area, lang):
    params = {
        "area": number(area, lang),
        "zone": label(ZONE_TYPES, code, "en").lower(),
        "of_zone": _of_zone(code, lang),
    }
    key = "plan_living_in_hours" if code in LIVING else "plan_never"
    return text(key, lang, **params)


def judge_plan(
    footprints,
    points,
    schedules,
    zones,
    zone_types,
    perimeter,
    settings,
    ident_clip=None,
    no_direction=None,
    schedule_known=None,
    zone_values=None,
    schedule_values=None,
    indoor_unknown=None,
):
    """The verdict of each camera from its visible ground (`footprints`)
    and position (`points`), its schedule code, the zones (polygons) and
    their type codes (None = unknown), the perimeter (one polygonal
    geometry) and, per camera, the ground within identification distance
    (`ident_clip`). All in one metric CRS. `indoor_unknown`: cameras inside
    a building whose walls were not given, which cannot be judged."""
    lang = settings.lang
    footprints = np.asarray(footprints, dtype=object)
    n = len(footprints)
    schedules = np.asarray(schedules, dtype=object)
    zones = np.asarray(zones, dtype=object)
    zone_types = np.asarray(zone_types, dtype=object)
    zone_values = zone_types if zone_values is None else np.asarray(zone_values, dtype=object)
    no_direction = np.zeros(n, bool) if no_direction is None else np.asarray(no_direction)
    indoor_unknown = (
        np.zeros(n, bool) if indoor_unknown is None else np.asarray(indoor_unknown, bool)
    )
    schedule_known = np.ones(n, bool) if schedule_known is None else np.asarray(schedule_known)
    covered = shapely.area(footprints)

    outside = polygonal(shapely.difference(footprints, perimeter))
    outside_m2 = shapely.area(outside)
    outside_pct = np.divide(100.0 * outside_m2, covered, out=np.zeros(n), where=covered > 0)
    inside_perimeter = shapely.dwithin(np.asarray(points, dtype=object), perimeter, 0.01)

    # Each zone's own ground inside the perimeter: pieces never overlap.
    own, overlaps = own_ground(zones, zone_types, perimeter)
    tree = shapely.STRtree(own)
    camera, zone = tree.query(footprints, predicate="intersects")
    # (GEOS can leave a floating-point flag raised on valid inputs.)
    with np.errstate(invalid="ignore"):
        pieces = polygonal(shapely.intersection(footprints[camera], own[zone]))
    area = shapely.area(pieces)
    keep = area > 0
    camera, zone, pieces, area = camera[keep], zone[keep], pieces[keep], area[keep]
    types = zone_types[zone]
    known = np.array([t is not None for t in types], dtype=bool)
    rules = np.array(
        [zone_rule(t, s) if t is not None else None for t, s in zip(types, schedules[camera])],
        dtype=object,
    )
    forbidden = known & np.array([r is not None for r in rules], dtype=bool)

    forbidden_geometry = union_per_group(n, camera[forbidden], pieces[forbidden])
    forbidden_m2 = shapely.area(forbidden_geometry)
    if ident_clip is None:
        forbidden_ident_m2 = forbidden_m2.copy()
    else:
        with np.errstate(invalid="ignore"):
            clipped = shapely.intersection(forbidden_geometry, ident_clip)
        forbidden_ident_m2 = shapely.area(polygonal(clipped))
    unknown_m2 = shapely.area(union_per_group(n, camera[~known], pieces[~known]))
    # Ground inside the perimeter that no zone of a known type describes
    # (zones of unknown type included), and the part of it in no zone.
    known_zone = np.array([t is not None for t in zone_types], dtype=bool)
    known_ground = shapely.union_all(own[known_zone]) if known_zone.any() else EMPTY
    any_ground = shapely.union_all(own) if len(own) else EMPTY
    with np.errstate(invalid="ignore"):
        inside = polygonal(shapely.intersection(footprints, perimeter))
        unzoned_m2 = shapely.area(polygonal(shapely.difference(inside, known_ground)))
        no_zone = polygonal(shapely.difference(inside, any_ground))
    no_zone_m2 = shapely.area(no_zone)
    incomplete = unzoned_m2 > np.maximum(UNZONED_MIN_M2, UNZONED_MIN_SHARE * covered)
    codes = list(ZONE_TYPES)
    type_index = np.array([codes.index(t) if t is not None else -1 for t in types], dtype=int)
    by_type = union_per_group(
        n * len(codes), camera[known] * len(codes) + type_index[known], pieces[known]
    )
    type_m2 = {code: shapely.area(by_type[k :: len(codes)]) for k, code in enumerate(codes)}

    too_much_outside = (outside_m2 > max(settings.road_tolerance_m2, NOISE_M2)) & (
        outside_pct > settings.road_tolerance_pct
    )
    verdicts, verdict_rules, reasons, notes = [], [], [], []
    separator = " ; " if lang[:2] == "fr" else "; "
    for i in range(n):
        mine = camera == i
        parts, cited = [], []
        forbidden_types = [
            (type_m2[code][i], code, zone_rule(code, schedules[i]))
            for code in codes
            if type_m2[code][i] > NOISE_M2 and zone_rule(code, schedules[i])
        ]
        serious = forbidden_m2[i] > NOISE_M2
        for area_m2, code, rule_code in sorted(forbidden_types, reverse=True):
            parts.append(_piece_text(code, area_m2, lang))
            cited.append(rule_code)
        if serious and forbidden_ident_m2[i] > NOISE_M2:
            ident = text("plan_ident", lang, area=number(forbidden_ident_m2[i], lang))
            parts[-1] = f"{parts[-1]}, {ident}"
        outside_params = {
            "area": number(outside_m2[i], lang),
            "pct": number(outside_pct[i], lang),
            "tolerance_m2": number(settings.road_tolerance_m2, lang),
            "tolerance_pct": number(settings.road_tolerance_pct, lang),
        }
        if too_much_outside[i]:
            parts.append(text("plan_outside", lang, **outside_params))
            cited.append("CNIL-SCHOOL-ROAD")
        if serious:
            verdict = NOT_COMPLIANT
        elif incomplete[i] or indoor_unknown[i]:
            # Whatever the ground no zone describes is, it cannot be judged.
            verdict = INCOMPLETE
        else:
            verdict = MASKING if too_much_outside[i] else COMPLIANT
        if not serious and not too_much_outside[i]:
            allowed = [
                (type_m2[code][i], code)
                for code in codes
                if type_m2[code][i] > NOISE_M2 and not zone_rule(code, schedules[i])
            ]
            if allowed:
                zones_text = ", ".join(
                    f"{label(ZONE_TYPES, code, lang).lower()} {number(a, lang)} m²"
                    for a, code in sorted(allowed, reverse=True)
                )
                parts.append(text("plan_allowed", lang, zones=zones_text))
            if any(code in CIRCULATION for _, code in allowed):
                cited.append("CNIL-SCHOOL-ACCESS")
            if any(code in LIVING for _, code in allowed):
                cited.append("CNIL-SCHOOL-LIVING")
            if outside_m2[i] > NOISE_M2:
                parts.append(text("plan_outside_tolerated", lang, **outside_params))
                cited.append("CNIL-SCHOOL-ROAD")
            quiet = not (incomplete[i] or indoor_unknown[i])
            if not allowed and outside_m2[i] <= NOISE_M2 and quiet:
                parts.append(text("plan_nothing", lang))
        if incomplete[i]:
            parts.append(
                text(
                    "plan_unzoned",
                    lang,
                    area=number(unzoned_m2[i], lang),
                    pct=number(100.0 * unzoned_m2[i] / covered[i], lang),
                )
            )
        if indoor_unknown[i]:
            parts.append(text("plan_indoor_no_walls", lang))
        if unknown_m2[i] > NOISE_M2:
            values = sorted(
                {
                    text("plan_no_type", lang) if v is None or str(v).strip() == "" else str(v)
                    for v in zone_values[zone[mine & ~known]]
                }
            )
            parts.append(
                text(
                    "plan_unknown_zones",
                    lang,
                    area=number(unknown_m2[i], lang),
                    values=", ".join(values),
                )
            )
        note = []
        if no_direction[i]:
            note.append(text("plan_no_direction", lang))
        if not inside_perimeter[i]:
            note.append(text("plan_outside_perimeter", lang))
        if not schedule_known[i]:
            value = schedules[i] if schedule_values is None else schedule_values[i]
            note.append(text("plan_schedule_unknown", lang, value=value))
        verdicts.append(verdict)
        verdict_rules.append(",".join(dict.fromkeys(cited)))
        reasons.append(separator.join(parts))
        notes.append(separator.join(note))

    beyond = np.flatnonzero(outside_m2 > 0)
    nowhere = np.flatnonzero(no_zone_m2 > 0)
    seen = Seen(
        camera=np.r_[camera, nowhere, beyond],
        zone=np.r_[zone, np.full(len(nowhere), NO_ZONE), np.full(len(beyond), OUTSIDE)],
        zone_type=np.r_[
            np.where(known, types, UNZONED).astype(object),
            np.full(len(nowhere), UNZONED, dtype=object),
            np.full(len(beyond), None, dtype=object),
        ],
        allowed=np.r_[
            np.where(known, ~forbidden, None).astype(object),
            np.full(len(nowhere), None, dtype=object),
            ~too_much_outside[beyond],
        ].astype(object),
        geometry=np.r_[pieces, no_zone[nowhere], outside[beyond]],
        area_m2=np.r_[area, no_zone_m2[nowhere], outside_m2[beyond]],
    )
    return PlanCheck(
        covered_m2=covered,
        outside_m2=outside_m2,
        outside_pct=outside_pct,
        forbidden_m2=forbidden_m2,
        forbidden_ident_m2=forbidden_ident_m2,
        unknown_m2=unknown_m2,
        unzoned_m2=unzoned_m2,
        type_m2=type_m2,
        outside_geometry=outside,
        inside_perimeter=inside_perimeter,
        masking_required=too_much_outside,
        verdict=verdicts,
        verdict_rules=verdict_rules,
        verdict_reason=reasons,
        notes=notes,
        seen=seen,
        figures=plan_figures(
            footprints, schedules, own, zone_types, verdicts, perimeter, known_ground
        ),
        overlaps=overlaps,
    )


def plan_figures(
    footprints, schedules, zones, zone_types, verdicts, perimeter=None, known_ground=None
):
    """The plan in numbers for the board: cameras by verdict; for the
    playground, the living spaces and the entrances, their area, how much of
    it some camera sees, and how much a camera filming in opening hours
    sees; "unzoned": the perimeter's ground that no zone of a known type
    describes (area, seen, seen in opening hours) and the perimeter's area."""
    figures = {verdict: verdicts.count(verdict) for verdict in VERDICTS}
    seen_any = shapely.union_all(footprints)
    seen_in_hours = shapely.union_all(footprints[schedules != OUTSIDE_HOURS])
    if perimeter is not None:
        with np.errstate(invalid="ignore"):
            unzoned = shapely.difference(perimeter, known_ground)
            figures["unzoned"] = (
                float(shapely.area(unzoned)),
                float(shapely.area(shapely.intersection(unzoned, seen_any))),
                float(shapely.area(shapely.intersection(unzoned, seen_in_hours))),
            )
        figures["perimeter_m2"] = float(shapely.area(perimeter))
    for name, codes in (
        ("playground", {"playground"}),
        ("living", LIVING),
        ("entrances", ENTRANCES),
    ):
        chosen = zones[np.array([t in codes for t in zone_types], dtype=bool)]
        total = shapely.union_all(chosen) if len(chosen) else EMPTY
        with np.errstate(invalid="ignore"):
            figures[name] = (
                float(shapely.area(total)),
                float(shapely.area(shapely.intersection(total, seen_any))),
                float(shapely.area(shapely.intersection(total, seen_in_hours))),
            )
    return figures


@dataclass
class PlanInput:
    """The plan's layers as arrays, each with its CRS."""

    zones: np.ndarray
    zones_crs: object
    zone_values: list
    perimeter: np.ndarray
    perimeter_crs: object
    schedules: list
    # camera_type per camera (None where unknown): a dome without direction
    # is expected to see all round; any other camera is named for it.
    camera_types: list = None


def run_plan_check(
    points,
    crs,
    values,
    plan,
    settings,
    plan_settings,
    progress=None,
    buildings=None,
    buildings_crs=None,
    walls=None,
    walls_crs=None,
    building_heights=None,
    wall_heights=None,
):
    """The whole check on arrays: the cameras' visible ground (cut by
    buildings and walls, lower than the camera where their heights say so),
    then the judgement of each usable camera. Returns (coverage, PlanCheck,
    zones and perimeter in the working CRS)."""
    progress = progress or NullProgress()
    coverage = camera_coverage(
        points,
        crs,
        values,
        settings,
        ScaledProgress(progress, 0, 70),
        buildings,
        buildings_crs,
        walls,
        walls_crs,
        building_heights,
        wall_heights,
    )
    working = coverage.working_crs
    zones, zones_repaired = repair_polygons(reproject(plan.zones, plan.zones_crs, working))
    present = ~shapely.is_missing(zones) & ~shapely.is_empty(zones)
    zone_values = np.asarray(plan.zone_values, dtype=object)
    perimeter, perimeter_repaired = repair_polygons(
        reproject(plan.perimeter, plan.perimeter_crs, working)
    )
    perimeter = shapely.union_all(perimeter[~shapely.is_missing(perimeter)])
    if shapely.is_empty(perimeter) or shapely.area(perimeter) <= 0:
        raise ValueError(text("plan_no_perimeter", plan_settings.lang))
    index = coverage.index
    parsed = [schedule_code(plan.schedules[i]) for i in index]
    raw_schedules = [plan.schedules[i] for i in index]
    types = plan.camera_types or [None] * len(plan.schedules)
    dome = np.array([str(types[i]).strip().lower() == "dome" for i in index], dtype=bool)
    codes = np.array([c for c, _ in parsed], dtype=object)
    known = np.array([k for _, k in parsed], dtype=bool)
    check = judge_plan(
        coverage.footprints,
        coverage.points,
        codes,
        zones[present],
        [zone_code(v) for v in zone_values[present]],
        perimeter,
        plan_settings,
        ident_clip=level_sectors(coverage, "ident"),
        no_direction=np.isnan(coverage.checked.direction[index]) & ~dome,
        schedule_known=known,
        zone_values=zone_values[present],
        schedule_values=raw_schedules,
        indoor_unknown=_indoor_without_walls(coverage, walls),
    )
    given = np.flatnonzero(present)
    in_zone = check.seen.zone >= 0
    check.seen.zone[in_zone] = given[check.seen.zone[in_zone]]
    check.overlaps = [(int(given[a]), int(given[b]), m2) for a, b, m2 in check.overlaps]
    check.plan_repaired = zones_repaired + perimeter_repaired
    progress.set_progress(100)
    return coverage, check, perimeter


def _indoor_without_walls(coverage, walls):
    """Cameras standing inside a building when no walls were given."""
    if walls is not None or coverage.buildings_in_working is None:
        return None
    return standing_inside(coverage.points, coverage.buildings_in_working[2])


def plan_masks(coverage, values, check, settings, min_area_m2=MASK_MIN_AREA_M2):
    """The privacy masks of the cameras that take in more beyond the
    perimeter than tolerated: that part, one mask per contiguous span of
    bearings, with its bearings from true north, its share of the view
    and, with height and tilt, its outline in the picture (the same masks
    as the audit's); pieces under `min_area_m2` are slivers, dropped."""
    need = np.flatnonzero(check.masking_required)
    index, checked = coverage.index, coverage.checked
    lens = np.where(checked.fov < MAX_LENS_HFOV, checked.fov, settings.default_fov)[index]
    vfov = values.vfov_deg[index]
    vfov = np.where(np.isnan(vfov), vfov_from_hfov(lens, settings.aspect), vfov)
    return camera_masks(
        shapely.get_coordinates(coverage.points),
        coverage.grid_direction,
        checked.sweep_deg[index],
        coverage.working_crs,
        need,
        np.full(len(need), "outside_perimeter", dtype=object),
        check.outside_geometry[need],
        height_m=values.height_m[index],
        tilt_deg=values.tilt_deg[index],
        hfov_deg=lens,
        vfov_deg=vfov,
        min_area_m2=min_area_m2,
    )
