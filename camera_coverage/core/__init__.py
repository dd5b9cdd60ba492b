"""The science of camera coverage, in pure Python (shapely, pyproj, numpy).

Never imports QGIS, so that it runs in a notebook or a batch job as well as
behind the Processing algorithms.
"""
