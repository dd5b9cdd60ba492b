"""The audit on real data: the 57 camera sites of Paris 18e (BO 2019, no
direction, so all round) against the 6,821 parcels of the 75118 cadastre.
Prints the figures and the median wall time of several runs.

    .venv/bin/python benchmarks/paris18_audit.py [--runs 5]
"""

import argparse
import statistics
import time

from qgis_session import SHARED_DATA, start_qgis


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--range", type=float, default=30.0)
    args = parser.parse_args()
    app, _provider = start_qgis()  # the registry needs the reference kept
    import processing
    from qgis.core import QgsVectorLayer

    paris = SHARED_DATA / "paris18"
    uri = (
        f"file://{paris / 'cameras-paris-bo2019.csv'}?delimiter=;&xField=lon&yField=lat"
        "&crs=EPSG:4326&detectTypes=yes"
    )
    cameras = QgsVectorLayer(uri, "cameras", "delimitedtext")
    cameras.setSubsetString('"Code postal" = 75018')
    times, result = [], None
    for _ in range(args.runs):
        parcels = QgsVectorLayer(str(paris / "cadastre-75118-parcelles.json"), "parcels", "ogr")
        start = time.perf_counter()
        result = processing.run(
            "camera_coverage:coverageaudit",
            {
                "CAMERAS": cameras,
                "ID_FIELD": "Numéro",
                "PARCELS": parcels,
                "DEFAULT_RANGE": args.range,
                "OUTPUT_CAMERAS": "memory:",
                "OUTPUT_COVERAGE": "memory:",
                "OUTPUT_PIECES": "memory:",
            },
        )
        times.append(time.perf_counter() - start)
    audited = list(result["OUTPUT_CAMERAS"].getFeatures())
    flagged = [f for f in audited if f["masking_required"]]
    covered = sum(f["covered_m2"] for f in audited)
    private = sum(f["private_m2"] for f in audited)
    print(f"cameras audited: {len(audited)} (parcels: {parcels.featureCount()})")
    print(f"cameras flagged (private > 1 m²): {len(flagged)}")
    print(
        f"ground covered: {covered:,.0f} m², private: {private:,.0f} m² "
        f"({100 * private / covered:.1f} %)"
    )
    shares = sorted(f["private_pct"] for f in audited)
    print(
        f"private share per camera: median {statistics.median(shares):.1f} %, "
        f"max {shares[-1]:.1f} %"
    )
    print(
        f"wall time of processing.run (read + audit + write), {args.runs} runs: "
        f"median {statistics.median(times):.2f} s, min {min(times):.2f} s"
    )
    app.exitQgis()


if __name__ == "__main__":
    main()
