"""Input files as GeoDataFrames: any OGR source (GeoPackage, GeoJSON,
Shapefile, FlatGeobuf...), the Etalab cadastre files as published
(`cadastre-<code>-parcelles.json.gz`, read through GDAL's /vsigzip/), and
GeoParquet. A folder stands for every vector file in it."""

from pathlib import Path

import geopandas as gpd
import pyogrio

PARQUET = (".parquet", ".geoparquet")
VECTOR = (".gpkg", ".json", ".geojson", ".shp", ".fgb", ".csv", ".osm", ".pbf", ".gml", ".kml")


class InputError(ValueError):
    """An input the user must fix; the message says which file and what to do.
    Raised outside the `except` that catches a reader's error, so that it
    carries no __context__: it travels back from a Dask worker by pickle,
    and some of GDAL's errors cannot be unpickled (the user would see a bare
    "Exception" and a traceback)."""


def _is_vector(path):
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(VECTOR + PARQUET)


def list_inputs(paths, kind=None):
    """Every file named, and every vector file inside the folders named, in a
    stable order. `kind` ("parcelles", "batiments") keeps, inside folders,
    only the Etalab files of that kind when the folder holds both."""
    found = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_vector(p))
            if kind and any(kind in p.name for p in files):
                files = [p for p in files if kind in p.name]
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder.")
    if not found:
        raise InputError(f"no vector file found in {', '.join(map(str, paths))}.")
    return found


def gdal_path(path):
    path = Path(path).resolve()
    return f"/vsigzip/{path}" if path.name.lower().endswith(".gz") else str(path)


def fields_of(path):
    """The attribute names of a file, without reading its features."""
    path = Path(path)
    try:
        if path.name.lower().endswith(PARQUET):
            import pyarrow.parquet as pq

            return [n for n in pq.read_schema(path).names if n != "geometry"]
        return list(pyogrio.read_info(gdal_path(path))["fields"])
    except Exception as error:
        failure = f"{path}: cannot be read ({error})."
    raise InputError(failure)


def read_vector(path, columns=None, layer=None):
    """A file as a GeoDataFrame with a CRS; only `columns` are read."""
    path = Path(path)
    failure = None
    try:
        if path.name.lower().endswith(PARQUET):
            frame = gpd.read_parquet(path)
            frame = frame[
                [c for c in frame.columns if columns is None or c in columns]
                + ([frame.geometry.name] if columns is not None else [])
            ]
        else:
            frame = pyogrio.read_dataframe(
                gdal_path(path), columns=columns, layer=layer, use_arrow=True
            )
    except Exception as error:
        failure = f"{path}: cannot be read ({error})."
    if failure:
        raise InputError(failure)
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.name not in frame:
        raise InputError(f"{path}: has no geometry.")
    if frame.crs is None:
        raise InputError(
            f"{path}: has no coordinate reference system; set one (e.g. ogr2ogr -a_srs) and "
            "prepare again."
        )
    return frame


BATCH_ROWS = 100_000


def _parquet_batches(path, columns, batch_rows):
    """GeoParquet (WKB) read by row groups; the CRS from its `geo` metadata
    (none given means OGC:CRS84, as the specification says)."""
    import json

    import pyarrow.parquet as pq
    from pyproj import CRS

    reader = pq.ParquetFile(path)
    geo = json.loads((reader.schema_arrow.metadata or {}).get(b"geo", b"{}"))
    primary = geo.get("primary_column")
    if not primary:
        raise InputError(f"{path}: is not GeoParquet (no geometry column in its metadata).")
    crs = geo["columns"][primary].get("crs", "OGC:CRS84")
    if crs is None:
        raise InputError(f"{path}: has no coordinate reference system.")
    crs = CRS.from_user_input(crs)
    wanted = None if columns is None else [*columns, primary]
    for batch in reader.iter_batches(batch_size=batch_rows, columns=wanted):
        table = batch.to_pandas()
        wkb = table.pop(primary).to_numpy()
        table = table.drop(columns=["bbox"], errors="ignore")
        yield gpd.GeoDataFrame(table, geometry=gpd.GeoSeries.from_wkb(wkb).values, crs=crs)


def read_batches(path, columns=None, batch_rows=BATCH_ROWS):
    """A file as GeoDataFrames of at most `batch_rows` features, read one
    after the other: preparing a département's (or the nation's) file never
    holds all of it."""
    path = Path(path)
    failure = None
    try:
        if path.name.lower().endswith(PARQUET):
            yield from _parquet_batches(path, columns, batch_rows)
            return
        with pyogrio.open_arrow(
            gdal_path(path), columns=columns, batch_size=batch_rows, use_pyarrow=True
        ) as (meta, reader):
            if not meta.get("crs"):
                raise InputError(
                    f"{path}: has no coordinate reference system; set one (e.g. ogr2ogr "
                    "-a_srs) and prepare again."
                )
            geometry = meta.get("geometry_name") or "wkb_geometry"
            for batch in reader:
                table = batch.to_pandas()
                wkb = table.pop(geometry).to_numpy()
                yield gpd.GeoDataFrame(
                    table, geometry=gpd.GeoSeries.from_wkb(wkb).values, crs=meta["crs"]
                )
    except InputError:
        raise
    except Exception as error:
        failure = f"{path}: cannot be read ({error})."
    if failure:
        raise InputError(failure)
