"""The audit as three reusable steps (coverage, exposure, flags) so that each
Processing algorithm, a notebook and the benchmarks run the same code."""

import time
from dataclasses import dataclass, field, replace

import numpy as np
import shapely

from .cameras import check_cameras
from .dori import private_by_level
from .explain import beyond_cadastre, explain_cameras, no_usable_camera
from .exposure import split_coverage
from .footprint import sectors
from .geometry import repair_polygons
from .messages import text
from .north import NORTHS, to_grid, to_true, true_north_bearing
from .optics import DORI_LEVELS, dori_distance, ground_interval, vfov_from_hfov
from .overlaps import seen_parcel_overlaps
from .parallel import map_chunks
from .pinhole import pinhole_footprints, pinhole_view_deg
from .placement import check_fits_crs, check_spread
from .progress import NullProgress, ScaledProgress
from .rules import flag_reason, masking_required
from .terrain import cut_by_relief, ground_heights
from .visibility import visible_footprints
from .working_crs import choose_working_crs, crs_identifier, reproject

# "range": each camera's range_m; a DORI level: as far as that level reaches.
RANGE_MODES = ("range", *DORI_LEVELS)
# A lens wider than this is not a single image: an all-round camera's
# pixel density is taken with the default field of view.
MAX_LENS_HFOV = 170.0
OCCLUSION_CHUNK = 250


@dataclass
class AuditSettings:
    default_fov: float = 60.0
    default_range_m: float = 30.0
    tolerance_m2: float = 1.0
    lang: str = "en"
    default_h_resolution: float = 1920.0
    aspect: float = 16 / 9
    range_mode: str = "range"
    # "true": directions are bearings from true north; "grid": from the grid
    # north of the camera layer's own CRS (a survey measured on a map).
    direction_north: str = "true"


@dataclass
class Coverage:
    """Footprints of the usable cameras, in the working CRS; `index` maps
    each one back to its input feature."""

    working_crs: object
    checked: object
    index: np.ndarray
    points: np.ndarray
    footprints: np.ndarray
    near_m: np.ndarray
    outer_m: np.ndarray
    dori_m: dict
    # Each camera's direction as a bearing from the working grid's north,
    # which is what sectors are drawn with.
    grid_direction: np.ndarray = None
    buildings_used: int = 0
    buildings_repaired: int = 0
    walls_used: int = 0
    # (buildings given, their CRS, the same in the working CRS and repaired),
    # so that the legal reading does not repair them again.
    buildings_in_working: tuple = None
    seconds: dict = field(default_factory=dict)
    # Where each view first meets the ground (m; inf: never), before the
    # reach cuts it: says why an empty footprint is empty.
    ground_m: np.ndarray = None
    # The bearings each footprint spans, centred on its direction (degrees):
    # a sector's sweep, wider for a tilted camera's picture (its lower
    # corners), 360 round its foot; what a sector holding it must span.
    view_deg: np.ndarray = None
    # With a DEM: the ground the relief hides from each camera (terrain.ReliefCut).
    relief: object = None
    # With a DEM and heights: buildings of known height whose base the DEM gives.
    buildings_on_relief: int = 0

    @property
    def working_crs_id(self):
        return crs_identifier(self.working_crs)

    @property
    def covered_m2(self):
        return shapely.area(self.footprints)

    def central_true_north(self):
        """Grid bearing of true north in the working CRS at the centre of the
        cameras, for the report's sentence on north."""
        if len(self.points) == 0:
            return 0.0
        xmin, ymin, xmax, ymax = shapely.total_bounds(self.points)
        return float(
            true_north_bearing([(xmin + xmax) / 2], [(ymin + ymax) / 2], self.working_crs)[0]
        )


@dataclass
class AuditResult:
    coverage: Coverage
    exposure: object
    masking_required: np.ndarray
    flag_reason: list
    parcels_repaired: int
    private_by_level: dict
    # Cameras whose masking is unknown: no parcel within their reach.
    undetermined: np.ndarray = None


def _single_points(geoms):
    """Each camera as one point; a multipoint of one part is accepted, more
    parts are an error the caller reports."""
    geoms = np.asarray(geoms, dtype=object)
    parts = shapely.get_num_geometries(geoms)
    located = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    multi = shapely.get_type_id(geoms) == shapely.GeometryType.MULTIPOINT
    points = np.where(multi & (parts == 1), shapely.get_geometry(geoms, 0), geoms)
    return points, located, np.where(multi, parts, 1)


def camera_coverage(
    points,
    crs,
    values,
    settings,
    progress=None,
    buildings=None,
    buildings_crs=None,
    walls=None,
    walls_crs=None,
    building_heights=None,
    wall_heights=None,
    dem=None,
    flat=None,
):
    """Check the cameras, choose the working CRS, build the footprints:
    range (or DORI reach) cut by the tilted view's ground interval, then by
    the buildings' shadows when buildings are given (and the walls', lines
    of a floor plan, when walls are given). With heights (metres, NaN where
    unknown, one per building or wall), a building or wall lower than a
    camera of known height hides only the ground its top shadows. With a
    `dem` (terrain.Dem, or a reader with its `crs` and `window`), the ground
    the relief hides from a camera of known height is cut off too. `flat`:
    the coverage this function gave for the same points, crs, values and
    settings without buildings, walls or DEM (a reader computed it to know
    where to read): its footprints are taken, not drawn again."""
    progress = progress or NullProgress()
    if flat is None:
        coverage = flat_coverage(points, crs, values, settings, progress)
    else:
        coverage = replace(flat, seconds=dict(flat.seconds))
    progress.set_progress(30)
    return _occluded(
        coverage,
        values,
        settings,
        progress,
        (buildings, buildings_crs, building_heights),
        (walls, walls_crs, wall_heights),
        dem,
    )


def flat_coverage(points, crs, values, settings, progress=None):
    """The footprints on open ground: cameras checked, the working CRS
    chosen, range (or DORI reach) cut by the tilted view's ground."""
    progress = progress or NullProgress()
    started = time.perf_counter()
    points, located, parts = _single_points(points)
    checked = check_cameras(
        values, settings.default_fov, settings.default_range_m, settings.lang, located
    )
    for i in np.flatnonzero(located & (parts > 1)):
        checked.usable[i] = False
        checked.rejected.append((i, text("reject_multipoint", settings.lang, count=parts[i])))
    checked.rejected.sort()
    index = np.flatnonzero(checked.usable)
    if len(index) == 0:
        raise no_usable_camera(checked.rejected, values.camera_id, settings.lang)
    check_fits_crs(points[index], crs, "cameras", settings.lang)
    if settings.direction_north not in NORTHS:
        raise ValueError(f"direction north must be one of {NORTHS}")
    if settings.direction_north == "grid":
        # The layer's grid bearings become bearings from true north, which
        # every output states.
        checked.direction[index] = to_true(
            checked.direction[index],
            shapely.get_x(points[index]),
            shapely.get_y(points[index]),
            crs,
        )
    working = choose_working_crs(crs, points[index])
    check_spread(points[index], crs, working, np.asarray(values.camera_id)[index], settings.lang)
    moved = reproject(points[index], crs, working)
    grid_direction = to_grid(
        checked.direction[index], shapely.get_x(moved), shapely.get_y(moved), working
    )
    progress.set_progress(10)

    lens_hfov = np.where(checked.fov < MAX_LENS_HFOV, checked.fov, settings.default_fov)[index]
    resolution = values.h_resolution[index]
    resolution = np.where(np.isnan(resolution), settings.default_h_resolution, resolution)
    dori_m = {level: dori_distance(resolution, lens_hfov, px) for level, px in DORI_LEVELS.items()}
    vfov = values.vfov_deg[index]
    vfov = np.where(np.isnan(vfov), vfov_from_hfov(lens_hfov, settings.aspect), vfov)
    near, far = ground_interval(values.height_m[index], values.tilt_deg[index], vfov)
    reach = (
        checked.range_m[index] if settings.range_mode == "range" else dori_m[settings.range_mode]
    )
    outer = np.minimum(reach, far)
    ground_m = near
    near = np.minimum(near, outer)
    x, y, sweep = shapely.get_x(moved), shapely.get_y(moved), checked.sweep_deg[index]
    height, tilt = values.height_m[index], values.tilt_deg[index]
    # Without height or tilt the view is a sector as far as the reach (near
    # is 0); with both, the ground in the picture (pinhole.py) within the
    # reach: its nearest point is `near` still, `outer` becomes its farthest.
    known = np.isfinite(height) & np.isfinite(tilt)
    footprints = np.empty(len(index), dtype=object)
    flat = np.flatnonzero(~known)
    footprints[flat] = sectors(x[flat], y[flat], grid_direction[flat], sweep[flat], outer[flat])
    known = np.flatnonzero(known)
    footprints[known] = pinhole_footprints(
        x[known],
        y[known],
        grid_direction[known],
        height[known],
        tilt[known],
        lens_hfov[known],
        vfov[known],
        reach[known],
        sweep[known],
    )
    seen = known[~shapely.is_empty(footprints[known])]
    outer[seen] = shapely.hausdorff_distance(moved[seen], footprints[seen])
    view_deg = sweep.copy()
    view_deg[known] = pinhole_view_deg(tilt[known], lens_hfov[known], vfov[known], sweep[known])
    seconds = {"footprints": time.perf_counter() - started}
    coverage = Coverage(
        working,
        checked,
        index,
        moved,
        footprints,
        near,
        outer,
        dori_m,
        grid_direction,
        seconds=seconds,
    )
    coverage.ground_m = ground_m
    coverage.view_deg = view_deg
    return coverage


def _occluded(coverage, values, settings, progress, building_layer, wall_layer, dem):
    """The coverage's footprints cut by the buildings' and walls' shadows
    and by the relief, as camera_coverage says."""
    buildings, buildings_crs, building_heights = building_layer
    walls, walls_crs, wall_heights = wall_layer
    working, index, moved = coverage.working_crs, coverage.index, coverage.points
    footprints, outer, seconds = coverage.footprints, coverage.outer_m, coverage.seconds
    # The relief, when given, takes the last part of the progress bar.
    done = 100 if dem is None else 70
    if walls is not None:
        walls = reproject(walls, walls_crs, working)
        drawn = ~shapely.is_missing(walls) & ~shapely.is_empty(walls)
        walls = walls[drawn]
        if wall_heights is not None:
            wall_heights = np.asarray(wall_heights, dtype=float)[drawn]
        if buildings is None:
            buildings, buildings_crs = np.empty(0, dtype=object), working
    if buildings is not None:
        started = time.perf_counter()
        check_fits_crs(buildings, buildings_crs, "buildings", settings.lang)
        source = buildings
        buildings, coverage.buildings_repaired = repair_polygons(
            reproject(buildings, buildings_crs, working)
        )
        coverage.buildings_in_working = (source, buildings_crs, buildings)
        drawn = ~shapely.is_missing(buildings) & ~shapely.is_empty(buildings)
        buildings = buildings[drawn]
        if building_heights is not None:
            building_heights = np.asarray(building_heights, dtype=float)[drawn]
        coverage.buildings_used = len(buildings)
        tree = shapely.STRtree(buildings)
        xy = shapely.get_coordinates(moved)

        wall_tree = None if walls is None else shapely.STRtree(walls)
        coverage.walls_used = 0 if walls is None else len(walls)

        camera_heights = values.height_m[index]
        camera_ground = building_ground = None
        if dem is not None and building_heights is not None:
            # Buildings and cameras stand on the relief: the ground under each.
            camera_ground = ground_heights(moved, working, dem, settings.lang)
            building_ground = np.full(len(buildings), np.nan)
            known = np.flatnonzero(np.isfinite(building_heights))
            building_ground[known] = ground_heights(
                shapely.point_on_surface(buildings[known]), working, dem, settings.lang
            )
            coverage.buildings_on_relief = int(np.isfinite(building_ground).sum())

        def occlude(part):
            return visible_footprints(
                xy[part],
                footprints[part],
                outer[part],
                buildings,
                tree,
                walls=walls,
                wall_tree=wall_tree,
                building_heights=building_heights,
                camera_heights=camera_heights[part],
                wall_heights=wall_heights,
                camera_ground=None if camera_ground is None else camera_ground[part],
                building_ground=building_ground,
            )

        shadows = ScaledProgress(progress, 30, done)
        coverage.footprints = np.concatenate(
            map_chunks(occlude, len(footprints), OCCLUSION_CHUNK, shadows)
        )
        seconds["occlusion"] = time.perf_counter() - started
    if dem is not None:
        started = time.perf_counter()
        coverage.footprints, coverage.relief = cut_by_relief(
            moved,
            working,
            coverage.footprints,
            values.height_m[index],
            outer,
            dem,
            settings.lang,
            ScaledProgress(progress, done, 100),
        )
        seconds["relief"] = time.perf_counter() - started
    progress.set_progress(100)
    return coverage


def parcel_exposure(
    coverage,
    coverage_crs,
    parcels,
    parcels_crs,
    parcel_is_public,
    progress=None,
    cameras=None,
    reach_m=0.0,
    lang="en",
):
    """Coverage and parcels brought to one metric CRS and repaired, then the
    split; returns the working CRS, the exposure and how many parcels were
    repaired. The exposure also says which cameras (their points and reach,
    or their coverage when no `cameras` are given) have no parcel within
    reach, and how much the parcels they see overlap."""
    coverage = np.asarray(coverage, dtype=object)
    check_fits_crs(coverage, coverage_crs, "coverage", lang)
    check_fits_crs(parcels, parcels_crs, "parcels", lang)
    seen = coverage[~shapely.is_missing(coverage) & ~shapely.is_empty(coverage)]
    # Cameras that see nothing (all walls) still get their zero figures.
    if len(seen):
        working = choose_working_crs(coverage_crs, seen)
    else:
        working = choose_working_crs(parcels_crs, parcels)
    coverage, _ = repair_polygons(reproject(coverage, coverage_crs, working))
    source = parcels
    parcels, repaired = repair_polygons(reproject(parcels, parcels_crs, working))
    exposure = split_coverage(coverage, parcels, parcel_is_public, progress)
    exposure.parcels_in_working = (source, parcels_crs, parcels)
    regions = coverage if cameras is None else cameras
    exposure.beyond_cadastre = beyond_cadastre(regions, parcels, reach_m, exposure.parcel_tree)
    exposure.overlaps = seen_parcel_overlaps(parcels, exposure.pieces, exposure.covered_m2)
    return working, exposure, repaired


def flags(exposure, parcel_ids, settings):
    """Masking flag and reason per camera of the exposure."""
    required = masking_required(exposure.private_m2, settings.tolerance_m2)
    reasons = [
        flag_reason(area, [parcel_ids[p] for p in seen], settings.tolerance_m2, settings.lang)
        for area, seen in zip(exposure.private_m2, exposure.private_parcels())
    ]
    return required, reasons


def run_audit(
    points,
    crs,
    values,
    parcels,
    parcels_crs,
    parcel_ids,
    parcel_is_public,
    settings,
    progress=None,
    buildings=None,
    buildings_crs=None,
    building_heights=None,
    dem=None,
    flat=None,
):
    """The whole audit on arrays: cameras, parcels and optionally buildings
    (and their heights, metres, NaN where unknown) and a DEM in; per-camera
    figures, flags, pieces and private area per DORI level out. `flat`: as
    camera_coverage's."""
    progress = progress or NullProgress()
    coverage = camera_coverage(
        points,
        crs,
        values,
        settings,
        ScaledProgress(progress, 0, 40),
        buildings,
        buildings_crs,
        building_heights=building_heights,
        dem=dem,
        flat=flat,
    )
    started = time.perf_counter()
    _, exposure, repaired = parcel_exposure(
        coverage.footprints,
        coverage.working_crs,
        parcels,
        parcels_crs,
        parcel_is_public,
        ScaledProgress(progress, 40, 95),
        cameras=coverage.points,
        reach_m=coverage.outer_m,
        lang=settings.lang,
    )
    required, reasons = flags(exposure, parcel_ids, settings)
    reasons, undetermined = explain_cameras(
        reasons,
        exposure.covered_m2,
        coverage.ground_m,
        coverage.outer_m,
        buildings is not None,
        exposure.beyond_cadastre,
        settings.lang,
    )
    required = required & ~undetermined
    by_level = private_by_level(
        coverage,
        exposure.private_geometry,
        exposure.private_m2,
        ScaledProgress(progress, 95, 100),
    )
    coverage.seconds["overlay"] = time.perf_counter() - started
    progress.set_progress(100)
    return AuditResult(coverage, exposure, required, reasons, repaired, by_level, undetermined)
