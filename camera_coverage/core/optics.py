"""Camera optics: field of view from the lens, pixel density with distance,
the DORI distances of EN 62676-4, and where a tilted camera meets the
ground. Angles in degrees, lengths in metres; every function takes numpy
arrays as well as numbers, so that a whole camera layer goes through at once.
"""

import numpy as np

# EN 62676-4 pixel densities (px/m), strictest first; the keys are stable
# field-name suffixes.
DORI_LEVELS = {"ident": 250.0, "recog": 125.0, "observ": 62.5, "detect": 25.0}


def hfov_from_lens(sensor_width_mm, focal_mm):
    """HFOV = 2 atan(w / 2f): data sheets give sensor and focal length more
    often than the angle."""
    w, f = np.asarray(sensor_width_mm, dtype=float), np.asarray(focal_mm, dtype=float)
    return np.degrees(2.0 * np.arctan(w / (2.0 * f)))


def vfov_from_hfov(hfov_deg, aspect=16 / 9):
    """tan(v/2) = tan(h/2) / aspect: the vertical angle, rarely published,
    from the horizontal one and the image's width/height ratio."""
    half = np.radians(np.asarray(hfov_deg, dtype=float)) / 2.0
    return np.degrees(2.0 * np.arctan(np.tan(half) / aspect))


def pixel_density(h_resolution_px, hfov_deg, distance_m):
    """px/m = N_h / (2 z tan(HFOV/2)): the image width spread over the
    width of the scene at depth z."""
    half = np.radians(np.asarray(hfov_deg, dtype=float)) / 2.0
    return np.asarray(h_resolution_px, dtype=float) / (
        2.0 * np.asarray(distance_m, dtype=float) * np.tan(half)
    )


def dori_distance(h_resolution_px, hfov_deg, px_per_m):
    """z = N_h / (2 px_per_m tan(HFOV/2)): the depth up to which the camera
    still delivers `px_per_m`, i.e. the reach of one DORI level."""
    half = np.radians(np.asarray(hfov_deg, dtype=float)) / 2.0
    return np.asarray(h_resolution_px, dtype=float) / (
        2.0 * np.asarray(px_per_m, dtype=float) * np.tan(half)
    )


def ground_interval(height_m, tilt_deg, vfov_deg):
    """(near_m, far_m): the ground seen by a camera at height H tilted t
    degrees below the horizontal with vertical field of view v.

    near = H / tan(t + v/2), 0 when the lower edge of the view points
    straight down or beyond; far = H / tan(t - v/2) when t > v/2, else
    infinite (the upper edge reaches the horizon, so only the range limits
    the view). Unknown height, tilt or angle (NaN) means no limit: (0, inf).
    When even the lower edge points above the horizon (t + v/2 <= 0) the
    camera sees no ground: (inf, inf).
    """
    height, tilt, vfov = np.broadcast_arrays(
        *(np.asarray(v, dtype=float) for v in (height_m, tilt_deg, vfov_deg))
    )
    lower = np.radians(tilt + vfov / 2.0)
    upper = np.minimum(np.radians(tilt - vfov / 2.0), np.pi / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        near = np.where(
            lower >= np.pi / 2, 0.0, np.where(lower > 0, height / np.tan(lower), np.inf)
        )
        far = np.where(upper > 0, height / np.tan(upper), np.inf)
    unknown = np.isnan(height) | np.isnan(tilt) | np.isnan(vfov)
    near = np.where(unknown, 0.0, near)
    far = np.where(unknown, np.inf, far)
    if near.ndim == 0:
        return float(near), float(far)
    return near, far
