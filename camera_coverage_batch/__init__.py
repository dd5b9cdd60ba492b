"""camera-coverage-batch: the plugin's audit for a département or all of
France, on Dask. It imports camera_coverage.core only (never QGIS), so the
per-camera figures are the plugin's own; it is not part of the plugin zip.

    camera-coverage-batch prepare --cameras CAMS --parcels DIR --buildings DIR --out PREPARED
    camera-coverage-batch run PREPARED --out RESULTS [--scheduler ADDRESS] [--resume]
    camera-coverage-batch report RESULTS INSEE
"""

LAMBERT_93 = "EPSG:2154"
