"""Épinay-sur-Orge from its INSEE code, against the recorded services of the
tests (the real Etalab parcels; derived buildings and made-up neighbours,
see tests/recorded_services.py): how many audited cameras still see
unknown ground with the neighbours' parcels read within 150 m and the
commune's outline as the study area, against the commune's parcels alone
(default study area) and against its parcels with the outline but no
neighbours. The same 220 OSM cameras in every run.

    .venv/bin/python benchmarks/epinay_neighbours.py
"""

import os
import tempfile
from pathlib import Path

from qgis_session import ROOT, start_qgis

UNKNOWN_M2 = 0.5  # less is a sliver of arc step, not ground


def main():
    import sys

    sys.path.insert(0, str(ROOT))
    from tests.http_server import RecordedServices
    from tests.recorded_services import record_epinay

    services = RecordedServices().start()
    os.environ.update(record_epinay(services).environ)
    app, _provider = start_qgis()  # the registry needs the reference kept
    import processing
    import pyogrio

    folder = Path(tempfile.mkdtemp())
    packages = {}
    for reach in (150.0, 0.0):
        packages[reach] = folder / f"epinay-{reach:g}.gpkg"
        processing.run(
            "camera_coverage:communedata",
            {"INSEE": "91216", "NEIGHBOURS_M": reach, "OUTPUT": str(packages[reach])},
        )
    cameras = f"{packages[150.0]}|layername=cameras"
    commune = pyogrio.read_dataframe(packages[150.0], layer="commune")
    runs = {
        "Épinay's parcels, default study area": (packages[0.0], False),
        "Épinay's parcels, the outline as study area": (packages[0.0], True),
        "with the neighbours' parcels within 150 m and the outline": (packages[150.0], True),
    }
    for label, (package, given_outline) in runs.items():
        parameters = {
            "CAMERAS": cameras,
            "PARCELS": f"{package}|layername=parcels",
            "OUTPUT_CAMERAS": str(folder / "audit.gpkg"),
        }
        if given_outline:
            parameters["STUDY_AREA"] = f"{package}|layername=commune"
        result = processing.run("camera_coverage:coverageaudit", parameters)
        table = pyogrio.read_dataframe(result["OUTPUT_CAMERAS"], layer="audit")
        audited = table[table["masking_required"].notna()]
        unknown = audited[audited["unknown_m2"] > UNKNOWN_M2]
        inside = audited[audited.within(commune.to_crs(audited.crs).union_all())]
        print(
            f"{label}: {len(unknown)} of {len(audited)} audited cameras see unknown ground "
            f"({100 * len(unknown) / len(audited):.1f} %, {unknown['unknown_m2'].sum():,.0f} m²);"
            f" not audited: {len(table) - len(audited)}; of the {len(inside)} audited inside "
            f"the commune, {int((inside['unknown_m2'] > UNKNOWN_M2).sum())} "
            f"({inside['unknown_m2'].sum():,.0f} m²)"
        )
    services.stop()
    del app


if __name__ == "__main__":
    main()
