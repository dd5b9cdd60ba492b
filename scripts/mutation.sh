#!/usr/bin/env bash
# Mutation testing of the core with mutmut (outside CI: it runs the unit
# tests that reach each mutant, once per mutant). Extra arguments go to
# `mutmut run`: globs of mutant names, e.g. the modules most at risk first:
#   scripts/mutation.sh "camera_coverage.core.footprint.*" "camera_coverage.core.rules.*"
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export MUTATION=1 CAMERA_COVERAGE_SHARED="$root/../shared" CAMERA_COVERAGE_WORKERS=1
# The core's tests need no QGIS: leave pytest-qgis out (and Qt headless).
export PYTEST_ADDOPTS="-p no:pytest_qgis -x -q" QT_QPA_PLATFORM=offscreen
.venv/bin/mutmut run --max-children "${MUTATION_JOBS:-2}" "$@" || true
.venv/bin/mutmut results | tee mutants/results.txt
