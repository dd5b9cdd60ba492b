"""A deterministic city workload for the benchmarks, written as GeoPackage
files in Lambert-93 (EPSG:2154), centred on Lyon (Place Bellecour).

By default: 10,000 cameras, 200,000 buildings and 300,000 parcels (a city
about 13 to 15 km across). The layout follows the French cadastre:

- a street grid (rotated by a few degrees), streets 10 to 20 m wide left
  un-parcelled (the public road is "domaine non cadastré");
- blocks of 70 to 170 m by 40 to 80 m, each cut in two rows of parcels
  facing the street, frontages mostly 6 to 18 m (some 25 to 45 m), so that
  parcels are 150 to 2,000 m²; the city keeps the blocks nearest its centre
  until it has its parcels, which makes it roughly round;
- buildings 8 to 30 m wide and deep, on the street side of two parcels in
  three, most with their façade on the street line, some set back;
- cameras on façades (just outside, on, or a few cm inside the wall), at
  street corners and on poles in the street, looking along or across the
  street; about 20 % are domes with no direction (all round).

Fields: cameras `camera_id`, `direction` (degrees clockwise from north,
NULL for domes), `fov`, `range_m`, `height_m`, `tilt_deg` (NULL for about a
quarter), `camera_type` (fixed/dome), `h_resolution`; parcels `id` (14
characters, Etalab-like: INSEE code, prefix, section, number) and
`owner_group` (DGFiP "personnes morales" group code, NULL for most, 4 =
commune for about 3 %); buildings `building_id`, `hauteur` (metres, BD
TOPO's name, which the audit reads by default: houses 6 to 9 m, a quarter
annexes of 2.5 to 3.5 m, one in twelve a tower of 15 to 30 m).

    .venv/bin/python benchmarks/make_city.py [--scale 0.1] [--seed 2154] [--out DIR]

Writes DIR/{cameras,parcels,buildings}.gpkg (default benchmarks/data/city),
layer name = file stem, with a spatial index.
"""

import argparse
import time
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "data" / "city"

CENTRE = (842_000.0, 6_519_000.0)  # Lyon, Place Bellecour, in Lambert-93
GRID_ROTATION_DEG = 12.0
CAMERAS, BUILDINGS, PARCELS = 10_000, 200_000, 300_000

BLOCK_LENGTH_M = (70.0, 170.0)
BLOCK_DEPTH_M = (40.0, 80.0)
STREET_WIDTH_M = (10.0, 20.0)
FRONTAGE_M = (6.0, 18.0)
WIDE_FRONTAGE_M = (25.0, 45.0)
WIDE_SHARE = 0.1
MIN_PARCEL_M2 = 150.0
BUILDING_SIDE_M = (8.0, 30.0)
# Heights (m) and shares: houses, the annexes (garages, sheds, workshops)
# a camera on a pole sees over, and a few towers (issue 19).
HOUSE_M, ANNEX_M, TOWER_M = (6.0, 9.0), (2.5, 3.5), (15.0, 30.0)
ANNEX_SHARE, TOWER_SHARE = 0.25, 1 / 12
# DGFiP group codes and their shares among parcels (the rest: NULL, a person).
OWNER_GROUPS = {4: 0.03, 1: 0.003, 2: 0.002, 3: 0.003, 9: 0.005, 5: 0.02, 7: 0.05, 0: 0.03}
# Lyon's arrondissements share the parcels by angle around the centre.
INSEE = [f"6938{i}" for i in range(1, 10)]
RESOLUTIONS = np.array([1280, 1920, 2560, 3840])


def _street_lines(rng, extent, spans):
    """Grid lines from -extent to +extent: returns the starts and ends of the
    blocks along one axis (streets between them)."""
    starts, ends = [], []
    pos = -extent
    while pos < extent:
        pos += rng.uniform(*STREET_WIDTH_M)
        length = rng.uniform(*spans)
        starts.append(pos)
        ends.append(pos + length)
        pos += length
    return np.array(starts), np.array(ends)


def _row_frontages(rng, length):
    """Cut a row of `length` metres into parcel frontages."""
    count = int(length / 8.0) + 4
    wide = rng.random(count) < WIDE_SHARE
    widths = np.where(wide, rng.uniform(*WIDE_FRONTAGE_M, count), rng.uniform(*FRONTAGE_M, count))
    edges = np.concatenate([[0.0], np.cumsum(widths)])
    edges = edges[edges < length]
    if length - edges[-1] < FRONTAGE_M[0] and len(edges) > 1:
        edges = edges[:-1]  # too thin a remainder joins the last parcel
    return np.append(edges, length)


def _layout(rng, n_parcels):
    """Blocks and parcels in the grid's own frame (u along the blocks' long
    side, v across); the city keeps the blocks nearest its centre."""
    mean_area = 430.0
    extent = 0.75 * np.sqrt(n_parcels * mean_area / 0.7) + 300.0
    u0, u1 = _street_lines(rng, extent, BLOCK_LENGTH_M)
    v0, v1 = _street_lines(rng, extent, BLOCK_DEPTH_M)
    bu0, bv0 = np.meshgrid(u0, v0, indexing="ij")
    bu1, bv1 = np.meshgrid(u1, v1, indexing="ij")
    bu0, bv0, bu1, bv1 = (a.ravel() for a in (bu0, bv0, bu1, bv1))
    order = np.argsort(np.hypot((bu0 + bu1) / 2, (bv0 + bv1) / 2), kind="stable")

    # Parcel columns: u0, u1, v0, v1, row side (-1 faces the street below,
    # +1 the street above), block number.
    rows = []
    total = 0
    for block, b in enumerate(order):
        mid = (bv0[b] + bv1[b]) / 2
        for side, (lo, hi) in ((-1, (bv0[b], mid)), (1, (mid, bv1[b]))):
            edges = _row_frontages(rng, bu1[b] - bu0[b])
            depth = hi - lo
            # Merge parcels below the minimum area with their right neighbour.
            keep = np.ones(len(edges), dtype=bool)
            last = edges[0]
            for k in range(1, len(edges) - 1):
                if (edges[k] - last) * depth < MIN_PARCEL_M2:
                    keep[k] = False
                else:
                    last = edges[k]
            edges = edges[keep]
            if len(edges) > 2 and (edges[-1] - edges[-2]) * depth < MIN_PARCEL_M2:
                edges = np.delete(edges, -2)
            m = len(edges) - 1
            rows.append(
                np.column_stack(
                    [
                        bu0[b] + edges[:-1],
                        bu0[b] + edges[1:],
                        np.full(m, lo),
                        np.full(m, hi),
                        np.full(m, side),
                        np.full(m, block),
                    ]
                )
            )
            total += m
        if total >= n_parcels:
            break
    parcels = np.concatenate(rows)[:n_parcels]
    n_blocks = int(parcels[-1, 5]) + 1
    blocks = np.column_stack([bu0, bu1, bv0, bv1])[order[:n_blocks]]
    return parcels, blocks


class _Frame:
    """The grid's frame rotated and moved onto Lambert-93."""

    def __init__(self, rotation_deg, centre):
        a = np.radians(rotation_deg)
        self.cos, self.sin, self.centre = np.cos(a), np.sin(a), centre
        self.rotation_deg = rotation_deg

    def xy(self, u, v):
        return (
            self.centre[0] + u * self.cos - v * self.sin,
            self.centre[1] + u * self.sin + v * self.cos,
        )

    def bearing(self, du, dv):
        """Compass bearing (clockwise from north) of a direction in the grid."""
        x, y = du * self.cos - dv * self.sin, du * self.sin + dv * self.cos
        return np.degrees(np.arctan2(x, y)) % 360.0


def _rectangles(frame, u0, u1, v0, v1):
    """Counter-clockwise rectangles, as shapely polygons in Lambert-93."""
    us = np.stack([u0, u1, u1, u0, u0], axis=1)
    vs = np.stack([v0, v0, v1, v1, v0], axis=1)
    x, y = frame.xy(us, vs)
    coords = np.stack([x, y], axis=2).reshape(-1, 2)
    rings = np.repeat(np.arange(len(u0)), 5)
    return shapely.polygons(shapely.linearrings(coords, indices=rings))


def _parcel_fields(rng, frame, parcels):
    n = len(parcels)
    groups = np.full(n, -1)
    draw = rng.random(n)
    low = 0.0
    for code, share in OWNER_GROUPS.items():
        groups[(draw >= low) & (draw < low + share)] = code
        low += share
    cu = (parcels[:, 0] + parcels[:, 1]) / 2
    cv = (parcels[:, 2] + parcels[:, 3]) / 2
    angle = np.arctan2(cv, cu) % (2 * np.pi)
    district = np.minimum((angle / (2 * np.pi) * len(INSEE)).astype(int), len(INSEE) - 1)
    ids = []
    counters = [0] * len(INSEE)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for d in district:
        c = counters[d]
        counters[d] += 1
        section = c // 9999
        ids.append(
            f"{INSEE[d]}000{letters[section // 26 % 26]}{letters[section % 26]}{c % 9999 + 1:04d}"
        )
    return ids, groups


def _buildings(rng, parcels, n_buildings):
    """Building rectangles in the grid frame, on the street side of chosen
    parcels; returns their columns and the parcel each stands on."""
    frontage = parcels[:, 1] - parcels[:, 0]
    depth = parcels[:, 3] - parcels[:, 2]
    candidates = np.flatnonzero(frontage >= BUILDING_SIDE_M[0] + 0.5)
    n_buildings = min(n_buildings, len(candidates))
    chosen = np.sort(rng.choice(candidates, n_buildings, replace=False))
    p = parcels[chosen]
    f, d = frontage[chosen], depth[chosen]
    width = np.minimum(
        rng.uniform(*BUILDING_SIDE_M, n_buildings), f - rng.uniform(0, 1, n_buildings)
    )
    width = np.clip(width, BUILDING_SIDE_M[0], BUILDING_SIDE_M[1])
    setback = np.where(rng.random(n_buildings) < 0.7, 0.0, rng.uniform(1.0, 5.0, n_buildings))
    room = d - setback - 1.0
    bdepth = np.clip(
        np.minimum(rng.uniform(*BUILDING_SIDE_M, n_buildings), room), BUILDING_SIDE_M[0], None
    )
    setback = np.minimum(setback, np.maximum(d - bdepth - 0.5, 0.0))
    offset = rng.uniform(0, 1, n_buildings) * (f - width)
    u0 = p[:, 0] + offset
    u1 = u0 + width
    side = p[:, 4]
    # The façade is on the street line (v0 for side -1, v1 for side +1).
    v0 = np.where(side < 0, p[:, 2] + setback, p[:, 3] - setback - bdepth)
    v1 = v0 + bdepth
    return np.column_stack([u0, u1, v0, v1, side]), chosen


def _heights(draw):
    """Metres from one uniform draw in [0, 1) per building: the lowest
    ANNEX_SHARE of the draws make annexes, the highest TOWER_SHARE towers,
    the rest houses, each uniform over its range, to 0.1 m."""
    draw = np.asarray(draw, dtype=float)
    house_share = 1.0 - ANNEX_SHARE - TOWER_SHARE
    classes = (
        (draw < ANNEX_SHARE, ANNEX_M, draw / ANNEX_SHARE),
        (draw >= 1.0 - TOWER_SHARE, TOWER_M, (draw - 1.0 + TOWER_SHARE) / TOWER_SHARE),
    )
    low, high = HOUSE_M
    heights = low + (high - low) * (draw - ANNEX_SHARE) / house_share
    for where, (low, high), within in classes:
        heights = np.where(where, low + (high - low) * within, heights)
    return np.round(heights, 1)


def _cameras(rng, frame, buildings, blocks, n_cameras):
    """Camera points and directions in Lambert-93 (direction NaN for domes)."""
    kind = rng.choice(3, n_cameras, p=[0.6, 0.3, 0.1])  # façade, corner, pole
    u = np.empty(n_cameras)
    v = np.empty(n_cameras)
    du = np.empty(n_cameras)
    dv = np.empty(n_cameras)
    jitter = rng.normal(0.0, 1.0, n_cameras)

    facade = np.flatnonzero(kind == 0)
    b = buildings[rng.integers(0, len(buildings), len(facade))]
    side = b[:, 4]
    # Outside the wall (most), on it, or drawn a few cm inside it.
    out = rng.choice([0.3, 0.0, -0.03], len(facade), p=[0.7, 0.2, 0.1])
    u[facade] = rng.uniform(b[:, 0] + 0.5, b[:, 1] - 0.5)
    v[facade] = np.where(side < 0, b[:, 2], b[:, 3]) + side * out
    across = rng.random(len(facade)) < 0.5
    along_sign = rng.choice([-1.0, 1.0], len(facade))
    tilt_out = np.radians(rng.uniform(5.0, 35.0, len(facade)))
    cross_angle = np.radians(20.0 * jitter[facade])
    du[facade] = np.where(across, np.sin(cross_angle), along_sign * np.cos(tilt_out))
    dv[facade] = np.where(across, side * np.cos(cross_angle), side * np.sin(tilt_out))

    corner = np.flatnonzero(kind == 1)
    blk = blocks[rng.integers(0, len(blocks), len(corner))]
    cu = rng.choice([0, 1], len(corner))
    cv = rng.choice([0, 1], len(corner))
    su, sv = np.where(cu == 0, -1.0, 1.0), np.where(cv == 0, -1.0, 1.0)
    off = rng.uniform(0.5, 3.0, len(corner))
    u[corner] = np.where(cu == 0, blk[:, 0], blk[:, 1]) + su * off
    v[corner] = np.where(cv == 0, blk[:, 2], blk[:, 3]) + sv * off
    look = rng.choice(3, len(corner))  # along u, along v, across the crossing
    spread = np.radians(10.0 * jitter[corner])
    base = np.where(
        look == 0,
        np.arctan2(0.0, -su),
        np.where(look == 1, np.arctan2(-sv, 0.0), np.arctan2(sv, su)),
    )
    du[corner] = np.cos(base + spread)
    dv[corner] = np.sin(base + spread)

    pole = np.flatnonzero(kind == 2)
    blk = blocks[rng.integers(0, len(blocks), len(pole))]
    u[pole] = rng.uniform(blk[:, 0], blk[:, 1])
    v[pole] = blk[:, 2] - rng.uniform(5.0, 7.0, len(pole))  # the street below the block
    sign = rng.choice([-1.0, 1.0], len(pole))
    spread = np.radians(10.0 * jitter[pole])
    du[pole] = sign * np.cos(spread)
    dv[pole] = np.sin(spread)

    x, y = frame.xy(u, v)
    direction = frame.bearing(du, dv)
    dome = rng.random(n_cameras) < 0.2
    direction[dome] = np.nan
    return x, y, direction, dome


def _create(path, geom_type, fields):
    if path.exists():
        path.unlink()
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = ds.CreateLayer(path.stem, srs, geom_type, options=["SPATIAL_INDEX=YES"])
    for name, kind, width in fields:
        defn = ogr.FieldDefn(name, kind)
        if width:
            defn.SetWidth(width)
        layer.CreateField(defn)
    return ds, layer


def _write(path, geom_type, fields, geometries, columns):
    """Write one layer in a single transaction; None is NULL."""
    ds, layer = _create(path, geom_type, fields)
    defn = layer.GetLayerDefn()
    names = [f[0] for f in fields]
    wkbs = shapely.to_wkb(geometries)
    layer.StartTransaction()
    for i, wkb in enumerate(wkbs):
        feature = ogr.Feature(defn)
        for name, column in zip(names, columns):
            value = column[i]
            if value is None:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, value)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    del layer, ds  # closing writes the spatial index
    return len(wkbs)


def make_city(out, scale=1.0, seed=2154):
    rng = np.random.default_rng(seed)
    n_parcels = round(PARCELS * scale)
    n_buildings = round(BUILDINGS * scale)
    n_cameras = round(CAMERAS * scale)
    frame = _Frame(GRID_ROTATION_DEG, CENTRE)

    parcels, blocks = _layout(rng, n_parcels)
    parcel_geoms = _rectangles(frame, *parcels[:, :4].T)
    parcel_ids, groups = _parcel_fields(rng, frame, parcels)
    build, _ = _buildings(rng, parcels, n_buildings)
    building_geoms = _rectangles(frame, *build[:, :4].T)
    # One uniform draw per building, as before heights had classes: the
    # cameras drawn next stand where they stood.
    building_height = _heights(rng.random(len(build)))
    x, y, direction, dome = _cameras(rng, frame, build, blocks, n_cameras)

    fov = np.round(rng.uniform(50.0, 90.0, n_cameras), 1)
    range_m = np.round(rng.uniform(20.0, 60.0, n_cameras), 1)
    height = np.round(rng.uniform(3.0, 8.0, n_cameras), 1)
    tilt = np.round(rng.uniform(5.0, 30.0, n_cameras), 1)
    tilt_null = rng.random(n_cameras) < 0.25
    resolution = rng.choice(RESOLUTIONS, n_cameras, p=[0.2, 0.45, 0.2, 0.15])

    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    counts["cameras"] = _write(
        out / "cameras.gpkg",
        ogr.wkbPoint,
        [
            ("camera_id", ogr.OFTString, 16),
            ("direction", ogr.OFTReal, 0),
            ("fov", ogr.OFTReal, 0),
            ("range_m", ogr.OFTReal, 0),
            ("height_m", ogr.OFTReal, 0),
            ("tilt_deg", ogr.OFTReal, 0),
            ("camera_type", ogr.OFTString, 8),
            ("h_resolution", ogr.OFTInteger, 0),
        ],
        shapely.points(x, y),
        [
            [f"CAM-{i + 1:06d}" for i in range(n_cameras)],
            [None if np.isnan(d) else round(float(d), 1) for d in direction],
            fov.tolist(),
            range_m.tolist(),
            height.tolist(),
            [None if null else float(t) for t, null in zip(tilt, tilt_null)],
            ["dome" if d else "fixed" for d in dome],
            resolution.tolist(),
        ],
    )
    counts["parcels"] = _write(
        out / "parcels.gpkg",
        ogr.wkbPolygon,
        [("id", ogr.OFTString, 14), ("owner_group", ogr.OFTInteger, 0)],
        parcel_geoms,
        [parcel_ids, [None if g < 0 else int(g) for g in groups]],
    )
    counts["buildings"] = _write(
        out / "buildings.gpkg",
        ogr.wkbPolygon,
        [("building_id", ogr.OFTString, 16), ("hauteur", ogr.OFTReal, 0)],
        building_geoms,
        [[f"BAT-{i + 1:07d}" for i in range(len(build))], building_height.tolist()],
    )
    bounds = shapely.total_bounds(parcel_geoms)
    stats = {
        "width_km": (bounds[2] - bounds[0]) / 1000.0,
        "height_km": (bounds[3] - bounds[1]) / 1000.0,
        "parcel_m2": shapely.area(parcel_geoms),
        "public_parcels": int(np.isin(groups, [1, 2, 3, 4, 9]).sum()),
        "domes": int(dome.sum()),
    }
    return counts, stats


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the full city")
    parser.add_argument("--seed", type=int, default=2154)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    start = time.perf_counter()
    counts, stats = make_city(args.out, args.scale, args.seed)
    elapsed = time.perf_counter() - start
    area = stats["parcel_m2"]
    print(
        f"cameras {counts['cameras']:,}, parcels {counts['parcels']:,}, "
        f"buildings {counts['buildings']:,} in {args.out}"
    )
    print(
        f"city {stats['width_km']:.1f} x {stats['height_km']:.1f} km; parcels "
        f"{area.min():.0f} to {area.max():.0f} m² (median {np.median(area):.0f}); "
        f"{stats['public_parcels']:,} public parcels; {stats['domes']:,} domes"
    )
    print(f"generated in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
