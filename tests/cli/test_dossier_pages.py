"""The two demo dossiers (`make demo`: the sample town's audit and the
sample lycée's plan), in English and in French, read as pages: no text
drawn over text, nothing off the page, every mask row of a camera printed
on its pages, a footer with the study's name, the date and the page number
on every page, no folder path of the machine, no login in the metadata."""

import getpass
import os
import re
import shutil
import subprocess
from html import unescape

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from camera_coverage.core.messages import number
from tests.conftest import ROOT
from tests.pdf_pages import flat, layout_faults, pdf_pages

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
# What a printer keeps: no text closer than 5 mm to the paper's edge.
PRINT_MARGIN_PT = 5 / 25.4 * 72
CAMERA = {"en": "Camera", "fr": "Caméra"}
CONTINUED = {"en": "continued", "fr": "suite"}


@pytest.fixture(scope="module", params=["en", "fr"])
def demo(request, tmp_path_factory):
    """`make demo`'s two dossiers, in one language."""
    lang = request.param
    out = tmp_path_factory.mktemp(f"demo_{lang}")
    env = dict(os.environ, CAMERA_COVERAGE_LOCALE="en_GB" if lang == "en" else "fr_FR")
    run = subprocess.run(
        ["bash", str(ROOT / "scripts" / "demo.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return lang, out


def dossiers(demo):
    out = demo[1]
    return {
        "town": (out / "dossier" / "dossier.pdf", out / "cameras.gpkg", out / "masks.gpkg"),
        "plan": (
            out / "plan" / "dossier" / "dossier.pdf",
            out / "plan" / "cameras.gpkg",
            out / "plan" / "masks.gpkg",
        ),
    }


@pytest.mark.parametrize("which", ["town", "plan"])
def test_no_text_over_text_and_nothing_off_the_page(demo, which):
    pdf = dossiers(demo)[which][0]
    faults = layout_faults(pdf, PRINT_MARGIN_PT)
    assert not faults, "\n".join(faults)


def camera_pages(pages, lang, camera_id):
    """The text of the pages headed by this camera (its page and the pages
    that continue it)."""
    heading = f"{CAMERA[lang]} {camera_id}"
    found = []
    for page in pages:
        top = [line.text for line in page.lines if line.y1 < 60]
        if any(t == heading or t.startswith(heading + " (") for t in top):
            found.append(page.text)
    return "\n".join(found)


@pytest.mark.parametrize("which", ["town", "plan"])
def test_every_mask_row_is_printed_on_its_cameras_pages(demo, which):
    lang = demo[0]
    pdf, _, masks_path = dossiers(demo)[which]
    pages = pdf_pages(pdf)
    masks = QgsVectorLayer(str(masks_path), "masks", "ogr")
    rows = [
        (m["camera_id"], float(m["area_m2"]), float(m["from_deg"]), float(m["to_deg"]))
        for m in masks.getFeatures()
    ]
    del masks
    assert rows, "the demo has masks"
    missing = []
    for camera_id, area, start, end in rows:
        text = flat(camera_pages(pages, lang, camera_id))
        assert text, f"no page for camera {camera_id}"
        printed = flat(f"{number(area, lang, 1)} m² · {start:.0f}°–{end:.0f}°")
        if printed not in text:
            missing.append(f"{camera_id}: {printed}")
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("which", ["town", "plan"])
def test_every_page_says_the_study_the_date_and_its_number(demo, which):
    pdf = dossiers(demo)[which][0]
    pages = pdf_pages(pdf)
    # No TITLE given: the sample town's folder name, the lycée's perimeter's.
    title = {"town": "Sample town", "plan": "Lycée Marie Curie (fictif)"}[which]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(rf"^Title:\s+{re.escape(title)}$", info, re.MULTILINE), info
    author = re.search(r"^Author:\s+(.*)$", info, re.MULTILINE).group(1)
    assert "camera_coverage" in author and getpass.getuser() not in author
    date = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
    for page in pages:
        text = flat(page.text)
        assert f"{page.number} / {len(pages)}" in text, page.number
        assert title in text, page.number
        assert date.search(text), page.number
    # The HTML pages name the study too (found missing by a hostile review).
    for name in ("report.html", "map.html"):
        html = unescape((pdf.parent / name).read_text(encoding="utf-8"))
        assert title in html, name


@pytest.mark.parametrize("which", ["town", "plan"])
def test_no_folder_of_the_machine_is_printed(demo, which):
    out = demo[1]
    pdf = dossiers(demo)[which][0]
    texts = [page.text for page in pdf_pages(pdf)]
    texts.append((pdf.parent / "report.html").read_text(encoding="utf-8"))
    for text in texts:
        squeezed = re.sub(r"\s+", "", text)
        for folder in (str(out), str(ROOT), os.path.expanduser("~")):
            assert re.sub(r"\s+", "", folder) not in squeezed


@pytest.mark.parametrize("which", ["town", "plan"])
def test_scale_bars_go_by_round_steps_and_the_project_opens_on_the_cameras(demo, which):
    from qgis.core import QgsLayoutItemScaleBar

    pdf, cameras_path, _ = dossiers(demo)[which]
    project = QgsProject()
    assert project.read(str(pdf.parent / "project.qgz"))
    try:
        layout = project.layoutManager().layouts()[0]
        bars = [i for i in layout.items() if isinstance(i, QgsLayoutItemScaleBar)]
        assert bars
        for bar in bars:
            step = bar.unitsPerSegment()
            mantissa = step / 10 ** int(f"{step:e}".split("e")[1])
            assert mantissa in (1.0, 2.0, 5.0), step
        view = project.viewSettings().defaultViewExtent()
        assert not view.isEmpty()
        cameras = QgsVectorLayer(str(cameras_path), "cameras", "ogr")
        assert view.contains(cameras.extent())
        assert view.width() < 10 * max(cameras.extent().width(), 100)
    finally:
        project.clear()
