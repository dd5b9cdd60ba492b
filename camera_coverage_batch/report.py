"""The plugin's HTML audit report (camera_coverage.core.report) for one
commune of a batch run: its cameras, their figures and reasons, the
rejected ones, the assumptions and the sources."""

from pathlib import Path

from camera_coverage.core.report import audit_report

from .files import read_json
from .heights import region_heights
from .inputs import InputError
from .prepare import load_manifest
from .run import RUN_FILE
from .summary import NO_COMMUNE_LABEL, camera_tables, rejected_table
from .worker import COMMUNE_M, NO_COMMUNE

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
        "outline": "the commune outline holding it, else ",
        "nearest_parcel": "that of the nearest parcel within {distance} m, else none",
        "crs": "Working CRS (areas in m²)",
        "tiles": "Batch tiles (camera-coverage-batch)",
        "rejected": "Rejected cameras listed",
        "rejected_which": "those of this commune (rejected at prepare or by the audit)",
        "heights": "Heights of the buildings",
        "heights_none": (
            "none known: each hides everything behind it, as a wall of unlimited height"
        ),
        "heights_old": " (the region was prepared before the batch read them)",
        "heights_from": (
            "from {fields}; one lower than a camera hides only the ground its top shadows "
            "from it (exact); {unknown} of {buildings} have no usable height and, like all "
            "seen from a camera without height_m, hide everything behind them"
        ),
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
        "outline": "celle du contour de commune qui la contient, sinon ",
        "nearest_parcel": (
            "celle de la parcelle la plus proche à moins de {distance} m, sinon aucune"
        ),
        "crs": "Système de coordonnées de calcul (surfaces en m²)",
        "tiles": "Dalles du traitement par lots (camera-coverage-batch)",
        "rejected": "Caméras rejetées listées",
        "rejected_which": "celles de la commune (rejetées à la préparation ou par l'audit)",
        "heights": "Hauteurs des bâtiments",
        "heights_none": (
            "aucune connue : chacun cache tout ce qui est derrière lui, comme un mur de "
            "hauteur illimitée"
        ),
        "heights_old": " (la région a été préparée avant que le traitement par lots ne les lise)",
        "heights_from": (
            "lues dans {fields} ; plus bas qu'une caméra, il ne lui cache que le sol que son "
            "sommet ombre (exact) ; {unknown} sur {buildings} n'ont pas de hauteur utilisable "
            "et, comme tous ceux vus d'une caméra sans height_m, cachent tout ce qui est "
            "derrière eux"
        ),
    },
}


def _public_text(public, t):
    if not public:
        return t["public_none"]
    return f"{public['field']} ∈ {{{', '.join(public['values'])}}}"


def _heights_text(heights, t):
    """Where the buildings' heights came from, as the plugin's report says it."""
    if heights["fields"]:
        return t["heights_from"].format(**heights)
    return t["heights_none"] + ("" if heights["prepared_with_heights"] else t["heights_old"])


def _results_run(out_dir):
    """The run's parameters, or a message saying what the folder lacks."""
    if not out_dir.is_dir():
        raise InputError(
            f"{out_dir}: no such results folder; give the --out folder of "
            "`camera-coverage-batch run`."
        )
    if not (out_dir / RUN_FILE).exists():
        raise InputError(
            f"{out_dir} is not a results folder of `camera-coverage-batch run` (no {RUN_FILE})."
        )
    return read_json(out_dir / RUN_FILE)


def commune_report(out_dir, insee, output=None):
    """Write report-<insee>.html (or `output`); returns its path."""
    out_dir = Path(out_dir)
    parameters = _results_run(out_dir)
    path = Path(output) if output else out_dir / f"report-{insee}.html"
    if path.is_dir() or not path.parent.is_dir():
        raise InputError(
            f"--output {path}: "
            + ("is a folder" if path.is_dir() else f"its folder {path.parent} does not exist")
            + "; give the name of an HTML file in an existing folder."
        )
    settings = parameters["settings"]
    lang = settings.get("lang", "en")
    cameras = camera_tables(out_dir, columns=None)
    rejected = rejected_table(out_dir)
    code = NO_COMMUNE if insee == NO_COMMUNE_LABEL else insee
    mine = cameras[cameras["commune"] == code] if len(cameras) else cameras
    rejected = rejected[rejected["commune"] == code].sort_values("camera_row")
    if len(mine) == 0 and len(rejected) == 0:
        raise InputError(f"no camera in commune {insee} among the finished tiles of {out_dir}.")
    mine = mine.sort_values("camera_row") if len(mine) else mine
    audited = [
        {k: v for k, v in row.items() if k != "geometry"}
        for row in (mine.to_dict("records") if len(mine) else [])
    ]
    rejected_rows = list(zip(rejected["camera_id"], rejected["reason"]))
    tiles = set(mine["tile"]) if len(mine) else set()
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
        (
            t["camera_commune"],
            (t["outline"] if manifest["layers"].get("communes") else "")
            + t["nearest_parcel"].format(distance=f"{COMMUNE_M:g}"),
        ),
        (t["crs"], manifest["crs"]),
        (t["tiles"], f"{parameters['tile_m']:g} m; {', '.join(sorted(tiles))}"),
        (t["rejected"], t["rejected_which"]),
    ]
    heights = region_heights(manifest)
    if heights["buildings"]:
        assumptions.append((t["heights"], _heights_text(heights, t)))
    sources = [
        (layer, ", ".join(Path(p).name for p in paths) or "none")
        for layer, paths in manifest["inputs"].items()
    ]
    path.write_text(audit_report(audited, rejected_rows, assumptions, sources, lang), "utf-8")
    return path
