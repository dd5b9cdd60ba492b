#!/usr/bin/env bash
# The plugin zip for QGIS's "Install from ZIP": one top folder named after
# the package, built from committed files only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
version=$(sed -n 's/^version=//p' camera_coverage/metadata.txt)
mkdir -p dist
git archive --format=zip --output "dist/camera_coverage-$version.zip" HEAD camera_coverage
echo "dist/camera_coverage-$version.zip"
