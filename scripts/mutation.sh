#!/usr/bin/env bash
# Mutation testing of the core with mutmut (outside CI: it runs the unit
# tests that reach each mutant, once per mutant). Extra arguments go to
# `mutmut run`: globs of mutant names, e.g. the modules most at risk first:
#   scripts/mutation.sh "camera_coverage.core.footprint.*" "camera_coverage.core.rules.*"
# MUTATION_SAMPLE=0.08 runs a seeded random sample of that fraction of every
# module's mutants instead (all of core is ~10,000 mutants, half a day on two
# cores); scripts/mutation_tally.py then gives the score per module.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export MUTATION=1 CAMERA_COVERAGE_SHARED="$root/../shared" CAMERA_COVERAGE_WORKERS=1
# The core's tests need no QGIS: leave pytest-qgis out (and Qt headless).
export PYTEST_ADDOPTS="-p no:pytest_qgis -x -q" QT_QPA_PLATFORM=offscreen
jobs="${MUTATION_JOBS:-2}"
if [[ -n "${MUTATION_SAMPLE:-}" ]]; then
    rm -rf mutants
    .venv/bin/python scripts/mutation_sample.py --fraction "$MUTATION_SAMPLE" --jobs "$jobs" --output mutants.sample
    mapfile -t sample <mutants.sample
    mv mutants.sample mutants/sample.txt
    set -- "${sample[@]}"
fi
.venv/bin/mutmut run --max-children "$jobs" "$@" || true
.venv/bin/python scripts/mutation_tally.py | tee mutants/results.txt
