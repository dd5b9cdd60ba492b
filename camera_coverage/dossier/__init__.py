"""QGIS-side presentation of the audit: styles, the dossier (PDF layout,
HTML report, offline web map, project, CSV). Uses QGIS; the core never
imports it. Modules are imported where used, so that csv_export (plain
Python) can be used and tested without QGIS."""


def build_dossier(*args, **kwargs):
    """See dossier.build.build_dossier."""
    from .build import build_dossier as build

    return build(*args, **kwargs)
