"""True north end to end through qgis_process: a GeoJSON in lon/lat at
Brest, sectors written in Lambert-93 whose axes point to the cameras'
bearings on the ground (pyproj's inverse geodesic problem)."""

import json

from pyproj import Geod, Transformer
from qgis.core import QgsVectorLayer

from .test_qgis_process import qgis_process

GEOD = Geod(ellps="WGS84")


def test_sectors_point_to_true_north_bearings_at_brest(tmp_path):
    lon, lat = -4.49, 48.39
    directions = [0.0, 45.0, 180.0, 300.0]
    cameras = tmp_path / "brest.geojson"
    cameras.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {
                            "camera_id": f"c{i}",
                            "direction": d,
                            "fov": 60,
                            "range_m": 40,
                        },
                        "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    }
                    for i, d in enumerate(directions)
                ],
            }
        )
    )
    out = tmp_path / "coverage.gpkg"
    run = qgis_process(
        "--json",
        "run",
        "camera_coverage:cameracoverage",
        "--",
        f"CAMERAS={cameras}",
        f"OUTPUT={out}",
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "true north" in run.stdout + run.stderr
    layer = QgsVectorLayer(str(out), "coverage", "ogr")
    assert layer.crs().authid() == "EPSG:2154"
    to_lonlat = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    seen = {}
    for feature in layer.getFeatures():
        centroid = feature.geometry().centroid().asPoint()
        clon, clat = to_lonlat.transform(centroid.x(), centroid.y())
        seen[feature["camera_id"]] = GEOD.inv(lon, lat, clon, clat)[0] % 360.0
    assert len(seen) == len(directions)
    for i, wanted in enumerate(directions):
        assert abs((seen[f"c{i}"] - wanted + 180) % 360 - 180) < 0.1
