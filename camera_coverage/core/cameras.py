"""Camera values checked and completed before any geometry is built: a
camera with an unusable value is rejected with its reason, never dropped in
silence, and a missing value takes a stated default."""

from dataclasses import dataclass, field

import numpy as np

from .messages import text
from .optics import hfov_from_lens

MAX_RANGE_M = 1000.0
# Above any mast or tower a street camera is mounted on: a larger figure is
# a unit error (centimetres, feet) that would give a clean-looking wrong view.
MAX_HEIGHT_M = 300.0


@dataclass
class CameraValues:
    """The per-camera columns the geometry needs (NaN = missing)."""

    camera_id: list
    direction: np.ndarray
    fov: np.ndarray
    range_m: np.ndarray
    pan_deg: np.ndarray = None
    height_m: np.ndarray = None
    tilt_deg: np.ndarray = None
    h_resolution: np.ndarray = None
    sensor_width_mm: np.ndarray = None
    focal_mm: np.ndarray = None
    vfov_deg: np.ndarray = None
    # Camera index -> (field, value as written) for a value that is not a
    # number ("NE" in a column of degrees): that camera is rejected, naming it.
    unreadable: dict = field(default_factory=dict)

    def __post_init__(self):
        n = len(self.camera_id)
        self.direction = np.asarray(self.direction, dtype=float)
        self.fov = np.asarray(self.fov, dtype=float)
        self.range_m = np.asarray(self.range_m, dtype=float)
        pan = np.zeros(n) if self.pan_deg is None else self.pan_deg
        self.pan_deg = np.nan_to_num(np.asarray(pan, dtype=float))
        optional = (
            "height_m",
            "tilt_deg",
            "h_resolution",
            "sensor_width_mm",
            "focal_mm",
            "vfov_deg",
        )
        for name in optional:
            value = getattr(self, name)
            setattr(self, name, np.full(n, np.nan) if value is None else np.asarray(value, float))


@dataclass
class CheckedCameras:
    """Usable cameras with defaults applied, and the rejected ones with
    their reasons (index into the input, message)."""

    usable: np.ndarray
    direction: np.ndarray
    fov: np.ndarray
    range_m: np.ndarray
    pan_deg: np.ndarray
    default_fov_used: int
    fov_from_lens: int
    default_range_used: int
    rejected: list = field(default_factory=list)

    @property
    def sweep_deg(self):
        """The angle the footprint spans: all round without a direction, else
        the turning arc widened by the field of view, at most all round."""
        return np.where(np.isnan(self.direction), 360.0, np.minimum(self.fov + self.pan_deg, 360.0))


def check_cameras(values, default_fov, default_range_m, lang="en", located=None):
    """Apply defaults where a value is missing; reject out-of-range values."""
    n = len(values.camera_id)
    located = np.ones(n, dtype=bool) if located is None else np.asarray(located, bool)
    # A data sheet gives the lens more often than the angle: HFOV = 2 atan(w / 2f).
    with np.errstate(invalid="ignore", divide="ignore"):
        from_lens = hfov_from_lens(values.sensor_width_mm, values.focal_mm)
    lens_known = np.isnan(values.fov) & (from_lens > 0) & (from_lens < 180)
    fov_given = np.where(lens_known, from_lens, values.fov)
    fov_missing = np.isnan(fov_given)
    range_missing = np.isnan(values.range_m)
    fov = np.where(fov_missing, default_fov, fov_given)
    range_m = np.where(range_missing, default_range_m, values.range_m)
    direction = np.where(np.isinf(values.direction), np.nan, values.direction) % 360.0

    reasons = [None] * n
    unreadable = np.zeros(n, dtype=bool)
    unreadable[list(values.unreadable)] = True
    checks = (
        (~located, lambda i: text("reject_no_geometry", lang)),
        (
            unreadable,
            lambda i: text(
                "reject_not_a_number",
                lang,
                field=values.unreadable[i][0],
                value=values.unreadable[i][1],
            ),
        ),
        (
            np.isinf(values.direction),
            lambda i: text("reject_direction", lang, value=f"{values.direction[i]:g}"),
        ),
        (~((fov > 0) & (fov <= 360)), lambda i: text("reject_fov", lang, value=f"{fov[i]:g}")),
        (
            ~((range_m > 0) & (range_m <= MAX_RANGE_M)),
            lambda i: text("reject_range", lang, value=f"{range_m[i]:g}", max=int(MAX_RANGE_M)),
        ),
        (
            ~((values.pan_deg >= 0) & (values.pan_deg <= 360)),
            lambda i: text("reject_pan", lang, value=f"{values.pan_deg[i]:g}"),
        ),
        *_optics_checks(values, lang),
    )
    for bad, describe in checks:
        for i in np.flatnonzero(bad):
            if reasons[i] is None:
                reasons[i] = describe(i)
    usable = np.array([r is None for r in reasons], dtype=bool)
    return CheckedCameras(
        usable=usable,
        direction=direction,
        fov=fov,
        range_m=range_m,
        pan_deg=values.pan_deg,
        default_fov_used=int((fov_missing & usable).sum()),
        fov_from_lens=int((lens_known & usable).sum()),
        default_range_used=int((range_missing & usable).sum()),
        rejected=[(i, reasons[i]) for i in range(n) if reasons[i] is not None],
    )


def _bad(column, good):
    """Given (not NaN) and not good: missing values are unknown, not wrong;
    an infinite one is wrong (an infinite resolution gave infinite DORI
    distances, which stopped the whole run at the writing)."""
    with np.errstate(invalid="ignore"):
        return ~np.isnan(column) & ~(np.isfinite(column) & good(column))


def _optics_checks(values, lang):
    """Height, tilt and the lens: an impossible value (height -5 m, tilt
    200°) would otherwise give an empty view cleared as public only."""
    height, tilt = values.height_m, values.tilt_deg
    width, focal = values.sensor_width_mm, values.focal_mm
    return (
        (
            _bad(height, lambda h: (h > 0) & (h <= MAX_HEIGHT_M)),
            lambda i: text("reject_height", lang, value=f"{height[i]:g}", max=int(MAX_HEIGHT_M)),
        ),
        (
            _bad(tilt, lambda t: (t >= -90) & (t <= 90)),
            lambda i: text("reject_tilt", lang, value=f"{tilt[i]:g}"),
        ),
        (
            _bad(values.vfov_deg, lambda v: (v > 0) & (v < 180)),
            lambda i: text("reject_vfov", lang, value=f"{values.vfov_deg[i]:g}"),
        ),
        (
            _bad(values.h_resolution, lambda r: r > 0),
            lambda i: text("reject_resolution", lang, value=f"{values.h_resolution[i]:g}"),
        ),
        (
            _bad(width, lambda w: w > 0) | _bad(focal, lambda f: f > 0),
            lambda i: text("reject_lens", lang, width=f"{width[i]:g}", focal=f"{focal[i]:g}"),
        ),
    )
