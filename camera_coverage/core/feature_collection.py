"""GeoJSON FeatureCollections as the public services publish them (the
Etalab cadastre's files) read into geometries and property rows, with an
error when a file is not one: a service's error page or a cut-off download
must never become an empty layer."""

import json

import numpy as np
import shapely


class NotAFeatureCollection(ValueError):
    """The bytes are not a GeoJSON FeatureCollection (the caller names the
    file in the user's language)."""


def read_feature_collection(content):
    """(geometries as a shapely object array, properties as a list of
    dicts) of a GeoJSON FeatureCollection given as bytes or text. A feature
    with no geometry keeps its row, with a missing geometry (None)."""
    try:
        document = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NotAFeatureCollection(str(error)) from error
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list) or document.get("type") != "FeatureCollection":
        raise NotAFeatureCollection("not a FeatureCollection")
    texts = [
        json.dumps(f["geometry"]) if isinstance(f, dict) and f.get("geometry") else None
        for f in features
    ]
    geometries = np.full(len(texts), None, dtype=object)
    present = np.array([t is not None for t in texts], dtype=bool)
    if present.any():
        parsed = shapely.from_geojson([t for t in texts if t is not None], on_invalid="ignore")
        geometries[present] = parsed
    rows = [dict(f.get("properties") or {}) if isinstance(f, dict) else {} for f in features]
    return geometries, rows
