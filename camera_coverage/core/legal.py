"""The legal reading of an audit: from "this camera sees 400 m² of private
land" to the questions a council, a préfecture or a judge asks. Who owns the
land (land.py), where the data stops (study area: unknown ground), dwelling
façades and entrances in view (dwellings.py), private operators filming the
public road (operators.py), information signs (signs.py), what to mask
(masks.py), and for every flag the rule and its evidence (rules.py). This
module only runs them in order on one audit's arrays."""

import time
from dataclasses import dataclass, field

import numpy as np
import shapely

from .dwellings import (
    DOOR_TOP_M,
    NO_LINE,
    OTHER,
    DwellingsInView,
    Subset,
    building_use,
    dwellings_in_view,
    entrance_owners,
)
from .geometry import polygonal, repair_polygons
from .land import classify_pieces, split_unknown, study_area
from .masks import MASK_MIN_AREA_M2, Masks, camera_masks
from .messages import text
from .operators import beyond_surroundings, premises
from .optics import vfov_from_hfov
from .parallel import map_chunks
from .progress import NullProgress, ScaledProgress
from .rules import Evidence, legal_flags, rules_cited
from .signs import check_signs
from .storeys import storeys_seen
from .working_crs import reproject

MAX_LENS_HFOV = 170.0
# Cameras per chunk of work (as in the audit's stages).
CHUNK_CAMERAS = 250


@dataclass
class LegalInputs:
    """Everything optional the legal reading may use, each layer with its
    CRS; arrays of cameras are in the input layer's order."""

    parcels: np.ndarray
    parcels_crs: object
    owners: object = None
    study_area: np.ndarray = None
    study_area_crs: object = None
    buildings: np.ndarray = None
    buildings_crs: object = None
    building_use: np.ndarray = None
    building_ids: list = None
    # Metres per building, NaN where unknown: the top of its façades.
    building_heights: np.ndarray = None
    entrances: np.ndarray = None
    entrances_crs: object = None
    entrance_ids: list = None
    private_operator: np.ndarray = None
    signs: np.ndarray = None
    signs_crs: object = None
    sign_names_operator: np.ndarray = None
    sign_ids: list = None
    entrance_radius_m: float = 1.5
    surroundings_m: float = 2.0
    sign_distance_m: float = 30.0
    mask_min_area_m2: float = MASK_MIN_AREA_M2


@dataclass
class LegalReading:
    public_m2: np.ndarray
    private_m2: np.ndarray
    unknown_m2: np.ndarray
    dwellings: DwellingsInView
    dwelling_ids: list
    possible_ids: list
    entrance_ids: list
    private_operator: np.ndarray
    operator_public_m2: np.ndarray
    sign_distance_m: np.ndarray
    flag_rules: list
    flag_reason: list
    masking_required: np.ndarray
    # Per camera, the storeys of dwellings in its picture (storeys.py).
    dwelling_storeys: list
    masks: object
    rules: list
    study_area: object
    study_area_given: bool
    split: object = None
    entrances_far: list = field(default_factory=list)
    # Cameras whose land cannot be told: the audit's (no parcel within
    # reach) and those that see no ground of the study area at all.
    undetermined: np.ndarray = None
    seconds: dict = field(default_factory=dict)

    def classify_pieces(self, pieces):
        """Pieces with the un-parcelled remainder cut at the study area's
        edge, and each piece's class (public, private, unknown)."""
        return classify_pieces(pieces, self.split, self.study_area)


def _in_working(geoms, crs, working, audited=None):
    """`geoms` in the working CRS and repaired: the audit's own copy when it
    was given the very same array in the same CRS."""
    if audited is not None and audited[0] is geoms and audited[1] == crs:
        return audited[2]
    geoms, _ = repair_polygons(reproject(np.asarray(geoms, dtype=object), crs, working))
    return geoms


def _in_chunks(function, n, progress):
    """function(slice) over chunks of the n cameras on every core; one empty
    chunk when there is no camera, so that the result keeps its shape."""
    return map_chunks(function, n, CHUNK_CAMERAS, progress) or [function(slice(0, 0))]


def _labels(ids, geoms):
    """Feature labels, their position when none were given."""
    if ids:
        return ids
    return [str(i) for i in range(0 if geoms is None else len(geoms))]


def legal_reading(result, values, inputs, parcel_ids, settings, progress=None):
    """The legal reading of `result` (run_audit's AuditResult; `values` its
    CameraValues). Cameras are read in chunks on every core, like the
    audit's own stages."""
    progress = progress or NullProgress()
    started = time.perf_counter()
    coverage, exposure = result.coverage, result.exposure
    working, index = coverage.working_crs, coverage.index
    n = len(index)
    footprints = exposure.coverage
    xy = shapely.get_coordinates(coverage.points)
    parcels = _in_working(
        inputs.parcels,
        inputs.parcels_crs,
        working,
        exposure.parcels_in_working,
    )
    parcels = parcels[~shapely.is_missing(parcels) & ~shapely.is_empty(parcels)]

    given = inputs.study_area is not None
    try:
        area = study_area(
            parcels,
            _in_working(inputs.study_area, inputs.study_area_crs, working) if given else None,
        )
    except ValueError as error:
        raise ValueError(text("study_area_empty", settings.lang)) from error
    if given and n and not shapely.intersects(area, coverage.points).any():
        # A study area elsewhere (another commune, another CRS) would give
        # council figures (density, cost) on ground where no camera stands.
        raise ValueError(text("study_area_no_camera", settings.lang, count=n))
    split = split_unknown(exposure, area)
    unknown_ground = split.unknown_geometry
    private_geometry = exposure.private_geometry
    other_ground = shapely.union(private_geometry, unknown_ground)
    seconds = {"land": time.perf_counter() - started}
    progress.set_progress(10)

    started = time.perf_counter()
    entrances = None
    far = []
    if inputs.buildings is not None:
        buildings = _in_working(
            inputs.buildings, inputs.buildings_crs, working, coverage.buildings_in_working
        )
        present = ~shapely.is_missing(buildings) & ~shapely.is_empty(buildings)
        buildings = np.where(present, buildings, shapely.from_wkt("POLYGON EMPTY"))
        use = inputs.building_use
        if use is None:
            use = building_use(len(buildings))
        owner = None
        if inputs.entrances is not None:
            entrances = reproject(
                np.asarray(inputs.entrances, dtype=object), inputs.entrances_crs, working
            )
            located = ~shapely.is_missing(entrances) & ~shapely.is_empty(entrances)
            entrances = np.where(located, entrances, shapely.from_wkt("POINT EMPTY"))
            owner = entrance_owners(entrances, buildings, use)
            owner.counts &= located
            far = [int(i) for i in owner.far if located[i]]
    else:
        buildings, use, owner = np.empty(0, dtype=object), np.empty(0, dtype=object), None
    ident, recog = (
        np.broadcast_to(np.asarray(coverage.dori_m[k], dtype=float), (n,))
        for k in ("ident", "recog")
    )

    candidates = Subset.of(buildings, use != OTHER)
    entrance_index = None if entrances is None else Subset.of(entrances, owner.counts)

    def dwellings_chunk(part):
        return dwellings_in_view(
            xy[part],
            footprints[part],
            buildings,
            use,
            ident[part],
            recog[part],
            other_ground=other_ground[part] if inputs.buildings is not None else None,
            entrances=entrances,
            entrance_owner=owner,
            entrance_radius_m=inputs.entrance_radius_m,
            candidates=candidates,
            entrance_index=entrance_index,
            building_heights=inputs.building_heights,
        )

    dwellings = DwellingsInView.concatenate(
        _in_chunks(dwellings_chunk, n, ScaledProgress(progress, 10, 60))
    )
    seconds["dwellings"] = time.perf_counter() - started

    started = time.perf_counter()
    private_operator = (
        np.zeros(n, dtype=bool)
        if inputs.private_operator is None
        else np.asarray(inputs.private_operator, dtype=bool)[index]
    )
    operator_ground = np.full(n, shapely.from_wkt("POLYGON EMPTY"), dtype=object)
    rows = np.flatnonzero(private_operator)
    own = premises(xy[rows], buildings, parcels) if len(rows) else None

    def operators_chunk(part):
        chosen = rows[part]
        public_ground = polygonal(shapely.difference(footprints[chosen], other_ground[chosen]))
        return beyond_surroundings(public_ground, own[part], inputs.surroundings_m)

    if len(rows):
        operator_ground[rows] = np.concatenate(
            map_chunks(operators_chunk, len(rows), CHUNK_CAMERAS, ScaledProgress(progress, 60, 70))
        )
    operator_public = shapely.area(operator_ground)

    sign_distance = np.full(n, np.nan)
    signs = None
    if inputs.signs is not None:
        signs = reproject(np.asarray(inputs.signs, dtype=object), inputs.signs_crs, working)
        located = ~shapely.is_missing(signs) & ~shapely.is_empty(signs)
        kept = np.flatnonzero(located)
        check = check_signs(
            footprints,
            coverage.points,
            signs[kept],
            np.asarray(inputs.sign_names_operator, dtype=bool)[kept],
            inputs.sign_distance_m,
        )
        sign_distance = np.where(np.isfinite(check.distance_m), check.distance_m, np.nan)
        nearest = np.full(n, -1)
        found = check.nearest >= 0
        nearest[found] = kept[check.nearest[found]]

    # Masks of every camera that sees something it must not.
    tolerance = settings.tolerance_m2
    # (kind, cameras, ground, feet of the walls standing on it, their height;
    # a façade's foot line carries its building's own top as z)
    no_walls = np.full(n, NO_LINE, dtype=object)
    zones = [
        ("private_land", exposure.private_m2 > tolerance, private_geometry, no_walls, 0.0),
        (
            "dwelling_facade",
            dwellings.facade_m > 0,
            dwellings.facade_zone,
            dwellings.facade_walls,
            np.inf,
        ),
        (
            "entrance",
            dwellings.entrance_seen,
            dwellings.entrance_zone,
            dwellings.entrance_walls,
            DOOR_TOP_M,
        ),
        ("public_domain", operator_public > tolerance, operator_ground, no_walls, 0.0),
    ]
    zone_camera = np.concatenate([np.flatnonzero(zone[1]) for zone in zones])
    zone_kind = np.concatenate(
        [np.full(int(on.sum()), kind, dtype=object) for kind, on, *_ in zones]
    )
    zone_geometry = np.concatenate([geoms[on] for _, on, geoms, *_ in zones])
    zone_walls = np.concatenate([walls[on] for _, on, _, walls, _ in zones])
    zone_top = np.concatenate([np.full(int(on.sum()), top) for _, on, _, _, top in zones])
    checked = coverage.checked
    lens = np.where(checked.fov < MAX_LENS_HFOV, checked.fov, settings.default_fov)[index]
    vfov = values.vfov_deg[index]
    vfov = np.where(np.isnan(vfov), vfov_from_hfov(lens, settings.aspect), vfov)
    sweep = checked.sweep_deg[index]
    height, tilt = values.height_m[index], values.tilt_deg[index]
    view_area = shapely.area(footprints)
    order = np.argsort(zone_camera, kind="stable")
    bounds = np.searchsorted(zone_camera[order], np.arange(0, n + CHUNK_CAMERAS, CHUNK_CAMERAS))

    def masks_chunk(part):
        chunk = part.start // CHUNK_CAMERAS
        rows = order[bounds[chunk] : bounds[chunk + 1]]
        return camera_masks(
            xy[part],
            coverage.grid_direction[part],
            sweep[part],
            working,
            zone_camera[rows] - part.start,
            zone_kind[rows],
            zone_geometry[rows],
            height_m=height[part],
            tilt_deg=tilt[part],
            hfov_deg=lens[part],
            vfov_deg=vfov[part],
            view_area_m2=view_area[part],
            zone_walls=zone_walls[rows],
            zone_wall_top_m=zone_top[rows],
            min_area_m2=inputs.mask_min_area_m2,
        )

    masks = Masks.concatenate(
        _in_chunks(masks_chunk, n, ScaledProgress(progress, 70, 100)),
        np.arange(0, n, CHUNK_CAMERAS),
    )
    seconds["masks"] = time.perf_counter() - started
    # A panning camera's picture moves over its arc: which storeys it
    # shows is not known (no direction given).
    dwelling_storeys = storeys_seen(
        dwellings.facade_walls,
        xy,
        np.where(sweep > lens + 1e-6, np.nan, coverage.grid_direction),
        height,
        tilt,
        lens,
        vfov,
    )

    building_label = _labels(inputs.building_ids, inputs.buildings)
    entrance_label = _labels(inputs.entrance_ids, inputs.entrances)
    dwelling_ids = [[building_label[b] for b in seen] for seen in dwellings.dwellings]
    possible_ids = [[building_label[b] for b in seen] for seen in dwellings.possible]
    from_facade = inputs.entrances is None
    entrance_ids = [
        [(building_label if from_facade else entrance_label)[e] for e in seen]
        for seen in dwellings.entrances
    ]
    owner_names = inputs.owners.owner_name if inputs.owners is not None else None
    sign_label = inputs.sign_ids or []
    flag_rules, reasons, required = [], [], np.zeros(n, dtype=bool)
    mostly_masked = masks.mostly_masked
    undetermined = (
        np.zeros(n, dtype=bool) if result.undetermined is None else result.undetermined.copy()
    )
    # A view wholly beyond the study area: nothing says whose that ground is
    # (it read "sees only public domain", masking not required).
    beyond_area = (
        ~undetermined
        & (split.public_m2 + split.private_m2 <= tolerance)
        & (split.unknown_m2 > tolerance)
    )
    undetermined |= beyond_area
    explained = (exposure.covered_m2 <= 0) | undetermined
    for i, seen in enumerate(exposure.private_parcels()):
        evidence = Evidence(
            private_m2=float(exposure.private_m2[i]),
            private_parcels=[parcel_ids[p] for p in seen],
            base_reason=(
                text("beyond_study_area", settings.lang)
                if beyond_area[i]
                else result.flag_reason[i]
            ),
            private_owners=[owner_names[p] for p in seen] if owner_names else None,
            unknown_m2=float(split.unknown_m2[i]),
            facade_m=float(dwellings.facade_m[i]),
            facade_ident_m=float(dwellings.facade_ident_m[i]),
            facade_recog_m=float(dwellings.facade_recog_m[i]),
            dwelling_ids=dwelling_ids[i],
            possible_facade_m=float(dwellings.possible_facade_m[i]),
            possible_ids=possible_ids[i],
            entrance_seen=bool(dwellings.entrance_seen[i]),
            entrance_ids=entrance_ids[i],
            entrance_from_facade=from_facade,
            private_operator=bool(private_operator[i]),
            operator_public_m2=float(operator_public[i]),
            surroundings_m=inputs.surroundings_m,
            masked_share=float(masks.masked_share[i]),
            masked_measure=masks.masked_measure[i],
            mostly_masked=bool(mostly_masked[i]),
            explained=bool(explained[i]),
            sees_nothing=bool(exposure.covered_m2[i] <= 0),
        )
        if signs is not None:
            evidence.sign_distance_m = float(check.distance_m[i])
            evidence.sign_too_far = bool(check.too_far[i])
            evidence.sign_unnamed = bool(check.unnamed[i])
            evidence.sign_max_m = inputs.sign_distance_m
            if nearest[i] >= 0:
                evidence.sign_id = sign_label[nearest[i]] if sign_label else str(nearest[i])
        codes, reason, needs = legal_flags(evidence, tolerance, settings.lang)
        flag_rules.append(codes)
        reasons.append(reason)
        required[i] = needs
    reading = LegalReading(
        public_m2=split.public_m2,
        private_m2=split.private_m2,
        unknown_m2=split.unknown_m2,
        dwellings=dwellings,
        dwelling_ids=dwelling_ids,
        possible_ids=possible_ids,
        entrance_ids=entrance_ids,
        private_operator=private_operator,
        operator_public_m2=operator_public,
        sign_distance_m=sign_distance,
        flag_rules=flag_rules,
        flag_reason=reasons,
        masking_required=required,
        dwelling_storeys=dwelling_storeys,
        masks=masks,
        rules=rules_cited(flag_rules),
        study_area=area,
        study_area_given=given,
        split=split,
        entrances_far=far,
        seconds=seconds,
        undetermined=undetermined,
    )
    return reading
