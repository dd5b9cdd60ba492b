#!/usr/bin/env bash
# The demo dossiers' pages as a reader sees them, rendered to PNG into docs/
# (or the folder given): the sample town's audit and the sample lycée's plan,
# in English and in French, built as `make demo` builds them.
#   docs/dossier-{town,plan}-{en,fr}-page-N.png  (the cover, the overview and
#   the first camera pages; every page with ALL_PAGES=1), and the README's
#   docs/dossier-page-{1,2,3}.png (the English town's).
# Needs poppler-utils (pdftoppm).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
docs="${1:-$root/docs}"
pages="${ALL_PAGES:+9999}"
pages="${pages:-5}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$docs"
for lang in en fr; do
    locale=$([ "$lang" = en ] && echo en_GB || echo fr_FR)
    CAMERA_COVERAGE_LOCALE="$locale" bash "$root/scripts/demo.sh" "$work/$lang" >/dev/null
    for which in town plan; do
        pdf="$work/$lang/dossier/dossier.pdf"
        [ "$which" = plan ] && pdf="$work/$lang/plan/dossier/dossier.pdf"
        rm -f "$docs/dossier-$which-$lang"-page-*.png
        pdftoppm -r 60 -png -f 1 -l "$pages" "$pdf" "$docs/dossier-$which-$lang-page"
        # pdftoppm pads the page numbers to the page count's width: not in docs/.
        for png in "$docs/dossier-$which-$lang"-page-*.png; do
            number=$(basename "$png" .png | sed 's/.*-page-0*//')
            [ "$png" = "$docs/dossier-$which-$lang-page-$number.png" ] \
                || mv "$png" "$docs/dossier-$which-$lang-page-$number.png"
        done
    done
done
# The README's first three (the English town's cover, overview, first camera).
for number in 1 2 3; do
    cp "$docs/dossier-town-en-page-$number.png" "$docs/dossier-page-$number.png"
done
ls "$docs"/dossier-*page-*.png
