"""camera-coverage-batch: prepare, run, report (see README, "Batch audit")."""

import argparse
import math
import sys

from camera_coverage.core.audit import RANGE_MODES, AuditSettings

from .inputs import InputError
from .prepare import PARTITION_M
from .run import TILE_M, RunInterrupted
from .store import PartitionError

EXIT_MISSING_TILES = 2
# A run stopped by Ctrl+C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130


def _cluster_options(parser):
    group = parser.add_argument_group("Dask")
    group.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="address of a running Dask scheduler (tcp://host:8786); default: a local cluster",
    )
    group.add_argument(
        "--workers", type=int, default=None, help="local cluster: worker processes (default: cores)"
    )
    group.add_argument(
        "--memory-limit", default="auto", help="local cluster: memory per worker (e.g. 2GB)"
    )


def build_parser():
    parser = argparse.ArgumentParser(
        prog="camera-coverage-batch",
        description="The camera_coverage audit for any number of cameras, parcels and "
        "buildings, on Dask (no QGIS needed).",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    prepare = commands.add_parser(
        "prepare", help="inputs to spatially sorted, partitioned GeoParquet in Lambert-93"
    )
    prepare.add_argument("--cameras", nargs="+", required=True, help="camera files or folders")
    prepare.add_argument(
        "--parcels",
        nargs="+",
        required=True,
        help="parcel files or folders (Etalab cadastre-*-parcelles.json.gz, GeoPackage, "
        "GeoParquet...)",
    )
    prepare.add_argument("--buildings", nargs="+", help="building files or folders (optional)")
    prepare.add_argument(
        "--building-height-field",
        metavar="NAME",
        default="",
        help="building height field, metres (default: hauteur, height or HAUTEUR, else "
        "building:levels × 3 m); a building lower than a camera hides only the ground its "
        "top shadows",
    )
    prepare.add_argument("--out", required=True, help="folder for the prepared region")
    prepare.add_argument(
        "--communes",
        nargs="+",
        help="commune outlines (optional; IGN ADMIN-EXPRESS, Etalab communes...): a camera's "
        "commune is the one that holds it, else that of the nearest parcel",
    )
    prepare.add_argument(
        "--commune-field", help="INSEE code field of the outlines (default: insee, INSEE_COM, code)"
    )
    prepare.add_argument(
        "--public-field",
        help="parcel field telling public parcels (e.g. owner_group, DGFiP group codes)",
    )
    prepare.add_argument(
        "--public-values",
        nargs="+",
        default=["1", "2", "3", "4", "9"],
        help="its values for public parcels (default: 1 2 3 4 9, the State, région, "
        "département, commune and public bodies)",
    )
    prepare.add_argument("--camera-id-field", default="camera_id")
    prepare.add_argument("--parcel-id-field", default="id")
    prepare.add_argument("--partition-m", type=float, default=PARTITION_M)
    _cluster_options(prepare)

    run = commands.add_parser("run", help="audit a prepared region, tile by tile")
    run.add_argument("prepared", help="folder written by prepare")
    run.add_argument("--out", required=True, help="folder for the results")
    run.add_argument("--tile-m", type=float, default=TILE_M, help="tile side in metres")
    run.add_argument("--resume", action="store_true", help="finish a previous run in --out")
    run.add_argument("--retries", type=int, default=2, help="retries of a failed tile")
    run.add_argument("--default-fov", type=float, default=60.0)
    run.add_argument("--default-range", type=float, default=30.0)
    run.add_argument("--default-resolution", type=float, default=1920.0)
    run.add_argument("--tolerance", type=float, default=1.0, help="private m² tolerated")
    run.add_argument("--range-mode", choices=RANGE_MODES, default="range")
    run.add_argument("--lang", choices=("en", "fr"), default="en")
    run.add_argument(
        "--report", nargs="*", default=[], metavar="INSEE", help="HTML report for these communes"
    )
    _cluster_options(run)

    report = commands.add_parser("report", help="the HTML report of one commune")
    report.add_argument("results", help="folder written by run")
    report.add_argument("insee", help="INSEE code of the commune")
    report.add_argument("--output", help="HTML file (default: RESULTS/report-INSEE.html)")
    return parser


def check_arguments(args):
    """Numbers argparse lets through that would hang or break the run:
    --workers 0 or -1 (a cluster without workers waits for ever), a tile or
    partition side that is not a positive number of metres (nan, 0, -5)."""
    workers = getattr(args, "workers", None)
    if workers is not None and workers < 1:
        raise InputError(f"--workers must be 1 or more, not {workers}.")
    for name in ("tile_m", "partition_m"):
        value = getattr(args, name, None)
        if value is not None and not (math.isfinite(value) and value > 0):
            option = "--" + name.replace("_", "-")
            raise InputError(f"{option} must be a positive number of metres, not {value:g}.")
    retries = getattr(args, "retries", None)
    if retries is not None and retries < 0:
        raise InputError(f"--retries must be 0 or more, not {retries}.")
    # The audit's own settings, checked as the plugin checks them: a NaN
    # tolerance compared false everywhere and flagged no camera, -1 flagged
    # every one.
    for name, low, high in (
        ("tolerance", 0.0, math.inf),
        ("default_fov", 0.0, 360.0),
        ("default_range", 0.0, 1000.0),
        ("default_resolution", 0.0, math.inf),
    ):
        value = getattr(args, name, None)
        if value is None:
            continue
        strictly = name != "tolerance"
        if not math.isfinite(value) or value > high or value < low or (strictly and value == low):
            option = "--" + name.replace("_", "-")
            bound = "more than" if strictly else "at least"
            limit = "" if math.isinf(high) else f" and at most {high:g}"
            raise InputError(f"{option} must be {bound} {low:g}{limit}, not {value:g}.")


def _interrupted(args):
    if args.command == "prepare":
        return f"interrupted (Ctrl+C): nothing was prepared, {args.out} was not written."
    if args.command == "run":
        return (
            "interrupted (Ctrl+C): the tiles finished so far are kept; run the same command "
            "with --resume to finish."
        )
    return "interrupted (Ctrl+C)."


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        check_arguments(args)
        return _main(args)
    except KeyboardInterrupt:
        print(f"camera-coverage-batch: {_interrupted(args)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except RunInterrupted as error:
        print(f"camera-coverage-batch: {error}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (InputError, PartitionError, ValueError, OSError) as error:
        print(f"camera-coverage-batch: {error}", file=sys.stderr)
        return 1


def _main(args):
    from .cluster import dask_client

    if args.command == "report":
        from .report import commune_report

        print(commune_report(args.results, args.insee, args.output))
        return 0
    with dask_client(args.scheduler, args.workers, args.memory_limit) as client:
        if args.command == "prepare":
            from .prepare import prepare

            prepare(
                client,
                args.cameras,
                args.parcels,
                args.buildings,
                args.out,
                args.partition_m,
                args.camera_id_field,
                args.parcel_id_field,
                communes=args.communes,
                commune_field=args.commune_field,
                public=(args.public_field, args.public_values) if args.public_field else None,
                building_height_field=args.building_height_field,
            )
            return 0
        from .run import run_batch

        settings = AuditSettings(
            default_fov=args.default_fov,
            default_range_m=args.default_range,
            tolerance_m2=args.tolerance,
            lang=args.lang,
            default_h_resolution=args.default_resolution,
            range_mode=args.range_mode,
        )
        summary = run_batch(
            client, args.prepared, args.out, settings, args.tile_m, args.resume, args.retries
        )
    if args.report:
        from .report import commune_report

        for insee in args.report:
            print(commune_report(args.out, insee))
    return EXIT_MISSING_TILES if summary["tiles_missing"] else 0


if __name__ == "__main__":
    sys.exit(main())
