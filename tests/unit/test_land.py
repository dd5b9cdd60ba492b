"""Land: owners read from any table, the owners' verdict used as a parcel
mask, the grid closing of a city's parcels, and the pieces layer's classes
at the study area's edge. Scenes on Lambert-93's central meridian, answers
worked out by hand."""

import math

import numpy as np
import pytest
import shapely

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.land import (
    _grid_closing,
    etalab_id,
    join_owners,
    owner_rows,
    read_dgfip,
)
from camera_coverage.core.legal import LegalInputs, legal_reading

X0, Y0 = 700_000.0, 6_600_000.0
L93 = "EPSG:2154"


def box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def test_owner_rows_from_a_table_without_names():
    rows = owner_rows([" 99999000AB0001 ", None, "99999000AB0003"], ["4", 5, "x"])
    assert rows.parcel_id == ["99999000AB0001", None, "99999000AB0003"]
    assert rows.group == [4, 5, None]
    assert rows.name == ["", "", ""]
    # Row 2 has no id, row 3 a group that is not a digit.
    assert rows.problems == [(2, "owner_no_id", {}), (3, "owner_bad_group", {"value": "x"})]


def test_owner_rows_keep_the_holders_names():
    rows = owner_rows(["99999000AB0001"] * 2, [4, 5], [" COMMUNE ", None])
    assert rows.name == ["COMMUNE", ""]
    assert rows.problems == []


def test_group_0_is_a_private_holder_not_an_unreadable_row():
    # Group 0: legal entities of no particular kind (companies...).
    rows = owner_rows(["A", "A", "B"], [4, 0, 0])
    assert rows.group == [4, 0, 0] and rows.problems == []
    owners = join_owners(["A", "B"], rows)
    # The commune shares A with a company: A stays private.
    assert owners.public_by_owner.tolist() == [False, False]
    assert owners.owner_group == ["0,4", "0"] and owners.rows_unusable == 0


def test_an_overseas_commune_written_the_dgfip_way():
    # Les Abymes (INSEE 97101) as MAJIC writes it, département 97 and
    # commune 101 (the direction's digit first), or as département 971.
    assert etalab_id("97", "101", "", "AB", "1") == ("97101000AB0001", None)
    assert etalab_id("971", "01", "", "AB", "1") == ("97101000AB0001", None)


def test_an_empty_or_one_column_file_names_what_it_lacks():
    required = "missing DGFiP columns: department, commune, section, plan, group; "
    with pytest.raises(ValueError, match=required + "columns found: $"):
        read_dgfip(b"")
    # A list of parcel ids saved instead of the DGFiP file.
    with pytest.raises(ValueError, match=required + "columns found: ID_PARCELLE_XY$"):
        read_dgfip(b"ID_PARCELLE_XY\r\n91216000AB0001\r\n")


def test_the_owners_verdict_selects_the_public_parcels():
    rows = owner_rows(["A", "B", "C"], [4, 5, 1])
    owners = join_owners(["A", "B", "C", "D"], rows)
    parcels = np.array(["A", "B", "C", "D"])
    # A mask, as the audit combines it with the layer's own public flag.
    assert parcels[owners.public_by_owner].tolist() == ["A", "C"]
    listed_public = np.array([False, True, False, False])
    assert (listed_public | owners.public_by_owner).tolist() == [True, True, True, False]


def test_the_grid_closing_keeps_every_parcel_whole():
    # A closing (grown then shrunk back) never loses ground it started
    # with: 10 x 10 blocks of 20 m with 8 m streets, the top row included.
    blocks = [box(28 * i, 28 * j, 28 * i + 20, 28 * j + 20) for i in range(10) for j in range(10)]
    closed = _grid_closing(blocks, 40)
    for block in blocks:
        assert closed.buffer(1e-6).covers(block)
    # And it stays within about a cell (10 m) of the blocks' outer edge.
    assert box(-15, -15, 28 * 9 + 35, 28 * 9 + 35).covers(closed)


def test_the_pieces_at_the_study_area_edge_are_public_inside_and_unknown_outside():
    # Two parcels with an 8 m street between them; a camera in the street
    # looks north, 90° wide, 30 m: past the parcels' north edge (10 m ahead)
    # nobody knows whose the ground is.
    parcels = np.array([box(0, 0, 20, 20), box(28, 0, 48, 20)], dtype=object)
    values = CameraValues(camera_id=["c0"], direction=[0.0], fov=[90.0], range_m=[30.0])
    points = np.array([shapely.Point(X0 + 24, Y0 + 10)], dtype=object)
    settings = AuditSettings()
    ids = ["P0", "P1"]
    result = run_audit(points, L93, values, parcels, L93, ids, np.array([False, False]), settings)
    legal = legal_reading(
        result, values, LegalInputs(parcels=parcels, parcels_crs=L93), ids, settings
    )
    pieces, classes = legal.classify_pieces(result.exposure.with_unparcelled())
    kinds = ("public", "private", "unknown")
    area = {kind: pieces.area_m2[classes == kind].sum() for kind in kinds}
    # The 90° sector past a line 10 m ahead: 225π − 100. In the parcels'
    # band the triangle |dx| ≤ dy, 100 m², of which |dx| > 4 is private:
    # 2 × 6²/2 = 36, and the street's 64 m² public.
    assert area["unknown"] == pytest.approx(225 * math.pi - 100, rel=1e-3)
    assert area["private"] == pytest.approx(36.0, rel=1e-4)
    assert area["public"] == pytest.approx(64.0, rel=1e-2)
    # Unknown ground is no more public than private.
    assert pieces.is_public.tolist() == [kind == "public" for kind in classes]
    assert (pieces.camera == 0).all() and len(pieces.camera) == len(classes)
