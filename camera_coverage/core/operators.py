"""Private operators on the public road (CSI L251-2).

Only public authorities film the public road; a shop or a company may film
only the immediate surroundings of its own premises. So for a private
operator's camera, the public domain it sees beyond a few metres of its own
building or parcel is what it must not film. OpenStreetMap tells private
operators by `operator:type` (private, business, commercial, religious), or
by `surveillance=outdoor` with an operator that is not a public body.
"""

import unicodedata

import numpy as np
import shapely

from .geometry import polygonal

PRIVATE_TYPES = ("private", "business", "commercial", "religious")
PUBLIC_TYPES = ("public", "government", "municipal", "community", "public_authority")
# Words that name a public body in an `operator` value.
PUBLIC_WORDS = (
    "commune",
    "mairie",
    "ville",
    "municipal",
    "police",
    "gendarmerie",
    "prefecture",
    "etat",
    "departement",
    "region",
    "metropole",
    "council",
    "city of",
    "town of",
    "government",
)
# A building or parcel this close to a camera is its operator's premises.
PREMISES_M = 2.0


def _plain(value):
    text = unicodedata.normalize("NFKD", str(value or "").strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def is_private_operator(operator_type, surveillance, operator):
    """The default reading of OpenStreetMap tags, one value per camera."""
    out = np.zeros(len(operator_type), dtype=bool)
    for i, (kind, where, name) in enumerate(zip(operator_type, surveillance, operator)):
        kind, where, name = _plain(kind), _plain(where), _plain(name)
        if kind in PRIVATE_TYPES:
            out[i] = True
        elif kind in PUBLIC_TYPES or kind:
            out[i] = False
        else:
            out[i] = where == "outdoor" and bool(name) and not any(w in name for w in PUBLIC_WORDS)
    return out


def premises(camera_xy, buildings, parcels):
    """Each camera's premises: the nearest building and the nearest parcel
    within PREMISES_M, else the camera's own point."""
    points = shapely.points(np.asarray(camera_xy, dtype=float).reshape(-1, 2))
    parts = [[] for _ in points]
    for layer in (buildings, parcels):
        if layer is None or len(layer) == 0:
            continue
        layer = np.asarray(layer, dtype=object)
        tree = shapely.STRtree(layer)
        cam, found = tree.query_nearest(points, max_distance=PREMISES_M, all_matches=False)
        for c, f in zip(cam, found):
            parts[c].append(layer[f])
    return np.array(
        [shapely.union_all(p) if p else point for p, point in zip(parts, points)], dtype=object
    )


def beyond_surroundings(public_ground, own_premises, surroundings_m):
    """The public domain each camera sees farther than `surroundings_m`
    from its premises."""
    allowed = shapely.buffer(np.asarray(own_premises, dtype=object), surroundings_m, quad_segs=8)
    return polygonal(shapely.difference(np.asarray(public_ground, dtype=object), allowed))
