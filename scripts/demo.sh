#!/usr/bin/env bash
# The coverage audit on the bundled sample town, through qgis_process:
# writes the layers, the HTML report and the dossier into out/ (or the folder given).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
town="$root/resources/sample_town"
out="${1:-$root/out}"
mkdir -p "$out"
rm -rf "$out"/*.gpkg "$out"/report.html "$out"/dossier
"$root/scripts/qgis_process.sh" run camera_coverage:coverageaudit -- \
    CAMERAS="$town/cameras.geojson" \
    PARCELS="$town/parcels.geojson" \
    BUILDINGS="$town/buildings.geojson" \
    OWNERS="$town/owners.csv" \
    ENTRANCES="$town/entrances.geojson" \
    SIGNS="$town/signs.geojson" \
    TOLERANCE_M2=1 \
    OUTPUT_CAMERAS="$out/cameras.gpkg" \
    OUTPUT_COVERAGE="$out/coverage.gpkg" \
    OUTPUT_PIECES="$out/pieces.gpkg" \
    OUTPUT_REJECTED="$out/rejected.gpkg" \
    OUTPUT_DORI="$out/dori.gpkg" \
    OUTPUT_MASKS="$out/masks.gpkg" \
    OUTPUT_REPORT="$out/report.html" \
    OUTPUT_FIGURES="$out/figures.gpkg" \
    OUTPUT_DOSSIER="$out/dossier" >"$out/qgis_process.log" 2>&1 \
    || { cat "$out/qgis_process.log"; exit 1; }
grep -E "cameras audited|buildings hide|Owners|Buildings:|dwelling façades|Timing" "$out/qgis_process.log" || true
echo "Report: $out/report.html"
echo "Dossier: $out/dossier/ (dossier.pdf, report.html, map.html, project.qgz, cameras.csv)"
echo "Layers: $out/cameras.gpkg, $out/coverage.gpkg, $out/pieces.gpkg, $out/dori.gpkg, $out/masks.gpkg, $out/rejected.gpkg"
# The lycée plan check (make demo-plan) after the town's audit.
bash "$root/scripts/demo_plan.sh" "$out/plan"
