"""The dossier of a commune where OpenStreetMap maps no camera: a page that
says so, with the date and the sources, rather than a failed run. Nothing
to audit is a finding too (the map may simply be incomplete)."""

import html
from pathlib import Path

from qgis.core import QgsProject

from ..translation import tr
from .layout import DossierLayout, export_pdf
from .pages import Flow, continuation, footers, pdf_metadata


def no_camera_dossier(folder, study, statement, sources):
    """Write dossier.pdf and report.html into `folder`: the study's name,
    the `statement` (why there is nothing to audit) and the `sources`
    ((label, text) pairs). Returns {file name: path}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    advice = tr(
        "To audit the commune's cameras, map them in OpenStreetMap "
        "(man_made=surveillance) or survey them, then run the coverage audit on that layer."
    )
    lines = [f"{label}: {text}" for label, text in sources]
    project = QgsProject()
    try:
        dossier = DossierLayout(project, tr("Dossier"))
        flow = Flow(dossier, continuation(dossier, study)(), continuation(dossier, study))
        flow.paragraph(statement, 12.0, True)
        flow.paragraph(advice, 10.0, gap=4.0)
        flow.paragraph(tr("Sources"), 10.0, True, gap=6.0)
        for line in lines:
            flow.paragraph(line, 8.0, gap=1.0)
        footers(dossier, study)
        pdf_metadata(project, study, tr("Dossier"))
        pdf = folder / "dossier.pdf"
        export_pdf(dossier.layout, pdf)
    finally:
        project.clear()
        del project
    report = folder / "report.html"
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    report.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(study)}</title></head><body>"
        f"<h1>{html.escape(study)}</h1><p><strong>{html.escape(statement)}</strong></p>"
        f"<p>{html.escape(advice)}</p><h2>{html.escape(tr('Sources'))}</h2><ul>{items}</ul>"
        "</body></html>",
        encoding="utf-8",
    )
    return {"dossier.pdf": pdf, "report.html": report}
