"""The per-camera table as a CSV a French spreadsheet opens as it is: UTF-8
with a byte-order mark, `;` between cells, decimal commas in French. Text
cells that a spreadsheet would run as a formula (OWASP "CSV injection":
starting with = + - @, a tab or a carriage return) get a leading
apostrophe, so a camera id such as =HYPERLINK(...) stays inert text.
Plain Python: no QGIS here."""

import csv
import math

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text):
    """The cell as a spreadsheet must show it, never evaluate it."""
    return "'" + text if text.startswith(FORMULA_START) else text


def cell(value, lang="en"):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return ("oui" if value else "non") if lang == "fr" else ("yes" if value else "no")
    if isinstance(value, (int, float)):
        text = f"{value:.2f}" if isinstance(value, float) else str(value)
        return text.replace(".", ",") if lang == "fr" else text
    return neutralise(str(value))


def write_csv(path, header, rows, lang="en"):
    """`rows`: sequences of values in `header` order."""
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise(str(h)) for h in header])
        for row in rows:
            writer.writerow([cell(v, lang) for v in row])
