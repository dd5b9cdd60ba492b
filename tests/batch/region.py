"""A small generated region (benchmarks/make_region.py: Etalab-like
per-commune files) prepared once for the batch tests."""

import subprocess
import sys

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage_batch.inputs import gdal_path
from camera_coverage_batch.prepare import CAMERA_NUMBERS
from camera_coverage_batch.table import camera_table
from tests.conftest import ROOT

COMMUNES, CAMERAS, PARCELS, BUILDINGS = 4, 150, 3000, 2000


def make_region(folder):
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "make_region.py"),
            "--communes",
            str(COMMUNES),
            "--cameras",
            str(CAMERAS),
            "--parcels",
            str(PARCELS),
            "--buildings",
            str(BUILDINGS),
            "--out",
            str(folder),
        ],
        check=True,
        capture_output=True,
    )
    return folder


def region_reference(folder, settings=None):
    """One run_audit over the whole region, read straight from its files."""
    cameras = pyogrio.read_dataframe(folder / "cameras.geojson")
    parcels = pd.concat(
        [pyogrio.read_dataframe(gdal_path(p)) for p in sorted(folder.glob("*-parcelles.json.gz"))],
        ignore_index=True,
    )
    buildings = pd.concat(
        [pyogrio.read_dataframe(gdal_path(p)) for p in sorted(folder.glob("*-batiments.json.gz"))],
        ignore_index=True,
    )
    values = CameraValues(
        camera_id=list(cameras["camera_id"]),
        **{
            n: cameras[n].to_numpy(dtype=float) if n in cameras else np.full(len(cameras), np.nan)
            for n in CAMERA_NUMBERS
        },
    )
    result = run_audit(
        cameras.geometry.to_numpy(),
        "EPSG:4326",
        values,
        gpd.GeoSeries(parcels.geometry).to_numpy(),
        "EPSG:4326",
        list(parcels["id"]),
        np.zeros(len(parcels), dtype=bool),
        settings or AuditSettings(),
        buildings=gpd.GeoSeries(buildings.geometry).to_numpy(),
        buildings_crs="EPSG:4326",
    )
    return camera_table(result, list(cameras["camera_id"]))
