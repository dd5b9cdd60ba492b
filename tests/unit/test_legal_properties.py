"""Properties of the legal reading on random scenes (hypothesis): covered =
public + private + unknown, the façade facing the public domain is part of
the façade seen, masks lie inside the coverage, and their bearings inside
the camera's field of view."""

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from camera_coverage.core.audit import AuditSettings
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.dwellings import DWELLING, OTHER, POSSIBLE
from camera_coverage.core.legal import LegalInputs, legal_reading

from .test_audit_properties import CELLS, IDS, X0, Y0, audit, buildings, cameras

USES = st.sampled_from([DWELLING, POSSIBLE, OTHER])


@settings(max_examples=40, deadline=None)
@given(
    cameras,
    buildings,
    st.lists(st.booleans(), min_size=len(CELLS), max_size=len(CELLS)),
    st.lists(USES, min_size=5, max_size=5),
    st.booleans(),
    st.booleans(),
)
def test_land_adds_up_and_masks_stay_in_view(scene, walls, public, uses, operators, edge):
    result = audit(scene, walls, public=np.array(public))
    blocks = np.array([shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h) for x, y, w, h in walls])
    values = result.coverage.checked
    n_input = len(scene)
    # With `edge`, only the western half of the grid is loaded as parcels'
    # study area: cameras see ground beyond it.
    area = np.array([shapely.box(X0 - 120, Y0 - 120, X0, Y0 + 120)]) if edge else None
    inputs = LegalInputs(
        parcels=CELLS,
        parcels_crs="EPSG:2154",
        study_area=area,
        study_area_crs="EPSG:2154",
        buildings=blocks if len(blocks) else None,
        buildings_crs="EPSG:2154",
        building_use=np.array(uses[: len(blocks)], dtype=object),
        building_ids=[f"B{i}" for i in range(len(blocks))],
        private_operator=np.full(n_input, operators),
    )
    camera_values = CameraValues(
        [f"c{i}" for i in range(n_input)],
        np.zeros(n_input),
        np.zeros(n_input),
        np.zeros(n_input),
    )
    points = result.coverage.points
    if area is not None and len(points) and not shapely.intersects(area[0], points).any():
        # A study area holding none of the cameras is refused (issue 17).
        with pytest.raises(ValueError, match="none of the"):
            legal_reading(result, camera_values, inputs, IDS, AuditSettings())
        return
    legal = legal_reading(result, camera_values, inputs, IDS, AuditSettings())
    covered = result.exposure.covered_m2
    total = legal.public_m2 + legal.private_m2 + legal.unknown_m2
    np.testing.assert_allclose(total, covered, rtol=1e-7, atol=1e-6)
    assert np.all(legal.unknown_m2 >= 0) and np.all(legal.public_m2 >= 0)
    # The façade facing the public domain is part of the façade seen.
    dwellings = legal.dwellings
    assert np.all(dwellings.public_facade_m <= dwellings.facade_m + 1e-6)

    masks = legal.masks
    footprints = result.exposure.coverage
    outside = shapely.area(shapely.difference(masks.geometry, footprints[masks.camera]))
    assert np.all(outside <= 1e-6 * np.maximum(masks.area_m2, 1.0))
    index = result.coverage.index
    direction = values.direction[index][masks.camera]
    sweep = values.sweep_deg[index][masks.camera]
    sector = ~np.isnan(direction) & (sweep < 360)
    start = (direction - sweep / 2) % 360
    lead = (masks.from_deg - start + 1e-6) % 360
    assert np.all(lead[sector] <= sweep[sector] + 1e-5)
    assert np.all(lead[sector] + masks.span_deg[sector] <= sweep[sector] + 1e-5)
    assert np.all((masks.share_of_view >= 0) & (masks.share_of_view <= 1))
