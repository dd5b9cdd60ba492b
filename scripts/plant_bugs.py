"""Plant each bug of issue 8 (and of its new checks) in a scratch copy of
the repository, one at a time, run the unit suite and the QGIS tests that
check figures, and print which tests fail. A bug no test catches is a hole
in the suite. Usage: .venv/bin/python scripts/plant_bugs.py [INDEX...]
(about 4 minutes a bug on a small machine; results in plant_results.json
of the scratch folder)."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parents[1]
# (what the bug does, file, original text, planted text)
SUM_OF_PIECES = (
    "    private = np.bincount(\n"
    "        np.concatenate([p.camera[~p.is_public] + s for (p, _), s in zip(parts, starts)]),\n"
    "        np.concatenate([p.area_m2[~p.is_public] for p, _ in parts]),\n"
    "        minlength=len(coverage),\n"
    "    )\n"
)
MUTANTS = [
    (
        "swap public and private",
        "camera_coverage/core/exposure.py",
        "    public = parcel_is_public[par]\n",
        "    public = ~parcel_is_public[par]\n",
    ),
    (
        "drop the blind zone",
        "camera_coverage/core/audit.py",
        "        outer,\n        near,\n    )\n",
        "        outer,\n    )\n",
    ),
    (
        "ignore the tolerance where the audit calls it",
        "camera_coverage/core/audit.py",
        "masking_required(exposure.private_m2, settings.tolerance_m2)",
        "masking_required(exposure.private_m2, 1.0)",
    ),
    (
        "turn sectors by 0.5 degree",
        "camera_coverage/core/footprint.py",
        "np.nan_to_num(direction) - span / 2.0)",
        "np.nan_to_num(direction) - span / 2.0 + 0.5)",
    ),
    (
        "one arc point too few",
        "camera_coverage/core/footprint.py",
        "(cam[sector], outer_m, start, span, steps + 1, False, 0, 1)",
        "(cam[sector], outer_m, start, span, steps, False, 0, 1)",
    ),
    (
        "overlapping parcels counted twice",
        "camera_coverage/core/exposure.py",
        "    private = shapely.area(private_union)\n",
        SUM_OF_PIECES,
    ),
    (
        "camera 1 m inside its building half blind",
        "camera_coverage/core/visibility.py",
        "    touching = shapely.dwithin(parts, points, TOUCH_M)\n",
        "    touching = shapely.dwithin(parts, points, TOUCH_M) & "
        "(shapely.distance(shapely.boundary(parts), points) < 0.5)\n",
    ),
    (
        "no height check",
        "camera_coverage/core/cameras.py",
        "_bad(height, lambda h: (h > 0) & (h <= MAX_HEIGHT_M))",
        "_bad(height, lambda h: h == h)",
    ),
    (
        "cameras beyond the cadastre cleared",
        "camera_coverage/core/explain.py",
        "    undetermined = np.asarray(beyond, dtype=bool) & ~nothing\n"
        "    for i in np.flatnonzero(nothing):\n        if ground_m",
        "    undetermined = np.zeros(len(covered), dtype=bool)\n"
        "    for i in np.flatnonzero(nothing):\n        if ground_m",
    ),
    (
        "duplicate ids kept",
        "camera_coverage/core/identity.py",
        "        if counts[cid] == 1 or seen[cid] == 1:",
        "        if True:",
    ),
    (
        "CRS fit not checked",
        "camera_coverage/core/placement.py",
        "    if bad.any():\n        i = int",
        "    if False:\n        i = int",
    ),
]
QGIS_TESTS = [
    "tests/qgis/test_second_method.py",
    "tests/qgis/test_real_data.py::test_sample_town_audit",
    "tests/qgis/test_bad_input.py",
    "tests/qgis/test_algorithms.py",
    "tests/qgis/test_buildings_tilt_dori.py",
    "tests/cli/test_qgis_process.py::test_audit_of_the_sample_town_writes_layers_and_report",
]
only = sys.argv[1:]
results = {}
scratch = Path(tempfile.mkdtemp(prefix="planted-"))
runtime = scratch / "runtime"
runtime.mkdir(mode=0o700)
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
# The tests read the real data beside the repository.
(scratch / "shared").symlink_to(SRC.parent / "shared")
for k, (name, path, old, new) in enumerate(MUTANTS):
    if only and str(k) not in only:
        continue
    work = scratch / f"m{k}"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(
        SRC,
        work,
        symlinks=True,
        ignore=shutil.ignore_patterns(".git", "out", "__pycache__", ".pytest_cache"),
    )
    f = work / path
    text = f.read_text()
    assert text.count(old) == 1, (name, old)
    f.write_text(text.replace(old, new))
    failed = {}
    for suite, args in (
        ("unit", ["-p", "no:pytest_qgis", "tests/unit"]),
        ("qgis", ["--qgis_disable_gui", *QGIS_TESTS]),
    ):
        run = subprocess.run(
            [
                str(SRC / ".venv/bin/python"),
                "-m",
                "pytest",
                "-q",
                "-rf",
                "--no-header",
                "-p",
                "no:cacheprovider",
                *args,
            ],
            cwd=work,
            capture_output=True,
            text=True,
            env=env,
        )
        failed[suite] = sorted(
            {m for m in re.findall(r"^FAILED (\S+)", run.stdout, re.M)}
            | {m for m in re.findall(r"^ERROR (\S+)", run.stdout, re.M)}
        )
    results[name] = failed
    print(name, {s: len(v) for s, v in failed.items()}, flush=True)
    for s, v in failed.items():
        for t in v[:8]:
            print("   ", s, t, flush=True)
    shutil.rmtree(work)
(scratch / "plant_results.json").write_text(json.dumps(results, indent=1))
print("results:", scratch / "plant_results.json")
