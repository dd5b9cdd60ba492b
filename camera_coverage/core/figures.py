"""Figures that frame a council debate: how much of the town's public domain
the cameras see (and within identification distance), how dense the network
is, which rules its flags cite, and what it costs. Every cost is an
assumption the caller states with its source; nothing here is a measurement
of a real budget."""

from collections import Counter
from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import repair_polygons

# Orders of magnitude cited in public reports (see COST_SOURCE); the user
# changes them to the town's own figures.
INVESTMENT_PER_CAMERA_EUR = 37_500.0
UPKEEP_PER_CAMERA_EUR_YEAR = 7_500.0
OFFICER_COST_EUR_YEAR = 45_000.0
FLAG_RULE = "L251-3-PRIVATE"


@dataclass
class PublicDomain:
    """Areas in m² in the working CRS: the study area, its public domain
    (study area minus private parcels), the public domain under view of at
    least one camera, and per DORI level under view within that level's
    distance of at least one camera."""

    study_area_m2: float
    public_m2: float
    seen_m2: float
    seen_by_level: dict
    # The study area itself (one polygon in the working CRS), for counting
    # the cameras that stand in it.
    study_area: object = None

    @property
    def ident_m2(self):
        return self.seen_by_level.get("ident", 0.0)

    def share(self, area):
        return area / self.public_m2 if self.public_m2 > 0 else 0.0


def public_domain_under_view(footprints, parcels, is_public, study_area=None, levels=None):
    """Each point of ground counted once however many cameras see it (the
    footprints are unioned first). Without a study area, the convex hull of
    the parcels stands for the town: the un-parcelled roads inside it are
    its public domain. `levels`: DORI level -> footprints cut at it."""
    parcels, _ = repair_polygons(parcels)
    present = ~shapely.is_missing(parcels) & ~shapely.is_empty(parcels)
    if study_area is None:
        study_area = shapely.convex_hull(shapely.union_all(parcels[present]))
    else:
        study_area = shapely.union_all(repair_polygons(np.atleast_1d(study_area))[0])
    private = shapely.union_all(parcels[present & ~np.asarray(is_public, dtype=bool)])
    public = shapely.difference(study_area, private)

    def seen(geoms):
        return float(shapely.area(shapely.intersection(shapely.union_all(geoms), public)))

    return PublicDomain(
        float(shapely.area(study_area)),
        float(shapely.area(public)),
        seen(footprints),
        {level: seen(geoms) for level, geoms in (levels or {}).items()},
        study_area,
    )


@dataclass
class CameraCounts:
    """What was audited, told apart from what was only given. `given`:
    every camera of the input; `audited`: those whose view was read against
    the cadastre; `beyond_cadastre`: usable cameras with no parcel within
    their reach (their masking is unknown); `rejected`: cameras whose values
    could not be used; `in_study_area`: the given cameras that stand in the
    study area, audited or not: the network whose density and cost the
    council weighs."""

    given: int
    audited: int
    beyond_cadastre: int
    rejected: int
    in_study_area: int

    @property
    def not_audited(self):
        return self.beyond_cadastre + self.rejected


def camera_counts(points, undetermined, rejected_points, study_area):
    """`points`: the usable cameras in the working CRS; `undetermined`:
    True where a usable camera has no parcel within its reach;
    `rejected_points`: the rejected cameras' locations in the working CRS
    (missing or empty where a camera has none); `study_area`: a polygon in
    the same CRS (None: no camera counts as standing in it)."""
    points = np.asarray(points, dtype=object)
    rejected_points = np.asarray(rejected_points, dtype=object)
    undetermined = np.zeros(len(points), dtype=bool) if undetermined is None else undetermined
    beyond = int(np.count_nonzero(undetermined))
    inside = 0
    if study_area is not None and not shapely.is_empty(study_area):
        located = np.concatenate([points, rejected_points])
        located = located[~shapely.is_missing(located)]
        located = located[~shapely.is_empty(located)]
        shapely.prepare(study_area)
        inside = int(np.count_nonzero(shapely.covers(study_area, located)))
    return CameraCounts(
        len(points) + len(rejected_points),
        len(points) - beyond,
        beyond,
        len(rejected_points),
        inside,
    )


def cameras_by_rule(masking_required, flag_rules=None):
    """Rule code -> number of cameras whose flag cites it. `flag_rules`
    holds each camera's codes separated by commas or semicolons; without
    it, every camera that must be masked cites the private-land rule."""
    counts = Counter()
    if flag_rules is None:
        counts[FLAG_RULE] = int(np.count_nonzero(masking_required))
        return dict(counts)
    for codes in flag_rules:
        for code in str(codes or "").replace(";", ",").split(","):
            if code.strip():
                counts[code.strip()] += 1
    return dict(counts)


@dataclass
class NetworkCost:
    cameras: int
    investment_eur: float
    upkeep_eur_year: float
    officer_cost_eur_year: float

    @property
    def upkeep_in_officers(self):
        """The yearly upkeep as a number of municipal police officers."""
        return self.upkeep_eur_year / self.officer_cost_eur_year

    @property
    def investment_in_officer_years(self):
        return self.investment_eur / self.officer_cost_eur_year


def network_cost(
    cameras,
    investment_per_camera=INVESTMENT_PER_CAMERA_EUR,
    upkeep_per_camera_year=UPKEEP_PER_CAMERA_EUR_YEAR,
    officer_cost_year=OFFICER_COST_EUR_YEAR,
):
    if officer_cost_year <= 0:
        raise ValueError("the yearly cost of a police officer must be positive")
    return NetworkCost(
        cameras,
        cameras * investment_per_camera,
        cameras * upkeep_per_camera_year,
        officer_cost_year,
    )


def density(cameras, area_m2, population=None):
    """Cameras per km² of the study area and, with a population, per 1,000
    inhabitants (None without one)."""
    per_km2 = cameras / (area_m2 / 1e6) if area_m2 > 0 else 0.0
    per_1000 = cameras / population * 1000 if population else None
    return per_km2, per_1000
