#!/usr/bin/env bash
# Installs what the demo and the tests need, and only what is missing:
# Debian's QGIS, then a venv on top of the system Python (the only one that imports qgis).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
venv="$here/.venv"
stamp="$venv/.setup-done"

# libgeos-dev: shapely is built against the GEOS that QGIS loads, because two
# GEOS libraries in one qgis_process mix their symbols (seen: "WKB output
# dimension must be 2 or 3" from a shapely wheel inside qgis_process).
# chromium, poppler-utils: the dossier's tests (web map in a headless browser,
# PDF pages and text); fonts-dejavu-core: the dossier's font, headless too.
# xvfb, xauth: the desktop tests (QGIS's own windows on a virtual screen);
# qttools5-dev-tools: lrelease, which compiles the translations.
# grass-core, qgis-plugin-grass: GRASS r.viewshed through QGIS's Processing,
# the second method of the terrain tests.
packages="qgis python3-qgis qgis-providers libgeos-dev g++ python3-dev python3-venv chromium poppler-utils fonts-dejavu-core xvfb xauth qttools5-dev-tools grass-core qgis-plugin-grass"
if ! dpkg -s $packages >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import qgis.core' 2>/dev/null; then
    echo "setup: installing QGIS from Debian's packages"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $packages >/dev/null
fi

wanted=$(cat "$here/requirements.txt" "$0" | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    exit 0
fi

echo "setup: building $venv"
/usr/bin/python3 -m venv --system-site-packages "$venv"
qgis_version=$(QT_QPA_PLATFORM=offscreen /usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION_INT)')
# QGIS's GDAL bindings are built against the system numpy: keep it.
numpy_version=$(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')
constraints="$venv/constraints.txt"
echo "numpy==$numpy_version" > "$constraints"
# pytest-qgis 2.1.0 is the last release that supports QGIS 3.22; newer ones target 3.34+.
if [ "$qgis_version" -lt 33400 ]; then
    echo "pytest-qgis==2.1.0" >> "$constraints"
    echo "pytest<9" >> "$constraints"
fi
"$venv/bin/pip" install -q --upgrade pip
"$venv/bin/pip" install -q --no-binary shapely -c "$constraints" -r "$here/requirements.txt"
# The project itself, editable and without its dependencies (installed just
# above): the batch's console script camera-coverage-batch lands in the venv.
"$venv/bin/pip" install -q --no-deps -e "$here"
echo "$wanted" > "$stamp"
echo "setup: QGIS $qgis_version, numpy $numpy_version, $("$venv/bin/python" -c 'import shapely; print("shapely", shapely.__version__)')"
