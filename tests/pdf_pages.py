"""A PDF's pages as a reader sees them: each page's text lines and their
boxes (poppler's `pdftotext -bbox-layout`), and the faults a reader would
notice: two lines drawn over each other, a line leaving the page.
No QGIS here: any PDF can be checked, whoever made it."""

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from xml.etree import ElementTree

XHTML = "{http://www.w3.org/1999/xhtml}"
# Consecutive lines of one paragraph touch (their font boxes overlap by a
# fraction of a point): two lines overlap when they share more than this,
# in points, both across and down.
TOLERANCE_PT = 1.0


@dataclass(frozen=True)
class Line:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def overlap(self, other):
        """How far the two boxes share ground across and down (points)."""
        across = min(self.x1, other.x1) - max(self.x0, other.x0)
        down = min(self.y1, other.y1) - max(self.y0, other.y0)
        return across, down


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list

    @property
    def text(self):
        return "\n".join(line.text for line in self.lines)


def flat(text):
    """Text as it reads, to compare with what a PDF shows: ligatures
    (ﬁ) and narrow no-break spaces unfolded, runs of white space as one."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(text))).strip()


def pdf_pages(path):
    """The PDF's pages, each with its text lines (text and box, in points
    from the page's top left corner)."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    root = ElementTree.fromstring(xhtml)
    pages = []
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        lines = []
        for line in page.iter(f"{XHTML}line"):
            words = [word.text or "" for word in line.iter(f"{XHTML}word")]
            lines.append(
                Line(
                    " ".join(words),
                    *(float(line.get(key)) for key in ("xMin", "yMin", "xMax", "yMax")),
                )
            )
        pages.append(Page(number, float(page.get("width")), float(page.get("height")), lines))
    return pages


def overlaps(page, tolerance=TOLERANCE_PT):
    """Pairs of the page's lines drawn over each other."""
    found = []
    lines = sorted(page.lines, key=lambda line: line.y0)
    for index, line in enumerate(lines):
        for other in lines[index + 1 :]:
            if other.y0 >= line.y1 - tolerance:
                break
            across, down = line.overlap(other)
            if across > tolerance and down > tolerance:
                found.append((line, other))
    return found


def off_page(page, margin=0.0):
    """The page's lines that leave it (or come closer than `margin` points
    to its edge)."""
    return [
        line
        for line in page.lines
        if line.x0 < margin
        or line.y0 < margin
        or line.x1 > page.width - margin
        or line.y1 > page.height - margin
    ]


def layout_faults(path, margin=0.0):
    """Every fault of the PDF's layout, in words (empty when there is none):
    lines over lines, lines off the page."""
    faults = []
    for page in pdf_pages(path):
        for line, other in overlaps(page):
            faults.append(f"page {page.number}: {line.text!r} over {other.text!r}")
        for line in off_page(page, margin):
            faults.append(
                f"page {page.number}: {line.text!r} leaves the page "
                f"({line.x0:.0f},{line.y0:.0f})-({line.x1:.0f},{line.y1:.0f}) "
                f"of {page.width:.0f}x{page.height:.0f}"
            )
    return faults


def camera_page_numbers(path, heading):
    """Each camera's page numbers, in the PDF's order: `heading` is the
    camera pages' title without the id ("Camera", "Caméra"); the pages
    that continue a camera's text ("… (continued)") count with it.
    {camera id: [page numbers]}."""
    found = {}
    for page in pdf_pages(path):
        top = sorted((line for line in page.lines if line.y1 < 60), key=lambda line: line.y0)
        if not top or not top[0].text.startswith(heading + " "):
            continue
        title = " ".join(line.text for line in top if line.y0 < top[0].y1 + 20)
        camera_id = title[len(heading) + 1 :]
        for suffix in (" (continued)", " (suite)"):
            if camera_id.endswith(suffix):
                camera_id = camera_id[: -len(suffix)]
        found.setdefault(camera_id, []).append(page.number)
    return found
