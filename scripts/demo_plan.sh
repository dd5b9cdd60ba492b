#!/usr/bin/env bash
# The CNIL check of the bundled sample lycée's camera plan, through
# qgis_process, in French (CAMERA_COVERAGE_LOCALE=en_GB for English):
# writes the layers, the board's HTML report and the dossier into out/plan/
# (or the folder given).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lycee="$root/resources/sample_lycee"
out="${1:-$root/out/plan}"
mkdir -p "$out"
rm -f "$out"/*.gpkg "$out"/report.html
rm -rf "$out/dossier"
CAMERA_COVERAGE_LOCALE="${CAMERA_COVERAGE_LOCALE:-fr_FR}" \
"$root/scripts/qgis_process.sh" run camera_coverage:plancheck -- \
    CAMERAS="$lycee/cameras.geojson" \
    PERIMETER="$lycee/perimeter.geojson" \
    ZONES="$lycee/zones.geojson" \
    WALLS="$lycee/walls.geojson" \
    BUILDINGS="$lycee/buildings.geojson" \
    OUTPUT_CAMERAS="$out/cameras.gpkg" \
    OUTPUT_SEEN="$out/seen.gpkg" \
    OUTPUT_MASKS="$out/masks.gpkg" \
    OUTPUT_REJECTED="$out/rejected.gpkg" \
    OUTPUT_REPORT="$out/report.html" \
    OUTPUT_DOSSIER="$out/dossier" >"$out/qgis_process.log" 2>&1 \
    || { cat "$out/qgis_process.log"; exit 1; }
grep -E "cam.ras v.rifi|cameras checked|murs|walls" "$out/qgis_process.log" || true
echo "Report: $out/report.html"
echo "Layers: $out/cameras.gpkg, $out/seen.gpkg, $out/masks.gpkg, $out/rejected.gpkg"
echo "Dossier: $out/dossier/dossier.pdf, report.html, map.html, project.qgz, cameras.csv"
