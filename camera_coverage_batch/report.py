"""The plugin's HTML audit report (camera_coverage.core.report) for one
commune of a batch run: its cameras, their figures and reasons, the
rejected ones, the assumptions and the sources."""

from pathlib import Path

from camera_coverage.core.report import audit_report

from .files import read_json
from .prepare import load_manifest
from .run import RUN_FILE
from .summary import camera_tables, finished_tiles

LABELS = {
    "en": {
        "commune": "Commune (INSEE)",
        "fov": "Field of view where none is given",
        "range": "Range where none is given",
        "range_mode": "Each footprint stops at",
        "resolution": "Horizontal resolution where none is given",
        "tolerance": "Private area tolerated before masking",
        "public": "Public parcels",
        "public_none": "none: every parcel is private (no --public-field given)",
        "camera_commune": "A camera's commune",
        "nearest_parcel": "that of the nearest parcel within its reach",
        "crs": "Working CRS (areas in m²)",
        "tiles": "Batch tiles (camera-coverage-batch)",
        "rejected": "Rejected cameras listed",
        "rejected_which": "those of the tiles that hold this commune's cameras",
    },
    "fr": {
        "commune": "Commune (INSEE)",
        "fov": "Champ de vision quand il n'est pas donné",
        "range": "Portée quand elle n'est pas donnée",
        "range_mode": "Chaque zone vue s'arrête à",
        "resolution": "Résolution horizontale quand elle n'est pas donnée",
        "tolerance": "Surface privée tolérée avant masquage",
        "public": "Parcelles publiques",
        "public_none": "aucune : toutes les parcelles sont privées (pas de --public-field)",
        "camera_commune": "Commune d'une caméra",
        "nearest_parcel": "celle de la parcelle la plus proche à sa portée",
        "crs": "Système de coordonnées de calcul (surfaces en m²)",
        "tiles": "Dalles du traitement par lots (camera-coverage-batch)",
        "rejected": "Caméras rejetées listées",
        "rejected_which": "celles des dalles qui contiennent les caméras de la commune",
    },
}


def _public_text(public, t):
    if not public:
        return t["public_none"]
    return f"{public['field']} ∈ {{{', '.join(public['values'])}}}"


def commune_report(out_dir, insee, output=None):
    """Write report-<insee>.html (or `output`); returns its path."""
    out_dir = Path(out_dir)
    parameters = read_json(out_dir / RUN_FILE)
    settings = parameters["settings"]
    lang = settings.get("lang", "en")
    cameras = camera_tables(out_dir, columns=None)
    if len(cameras) == 0 or not (cameras["commune"] == insee).any():
        raise ValueError(
            f"no audited camera in commune {insee} among the finished tiles of {out_dir}."
        )
    cameras = cameras[cameras["commune"] == insee].sort_values("camera_row")
    audited = [
        {k: v for k, v in row.items() if k != "geometry"} for row in cameras.to_dict("records")
    ]
    tiles = set(cameras["tile"])
    rejected_rows = []
    for key in sorted(tiles):
        frame = camera_tables_for(out_dir, "rejected", key)
        rejected_rows.extend(zip(frame["camera_id"], frame["reason"]))
    manifest = load_manifest(parameters["prepared"])
    t = LABELS.get(lang, LABELS["en"])
    assumptions = [
        (t["commune"], insee),
        (t["fov"], f"{settings['default_fov']:g}°"),
        (t["range"], f"{settings['default_range_m']:g} m"),
        (t["range_mode"], settings["range_mode"]),
        (t["resolution"], f"{settings['default_h_resolution']:g} px"),
        (t["tolerance"], f"{settings['tolerance_m2']:g} m²"),
        (t["public"], _public_text(manifest.get("public"), t)),
        (t["camera_commune"], t["nearest_parcel"]),
        (t["crs"], manifest["crs"]),
        (t["tiles"], f"{parameters['tile_m']:g} m; {', '.join(sorted(tiles))}"),
        (t["rejected"], t["rejected_which"]),
    ]
    sources = [
        (layer, ", ".join(Path(p).name for p in paths) or "none")
        for layer, paths in manifest["inputs"].items()
    ]
    path = Path(output) if output else out_dir / f"report-{insee}.html"
    path.write_text(audit_report(audited, rejected_rows, assumptions, sources, lang), "utf-8")
    return path


def camera_tables_for(out_dir, kind, key):
    import geopandas as gpd

    if key not in finished_tiles(out_dir):
        return {"camera_id": [], "reason": []}
    return gpd.read_parquet(Path(out_dir) / kind / f"{key}.parquet")
