"""A French-speaking volunteer gets the dossier in French: qgis_process
with QGIS's interface language set to French in the profile."""

import re
import shutil
import sqlite3
import subprocess

import pytest

from tests.cli.french import french_profile_env
from tests.conftest import SAMPLE_TOWN, sample_town_cameras


def cameras_in_closed_parcels(closing_m=40.0):
    """The sample town's cameras in its parcels' union closed by
    `closing_m`, holes filled (both layers in Lambert-93)."""
    import pyogrio
    import shapely

    parcels = pyogrio.read_dataframe(SAMPLE_TOWN / "parcels.geojson").geometry.to_numpy()
    union = shapely.union_all(shapely.make_valid(parcels))
    closed = union.buffer(closing_m, quad_segs=4).buffer(-closing_m, quad_segs=4)
    area = shapely.union_all([shapely.Polygon(p.exterior) for p in shapely.get_parts(closed)])
    cameras = pyogrio.read_dataframe(SAMPLE_TOWN / "cameras.geojson").geometry.to_numpy()
    return int(shapely.covers(area, cameras).sum())


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_dossier_in_french(tmp_path):
    env = french_profile_env(tmp_path)
    run = subprocess.run(
        [
            "/usr/bin/qgis_process.bin",
            "run",
            "camera_coverage:coverageaudit",
            "--",
            f"CAMERAS={SAMPLE_TOWN / 'cameras.geojson'}",
            f"PARCELS={SAMPLE_TOWN / 'parcels.geojson'}",
            f"OUTPUT_CAMERAS={tmp_path / 'cameras.gpkg'}",
            f"OUTPUT_DOSSIER={tmp_path / 'dossier'}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Durées : lecture" in run.stdout
    cover = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(tmp_path / "dossier" / "dossier.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Audited: every camera but those whose masking is unknown (CAM-32 sees
    # no ground of the study area), as the cameras layer says.
    with sqlite3.connect(tmp_path / "cameras.gpkg") as database:
        (unknown,) = database.execute(
            "SELECT count(*) FROM cameras WHERE masking_required IS NULL"
        ).fetchone()
    count = sample_town_cameras() - unknown
    assert unknown == 1 and f"Caméras auditées : {count}" in cover
    # French figures: a space between thousands (pdftotext may turn the
    # narrow no-break space into another space), a decimal comma.
    # The cost counts the cameras standing in the study area: without one
    # given, the parcels' union closed by 40 m (README), holes filled.
    standing = cameras_in_closed_parcels()
    assert re.search(rf"Caméras implantées dans la zone d'étude : {standing}\b", cover)
    cost = r"\s".join(f"{37_500 * standing:,}".split(","))
    assert re.search(rf"Coût d'installation du réseau : {cost} €", cover)
    assert re.search(r"\d,\d %", cover)
    html = (tmp_path / "dossier" / "map.html").read_text(encoding="utf-8")
    assert 'lang="fr"' in html and "Masquage requis" in html
    header = (tmp_path / "dossier" / "cameras.csv").read_text(encoding="utf-8-sig").splitlines()
    assert ";" in header[0]
