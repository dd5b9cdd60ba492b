"""camera-coverage-batch: the plugin's audit for a département or all of
France, on Dask. It imports camera_coverage.core only (never QGIS), so the
per-camera figures are the plugin's own; it is not part of the plugin zip.

    camera-coverage-batch prepare --cameras CAMS --parcels DIR --buildings DIR --out PREPARED
    camera-coverage-batch run PREPARED --out RESULTS [--scheduler ADDRESS] [--resume]
    camera-coverage-batch report RESULTS INSEE
"""

LAMBERT_93 = "EPSG:2154"


def lambert_93():
    """The CRS as a pyproj object, built once per process: built from a
    name, it costs milliseconds each time, and a tile names it a dozen times."""
    global _LAMBERT_93
    if _LAMBERT_93 is None:
        from pyproj import CRS

        _LAMBERT_93 = CRS.from_user_input(LAMBERT_93)
    return _LAMBERT_93


_LAMBERT_93 = None
