"""Information of the public (CSI L251-3): the public must be told, clearly
and permanently, that a system films them and who runs it. Volunteers survey
the signs; a camera is flagged when no sign stands near the ground it films,
or when the nearest sign does not name the operator."""

from dataclasses import dataclass

import numpy as np
import shapely

YES = ("yes", "oui", "true", "1", "y", "o")


def names_operator(values):
    """True where a sign's `names_operator` says yes; no, blank or missing
    is False: a sign left blank informs nobody of who films."""
    return np.array([str(v).strip().lower() in YES if v is not None else False for v in values])


@dataclass
class SignCheck:
    """Per camera: distance (m) from the ground it films to the nearest
    sign, that sign's index (-1 when there is none) and whether it is too
    far or names no operator."""

    distance_m: np.ndarray
    nearest: np.ndarray
    too_far: np.ndarray
    unnamed: np.ndarray


def check_signs(coverage, camera_points, signs, sign_names_operator, max_distance_m):
    """The nearest sign of each camera; a camera that sees nothing is
    measured from its own point."""
    coverage = np.asarray(coverage, dtype=object)
    n = len(coverage)
    ground = np.where(shapely.is_empty(coverage), np.asarray(camera_points, dtype=object), coverage)
    distance = np.full(n, np.inf)
    nearest = np.full(n, -1, dtype=int)
    signs = np.asarray(signs, dtype=object)
    if len(signs) and n:
        tree = shapely.STRtree(signs)
        cam, found = tree.query_nearest(ground, all_matches=False)
        distance[cam] = shapely.distance(ground[cam], signs[found])
        nearest[cam] = found
    named = np.asarray(sign_names_operator, dtype=bool)
    too_far = distance > max_distance_m
    unnamed = ~too_far & (nearest >= 0) & ~named[np.maximum(nearest, 0)] if len(named) else ~too_far
    return SignCheck(distance, nearest, too_far, unnamed)
