"""Checked at load time, so that a volunteer missing a Python package reads
how to install it instead of a traceback."""

from importlib import import_module

REQUIRED = (("shapely", "2.0"), ("pyproj", "3.0"), ("numpy", "1.20"))


def _version_tuple(text):
    return tuple(int(p) for p in text.split(".")[:2] if p.isdigit())


def missing_dependencies():
    """'package >= version' for each required package that is absent or too old."""
    missing = []
    for name, minimum in REQUIRED:
        try:
            version = import_module(name).__version__
        except ImportError:
            missing.append(f"{name} >= {minimum}")
            continue
        if _version_tuple(version) < _version_tuple(minimum):
            missing.append(f"{name} >= {minimum} (found {version})")
    return missing
