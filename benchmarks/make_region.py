"""A deterministic region of many communes, written as the Etalab cadastre
publishes it: one `cadastre-<insee>-parcelles.json.gz` and one
`cadastre-<insee>-batiments.json.gz` per commune (GeoJSON, EPSG:4326,
coordinates to 7 decimals, fields id, commune, prefixe, section, numero,
contenance), the cameras as one GeoJSON (EPSG:4326, the normalised
fields of importcameras), and the communes' outlines (`communes.geojson`,
field INSEE_COM as in IGN's ADMIN-EXPRESS).

Each commune is a town from make_city's layout (street grid turned by its
own angle, parcels facing the streets, buildings on the street side,
cameras on façades, corners and poles); the communes sit side by side on a
grid, a street apart, so that cameras near a border see into the next
commune's file.

    .venv/bin/python benchmarks/make_region.py --communes 20 --cameras 5000 \\
        --parcels 150000 --buildings 100000 --out benchmarks/data/region

(the figures are per commune; the issue's region is 20 x 5,000 cameras,
150,000 parcels, 100,000 buildings).
"""

import argparse
import gzip
import json
import time
from pathlib import Path

import numpy as np
import shapely
from make_city import _buildings, _cameras, _Frame, _layout, _rectangles
from pyproj import Transformer

HERE = Path(__file__).resolve().parent
ORIGIN = (820_000.0, 6_500_000.0)  # near Lyon, in Lambert-93
DEPARTMENT = "99"  # no real département: the communes are fictional
MEAN_PARCEL_M2 = 430.0
TO_WGS84 = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)


def _to_wgs84(geoms):
    def move(xy):
        return np.column_stack(TO_WGS84.transform(xy[:, 0], xy[:, 1]))

    return shapely.set_precision(shapely.transform(geoms, move), 1e-7)


def _write_features(path, geoms, properties):
    """A GeoJSON FeatureCollection, gzipped when the name ends in .gz."""
    texts = shapely.to_geojson(_to_wgs84(geoms))
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as out:
        out.write('{"type":"FeatureCollection","features":[\n')
        for i, (text, props) in enumerate(zip(texts, properties)):
            sep = ",\n" if i else ""
            out.write(
                f'{sep}{{"type":"Feature","properties":{json.dumps(props)},"geometry":{text}}}'
            )
        out.write("\n]}\n")


def commune_radius(n_parcels):
    return np.sqrt(n_parcels * MEAN_PARCEL_M2 / 0.7 / np.pi)


def make_commune(rng, index, centre, n_parcels, n_buildings, n_cameras, out):
    insee = f"{DEPARTMENT}{index + 1:03d}"
    frame = _Frame(rng.uniform(0.0, 90.0), centre)
    parcels, blocks = _layout(rng, n_parcels)
    parcel_geoms = _rectangles(frame, *parcels[:, :4].T)
    build, _ = _buildings(rng, parcels, n_buildings)
    building_geoms = _rectangles(frame, *build[:, :4].T)
    x, y, direction, dome = _cameras(rng, frame, build, blocks, n_cameras)
    area = shapely.area(parcel_geoms)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    props = []
    for i in range(len(parcel_geoms)):
        section = letters[i // 9999 // 26 % 26] + letters[i // 9999 % 26]
        number = f"{i % 9999 + 1:04d}"
        props.append(
            {
                "id": f"{insee}000{section}{number}",
                "commune": insee,
                "prefixe": "000",
                "section": section,
                "numero": number,
                "contenance": round(float(area[i])),
            }
        )
    _write_features(out / f"cadastre-{insee}-parcelles.json.gz", parcel_geoms, props)
    _write_features(
        out / f"cadastre-{insee}-batiments.json.gz",
        building_geoms,
        [{"type": "01", "nom": None, "commune": insee}] * len(building_geoms),
    )
    n = len(x)
    cameras = {
        "camera_id": [f"{insee}-{i}" for i in range(n)],
        "direction": [None if np.isnan(d) else round(float(d), 1) for d in direction],
        "fov": np.round(rng.uniform(50.0, 90.0, n), 1),
        "range_m": np.round(rng.uniform(20.0, 60.0, n), 1),
        "height_m": np.round(rng.uniform(3.0, 8.0, n), 1),
        "tilt_deg": np.round(rng.uniform(5.0, 30.0, n), 1),
        "camera_type": np.where(dome, "dome", "fixed"),
    }
    rows = [
        {k: (v[i].item() if hasattr(v[i], "item") else v[i]) for k, v in cameras.items()}
        for i in range(n)
    ]
    # The commune's outline: its blocks and the half streets around them.
    outline = shapely.buffer(shapely.convex_hull(shapely.union_all(parcel_geoms)), 10.0)
    return shapely.points(x, y), rows, len(parcel_geoms), len(building_geoms), (insee, outline)


def make_region(out, communes=20, cameras=5000, parcels=150_000, buildings=100_000, seed=2154):
    """Write the region; returns the counts."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(communes)))
    # Towns a street apart: the layout's round town fits in its circle.
    spacing = 2.0 * commune_radius(parcels) * 1.05
    points, rows, outlines = [], [], []
    totals = {"communes": communes, "parcels": 0, "buildings": 0}
    for index in range(communes):
        centre = (ORIGIN[0] + index % side * spacing, ORIGIN[1] + index // side * spacing)
        cams, props, n_parcels, n_buildings, outline = make_commune(
            rng, index, centre, parcels, buildings, cameras, out
        )
        outlines.append(outline)
        points.append(cams)
        rows.extend(props)
        totals["parcels"] += n_parcels
        totals["buildings"] += n_buildings
    _write_features(out / "cameras.geojson", np.concatenate(points), rows)
    # Commune outlines, as IGN's ADMIN-EXPRESS gives them (field INSEE_COM).
    _write_features(
        out / "communes.geojson",
        np.array([g for _, g in outlines], dtype=object),
        [{"INSEE_COM": insee} for insee, _ in outlines],
    )
    totals["cameras"] = len(rows)
    return totals


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--communes", type=int, default=20)
    parser.add_argument("--cameras", type=int, default=5000, help="per commune")
    parser.add_argument("--parcels", type=int, default=150_000, help="per commune")
    parser.add_argument("--buildings", type=int, default=100_000, help="per commune")
    parser.add_argument("--seed", type=int, default=2154)
    parser.add_argument("--out", default=str(HERE / "data" / "region"))
    args = parser.parse_args()
    started = time.perf_counter()
    totals = make_region(
        args.out, args.communes, args.cameras, args.parcels, args.buildings, args.seed
    )
    print(
        f"{totals['communes']} communes, {totals['cameras']:,} cameras, "
        f"{totals['parcels']:,} parcels, {totals['buildings']:,} buildings in {args.out} "
        f"({time.perf_counter() - started:.1f} s)"
    )


if __name__ == "__main__":
    main()
