#!/usr/bin/env bash
# The plugin zip for QGIS's "Install from ZIP" and plugins.qgis.org: one top
# folder named after the package, built from committed files only, with the
# changelog from CHANGELOG.md written into metadata.txt, then checked
# (scripts/check_zip.py) against the official repository's rules.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=/usr/bin/python3
[ -x "$root/.venv/bin/python" ] && python="$root/.venv/bin/python"
version=$(sed -n 's/^version=//p' camera_coverage/metadata.txt)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git archive --format=tar HEAD camera_coverage | tar -x -C "$work"
mkdir -p dist
zip="$root/dist/camera_coverage-$version.zip"
"$python" "$root/scripts/check_zip.py" build "$work" "$root/CHANGELOG.md" "$zip"
"$python" "$root/scripts/check_zip.py" check "$zip"
echo "dist/camera_coverage-$version.zip"
