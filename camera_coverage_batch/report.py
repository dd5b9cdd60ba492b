"""The plugin's HTML audit report (camera_coverage.core.report) for one
commune of a batch run: its cameras, their figures and reasons, the
rejected ones, the assumptions and the sources."""

from pathlib import Path

from camera_coverage.core.report import audit_report

from .files import read_json
from .prepare import load_manifest
from .run import RUN_FILE
from .summary import camera_tables, finished_tiles


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
    assumptions = [
        ("Commune (INSEE)", insee),
        ("Field of view where none is given", f"{settings['default_fov']:g}°"),
        ("Range where none is given", f"{settings['default_range_m']:g} m"),
        ("Each footprint stops at", settings["range_mode"]),
        ("Horizontal resolution where none is given", f"{settings['default_h_resolution']:g} px"),
        ("Private area tolerated before masking", f"{settings['tolerance_m2']:g} m²"),
        ("Public parcels", "none: every parcel is private (no owners table given)"),
        ("A camera's commune", "that of the nearest parcel"),
        ("Working CRS (areas in m²)", manifest["crs"]),
        ("Batch tiles", f"{parameters['tile_m']:g} m; tiles {', '.join(sorted(tiles))}"),
        ("Rejected cameras listed", "those of the tiles holding this commune's cameras"),
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
