"""QGIS layer I/O shared by the algorithms and the dossier: reading layers
into the core's arrays and writing its results back, below both."""
