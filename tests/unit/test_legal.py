"""The legal reading on hand-made scenes whose answers are worked out here,
by hand, not by the core: owners from a DGFiP file, unknown ground beyond
the study area, dwellings and entrances in view or hidden, a shop filming
the street, information signs, masks."""

import math

import numpy as np
import pytest
import shapely
import shapely.affinity

from camera_coverage.core.audit import AuditSettings, run_audit
from camera_coverage.core.cameras import CameraValues
from camera_coverage.core.dwellings import DWELLING, OTHER, POSSIBLE, building_use
from camera_coverage.core.land import (
    MIXED_ENCODINGS,
    _grid_closing,
    etalab_id,
    join_owners,
    parse_groups,
    read_dgfip,
    study_area,
)
from camera_coverage.core.legal import LegalInputs, legal_reading
from camera_coverage.core.operators import is_private_operator
from camera_coverage.core.rules import RULES

# On Lambert-93's central meridian (3°E), where grid north is true north.
X0, Y0 = 700_000.0, 6_600_000.0
L93 = "EPSG:2154"
HEADER = (
    "Département (Champ géographique);Code Direction (Champ géographique);"
    "Code Commune (Champ géographique);Nom Commune (Champ géographique);"
    "Préfixe (Références cadastrales);Section (Références cadastrales);"
    "N° plan (Références cadastrales);N° voirie (Adresse parcelle);"
    "Code droit (Propriétaire(s) parcelle);Groupe personne (Propriétaire(s) parcelle);"
    "Forme juridique abrégée (Propriétaire(s) parcelle);"
    "Dénomination (Propriétaire(s) parcelle)"
)


def box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def camera(x, y, direction, fov, range_m, **extra):
    values = CameraValues(
        camera_id=[f"c{i}" for i in range(len(x))],
        direction=direction,
        fov=fov,
        range_m=range_m,
        **extra,
    )
    points = shapely.points(np.column_stack([X0 + np.asarray(x), Y0 + np.asarray(y)]))
    return points, values


def audit(points, values, parcels, public, buildings=None, **inputs):
    settings = AuditSettings()
    ids = [f"P{i}" for i in range(len(parcels))]
    result = run_audit(
        points,
        L93,
        values,
        np.array(parcels, dtype=object),
        L93,
        ids,
        np.asarray(public, dtype=bool),
        settings,
        buildings=None if buildings is None else np.array(buildings, dtype=object),
        buildings_crs=L93,
    )
    legal = LegalInputs(
        parcels=np.array(parcels, dtype=object),
        parcels_crs=L93,
        buildings=None if buildings is None else np.array(buildings, dtype=object),
        buildings_crs=L93,
        **inputs,
    )
    return result, legal_reading(result, values, legal, ids, settings)


# Owners -------------------------------------------------------------------


def dgfip_bytes(rows, encoding="cp1252"):
    return ("\r\n".join([HEADER, *rows]) + "\r\n").encode(encoding)


OWNER_ROWS = [
    # the commune's parcel, listed twice (same holder): counted once
    "99;123;999;Villefictive;;AB;1;3;P;4;COM;COMMUNE DE VILLEFICTIVE",
    "99;123;999;Villefictive;;AB;1;3;P;4;COM;COMMUNE DE VILLEFICTIVE",
    # a private parcel held by an HLM office: stays private, owner named
    "99;123;999;Villefictive;000;AB;2;5;P;5;OPHLM;OFFICE HLM DES ÉTANGS",
    # a parcel elsewhere in the département: counted as unmatched
    "99;123;998;Autreville;;ZC;17;;P;1;ETAT;ÉTAT MINISTÈRE",
    # a section of three letters: no id can be built
    "99;123;999;Villefictive;;ABC;3;;P;4;COM;COMMUNE DE VILLEFICTIVE",
]


def test_etalab_ids_are_built_by_padding_each_part():
    assert etalab_id("99", "999", "", "AB", "1") == ("99999000AB0001", None)
    assert etalab_id("75", "118", "000", "A", "12") == ("751180000A0012", None)
    assert etalab_id("2A", "4", "12", "c", "0123") == ("2A0040120C0123", None)
    assert etalab_id("974", "411", "", "AB", "5") == ("97411000AB0005", None)
    assert etalab_id("99", "999", "", "ABC", "1")[1] == "owner_bad_section"
    assert etalab_id("99", "999", "", "AB", "x")[1] == "owner_bad_plan"
    assert etalab_id("", "999", "", "AB", "1")[1] == "owner_no_commune"


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8", "utf-8-sig", "utf-16"])
def test_dgfip_file_read_in_any_encoding_with_its_real_header(encoding):
    rows = read_dgfip(dgfip_bytes(OWNER_ROWS, encoding))
    assert rows.parcel_id[:4] == ["99999000AB0001"] * 2 + ["99999000AB0002", "99998000ZC0017"]
    assert rows.group[:4] == [4, 4, 5, 1]
    assert rows.name[2] == "OFFICE HLM DES ÉTANGS"
    assert rows.encoding == {"cp1252": "cp1252", "utf-16": "utf-16"}.get(encoding, "utf-8-sig")
    assert [(row, code) for row, code, _ in rows.problems] == [(5, "owner_bad_section")]


def test_owners_join_counts_every_row():
    rows = read_dgfip(dgfip_bytes(OWNER_ROWS))
    owners = join_owners(["99999000AB0001", "99999000AB0002", "99999000AB0003"], rows)
    assert owners.public_by_owner.tolist() == [True, False, False]
    assert owners.owner_group == ["4", "5", ""]
    assert owners.owner_name[1] == "OFFICE HLM DES ÉTANGS"
    # 5 rows: 3 matched (one a duplicate), 1 elsewhere, 1 unusable.
    assert (owners.rows, owners.rows_matched, owners.duplicates) == (5, 3, 1)
    assert (owners.rows_unmatched, owners.rows_unusable) == (1, 1)
    # Only groups 1-4 and 9 are public by default; a user may add HLM.
    assert join_owners(["99999000AB0002"], rows, (1, 2, 3, 4, 5, 9)).public_by_owner[0]


def test_a_header_that_is_not_dgfip_names_what_is_missing():
    with pytest.raises(
        ValueError, match="missing DGFiP columns: department, commune, section, plan"
    ):
        read_dgfip(b"id;group\n1;4\n")
    with pytest.raises(ValueError, match="not a digit"):
        parse_groups("1,2,x")
    assert parse_groups(" 1; 4,9 ") == (1, 4, 9)


# Study area and unknown ground ---------------------------------------------

# Two parcels with an 8 m street between them; a camera in the street looks
# north, 90° wide, 30 m: past the parcels' north edge (10 m ahead) nobody
# knows whose the ground is.
P1, P2 = box(0, 0, 20, 20), box(28, 0, 48, 20)


def test_a_camera_at_the_edge_of_the_parcels_gets_unknown_ground():
    points, values = camera([24], [10], [0.0], [90.0], [30.0])
    result, legal = audit(points, values, [P1, P2], [False, False])
    # The 90° sector past a line 10 m ahead: 225π − 100 (∫ (30² − 10²/cos²θ)/2).
    unknown = 225 * math.pi - 100
    # In the parcels' band (10 m deep): the triangle |dx| ≤ dy, of which the
    # parts with |dx| > 4 are private: 2 × 6²/2 = 36.
    assert legal.unknown_m2[0] == pytest.approx(unknown, rel=1e-3)
    assert legal.private_m2[0] == pytest.approx(36.0, rel=1e-4)
    assert legal.public_m2[0] == pytest.approx(64.0, rel=1e-2)
    covered = result.exposure.covered_m2[0]
    assert legal.public_m2[0] + legal.private_m2[0] + legal.unknown_m2[0] == pytest.approx(covered)
    assert "beyond the study area" in legal.flag_reason[0]
    # The default study area closes the street between the parcels.
    # (all but a notch of depth about w²/8r where the street, w = 8 m wide,
    # meets the edge: 0.2 m for a closing radius r = 40 m)
    street = box(20, 0, 28, 20)
    assert legal.study_area.intersection(street).area == pytest.approx(street.area, rel=1e-2)


def test_a_given_study_area_decides_and_an_empty_one_is_refused():
    points, values = camera([24], [10], [0.0], [90.0], [30.0])
    _, legal = audit(
        points, values, [P1, P2], [False, False], study_area=[box(0, 0, 48, 40)], study_area_crs=L93
    )
    assert legal.unknown_m2[0] == 0.0
    assert legal.public_m2[0] == pytest.approx(225 * math.pi - 36, rel=1e-3)
    with pytest.raises(ValueError, match="empty study area"):
        study_area([P1], area=np.array([shapely.from_wkt("POLYGON EMPTY")]))
    empty = {"study_area": np.array([shapely.from_wkt("POLYGON EMPTY")]), "study_area_crs": L93}
    with pytest.raises(ValueError, match="study area has no polygon with an area"):
        audit(points, values, [P1, P2], [False, False], **empty)


def test_a_parcel_made_public_by_its_owners_is_not_private():
    rows = read_dgfip(dgfip_bytes(["99;1;999;V;;AB;1;;P;4;COM;COMMUNE"]))
    owners = join_owners(["99999000AB0001", "99999000AB0002"], rows)
    points, values = camera([24], [10], [0.0], [90.0], [30.0])
    _, legal = audit(points, values, [P1, P2], owners.public_by_owner)
    assert legal.private_m2[0] == pytest.approx(18.0, rel=1e-4)


# Dwellings and entrances ----------------------------------------------------

# A camera at the origin looks north (60°, 40 m, 5,900 px wide). A house's
# south wall, 10 m long, stands 20 m ahead; a second house behind it is
# hidden; a garage may stand in front of the first house's door.
HOUSE = box(-5, 20, 5, 30)
HIDDEN = box(-5, 35, 5, 45)
GARAGE = box(-3, 10, 3, 12)
DOOR = shapely.Point(X0, Y0 + 20)


# The commune's outline: all the ground in these scenes is known.
TOWN = dict(study_area=np.array([box(-200, -200, 200, 200)]), study_area_crs=L93)


def look_north(buildings, **inputs):
    points, values = camera([0], [0], [0.0], [60.0], [40.0], h_resolution=[5900.0])
    return audit(points, values, [box(100, 100, 110, 110)], [False], buildings, **TOWN, **inputs)


def test_building_use_from_osm_and_bd_topo():
    use = building_use(
        4, ["house", "garage", "yes", None], ["Résidentiel", None, None, "Commercial"]
    )
    assert use.tolist() == [DWELLING, OTHER, POSSIBLE, OTHER]
    assert building_use(2).tolist() == [POSSIBLE, POSSIBLE]
    assert building_use(2, dwelling_count=[3, 0]).tolist() == [DWELLING, OTHER]


def test_a_dwelling_facade_in_view_and_one_hidden_behind_it():
    use = np.array([DWELLING, DWELLING], dtype=object)
    _, legal = look_north([HOUSE, HIDDEN], building_use=use, building_ids=["house", "hidden"])
    dwellings = legal.dwellings
    assert dwellings.facade_m[0] == pytest.approx(10.0, abs=0.1)
    assert dwellings.dwellings_seen[0] == 1
    assert legal.dwelling_ids[0] == ["house"]
    # Identification reaches N / (2 × 250 px/m × tan 30°); the wall is seen
    # where it is nearer than that: |x| ≤ √(d² − 20²).
    ident = 5900 / (2 * 250 * math.tan(math.radians(30)))
    assert dwellings.facade_ident_m[0] == pytest.approx(2 * math.sqrt(ident**2 - 400), abs=0.1)
    assert dwellings.facade_recog_m[0] == pytest.approx(10.0, abs=0.1)
    # No entrance layer: the wall faces the public road, so its door may be seen.
    assert dwellings.entrance_seen[0]
    assert legal.flag_rules[0][:3] == ["L251-3-DWELLING", "L251-3-ENTRANCE", "CNIL-RESIDENTIAL"]
    assert legal.masking_required[0]
    assert "house" in legal.flag_reason[0]


@pytest.mark.parametrize("turn", [0.0, 17.3, 131.9])
def test_a_front_strip_of_private_land_hides_the_entrance_but_not_the_facade(turn):
    """The house's own parcel runs 0.3 m past its walls: the camera sees
    the 10 m wall, but what lies in front of it is private land, so no
    entrance opens onto the public domain there; a parcel ending on the
    wall leaves the door on the street. Turned about the camera so that
    the overlays meet walls at odd angles."""
    use = np.array([DWELLING], dtype=object)
    points, values = camera([0], [0], [turn], [60.0], [40.0])

    def turned(geom):
        return shapely.affinity.rotate(geom, -turn, origin=(X0, Y0))

    for parcel, opens in ((shapely.buffer(HOUSE, 0.3, join_style="mitre"), False), (HOUSE, True)):
        _, legal = audit(
            points,
            values,
            [turned(parcel)],
            [False],
            [turned(HOUSE)],
            building_use=use,
            **TOWN,
        )
        dwellings = legal.dwellings
        assert dwellings.facade_m[0] == pytest.approx(10.0, abs=0.1)
        assert dwellings.public_facade_m[0] <= dwellings.facade_m[0] + 1e-6
        assert dwellings.public_facade_m[0] == pytest.approx(10.0 if opens else 0.0, abs=0.1)
        assert bool(dwellings.entrance_seen[0]) is opens


def test_an_entrance_in_view_and_the_same_entrance_hidden_by_a_garage():
    use = np.array([DWELLING, OTHER], dtype=object)
    inputs = dict(
        building_use=use,
        building_ids=["house", "garage"],
        entrances=np.array([DOOR]),
        entrances_crs=L93,
        entrance_ids=["door"],
    )
    _, seen = look_north([HOUSE, box(30, 0, 33, 3)], **inputs)
    assert seen.dwellings.entrance_seen[0]
    assert seen.entrance_ids[0] == ["door"]
    _, hidden = look_north([HOUSE, GARAGE], **inputs)
    assert not hidden.dwellings.entrance_seen[0]
    assert hidden.dwellings.facade_m[0] == 0.0
    assert "L251-3-ENTRANCE" not in hidden.flag_rules[0]


def test_buildings_of_unknown_use_are_counted_apart():
    use = np.array([POSSIBLE], dtype=object)
    _, legal = look_north([HOUSE], building_use=use, building_ids=["b1"])
    assert legal.dwellings.facade_m[0] == 0.0
    assert legal.dwellings.possible_facade_m[0] == pytest.approx(10.0, abs=0.1)
    assert legal.possible_ids[0] == ["b1"]
    assert "possibly dwellings" in legal.flag_reason[0]
    assert legal.flag_rules[0] == []


def test_an_entrance_far_from_any_building_is_named():
    use = np.array([DWELLING], dtype=object)
    lost = shapely.Point(X0 + 50, Y0 + 50)
    _, legal = look_north(
        [HOUSE], building_use=use, building_ids=["house"],
        entrances=np.array([DOOR, lost]), entrances_crs=L93, entrance_ids=["door", "lost"],
    )  # fmt: skip
    assert legal.entrances_far == [1]


# Private operators (L251-2) and signs ---------------------------------------


def test_default_private_operator_reading_of_osm_tags():
    kinds = ["business", "public", None, None, None]
    where = [None, "outdoor", "outdoor", "outdoor", "public"]
    names = ["Boulangerie", "Ville", "Boulangerie Dupont", "Mairie de Paris", "X"]
    assert is_private_operator(kinds, where, names).tolist() == [True, False, True, False, False]


def test_a_shop_camera_filming_the_street_beyond_its_surroundings():
    # The shop (10 m wide, 10 m deep) and its parcel south of the street
    # line y = 0; the camera 0.3 m out, looking north, 90°, 20 m.
    shop, parcel = box(-5, -10, 5, 0), box(-5, -20, 5, 0)
    points, values = camera([0], [0.3], [0.0], [90.0], [20.0])
    _, legal = audit(
        points, values, [parcel], [False], [shop],
        building_use=np.array([OTHER], dtype=object), building_ids=["shop"],
        private_operator=np.array([True]), **TOWN,
    )  # fmt: skip
    # Allowed: within 2 m of the premises, i.e. up to y = 2 in front of the
    # shop: the wedge's first 1.7 m, a triangle of 1.7² m².
    assert legal.operator_public_m2[0] == pytest.approx(100 * math.pi - 1.7**2, rel=1e-3)
    assert "L251-2-OPERATOR" in legal.flag_rules[0]
    (mask,) = [i for i, k in enumerate(legal.masks.kind) if k == "public_domain"]
    assert legal.masks.area_m2[mask] == pytest.approx(legal.operator_public_m2[0])


def test_signs_too_far_and_signs_that_name_no_operator():
    points, values = camera([0, 1000], [0, 0], [0.0, 0.0], [60.0, 60.0], [20.0, 20.0])
    signs = np.array([shapely.Point(X0, Y0 + 55), shapely.Point(X0 + 1000, Y0 + 40)])
    _, legal = audit(
        points, values, [box(100, 100, 110, 110)], [False],
        signs=signs, signs_crs=L93, sign_names_operator=np.array([True, False]),
        sign_ids=["S1", "S2"], sign_distance_m=30.0,
    )  # fmt: skip
    # The sectors reach 20 m north: the signs stand 35 m and 20 m beyond.
    assert legal.sign_distance_m.tolist() == pytest.approx([35.0, 20.0])
    assert legal.flag_rules[0] == legal.flag_rules[1] == ["L251-3-SIGN"]
    assert "35 m" in legal.flag_reason[0] and "S1" in legal.flag_reason[0]
    assert "does not name the operator" in legal.flag_reason[1]
    # Not a masking rule: information of the public is missing.
    assert not legal.masking_required.any()
    assert [r.code for r in legal.rules] == ["L251-3-SIGN"]
    assert "L251-3" in RULES["L251-3-SIGN"].source


@pytest.mark.parametrize("signs", [[], [None]], ids=["empty layer", "no located sign"])
def test_a_signs_layer_with_no_located_sign_means_no_sign(signs):
    points, values = camera([0], [0], [0.0], [60.0], [20.0])
    _, legal = audit(
        points, values, [box(100, 100, 110, 110)], [False],
        signs=np.array(signs, dtype=object), signs_crs=L93,
        sign_names_operator=np.zeros(len(signs), dtype=bool),
        sign_ids=[f"S{i}" for i in range(len(signs))], sign_distance_m=30.0,
    )  # fmt: skip
    assert np.isnan(legal.sign_distance_m[0])
    assert legal.flag_rules[0] == ["L251-3-SIGN"]
    assert not legal.masking_required.any()


# Masks ----------------------------------------------------------------------


def test_private_land_across_north_masked_with_its_bearings():
    # Looking north, 60°, 30 m; the private parcel covers everything from
    # 10 m ahead: its mask spans the whole view, 330° to 30°.
    points, values = camera([0], [0], [0.0], [60.0], [30.0])
    _, legal = audit(points, values, [box(-40, 10, 40, 60)], [False])
    masks = legal.masks
    assert masks.kind.tolist() == ["private_land"]
    assert masks.from_deg[0] == pytest.approx(330.0, abs=1e-6)
    assert masks.to_deg[0] == pytest.approx(30.0, abs=1e-6)
    assert masks.share_of_view[0] == pytest.approx(1.0)
    assert "mostly masked" in legal.flag_reason[0]
    # No height nor tilt, so no picture: the share said is of the ground.
    assert masks.masked_measure[0] == "ground"
    assert "% of the ground it sees, all its masks together)" in legal.flag_reason[0]


def test_a_city_study_area_on_a_grid_matches_the_exact_closing_to_a_cell():
    # 12 x 12 blocks of 20 m with 8 m streets and a square left out.
    blocks = [
        box(28 * i, 28 * j, 28 * i + 20, 28 * j + 20)
        for i in range(12)
        for j in range(12)
        if not (4 <= i <= 6 and 4 <= j <= 6)
    ]
    exact = study_area(blocks)
    grid = shapely.union_all(
        shapely.polygons(shapely.get_exterior_ring(shapely.get_parts(_grid_closing(blocks, 40))))
    )
    cell = 40 / 4
    # Streets and the square are in both; the edges agree to about a cell.
    assert grid.covers(box(20, 20, 28, 28)) and grid.covers(box(130, 130, 170, 170))
    assert exact.buffer(1.5 * cell).covers(grid)
    assert grid.buffer(1.5 * cell).covers(exact)


def test_a_dgfip_file_pasted_from_two_encodings_is_read_line_by_line():
    # Issue 17: the header and the first rows in Windows-1252, the HLM row
    # and a repeat of the commune's row added from a UTF-8 export.
    data = dgfip_bytes(OWNER_ROWS[:1]) + "\r\n".join(OWNER_ROWS[1:3]).encode("utf-8") + b"\r\n"
    rows = read_dgfip(data)
    assert rows.encoding == MIXED_ENCODINGS
    assert rows.name[2] == "OFFICE HLM DES ÉTANGS"
    owners = join_owners(["99999000AB0001", "99999000AB0002"], rows)
    assert owners.duplicates == 1 and owners.owner_name[1] == "OFFICE HLM DES ÉTANGS"
    # One encoding throughout is not called mixed.
    assert read_dgfip(dgfip_bytes(OWNER_ROWS, "utf-8")).encoding == "utf-8-sig"


@pytest.mark.parametrize("separator", [",", "\t", "|"])
def test_a_dgfip_file_saved_again_with_another_separator_is_read(separator):
    text = "\r\n".join([HEADER, *OWNER_ROWS]).replace(";", separator)
    rows = read_dgfip(text.encode("cp1252"))
    assert rows.parcel_id[:3] == ["99999000AB0001"] * 2 + ["99999000AB0002"]
    assert rows.group[:3] == [4, 4, 5]


@pytest.mark.parametrize("group", ["inf", "-inf", "nan", "1e400"])
def test_an_impossible_owner_group_is_a_problem_row_not_a_crash(group):
    rows = read_dgfip(dgfip_bytes([OWNER_ROWS[0].replace(";4;COM;", f";{group};COM;")]))
    assert rows.group == [None]
    assert [code for _, code, _ in rows.problems] == ["owner_bad_group"]


def test_a_dwelling_facade_mask_is_the_metre_of_ground_in_front_of_its_wall():
    # The house's south wall, 10 m at y = 20, faces the camera: its mask on
    # the ground is the strip 1 m deep in front of it, 10 m², whose near
    # corners (±5, 19) stand at bearings ±atan(5/19) = ±14.74°. (The
    # wall is straightened from the view's outline a few centimetres
    # round its corners: the strip may be that much short.)
    use = np.array([DWELLING], dtype=object)
    _, legal = look_north([HOUSE], building_use=use, building_ids=["house"])
    masks = legal.masks
    (row,) = np.flatnonzero(masks.kind == "dwelling_facade")
    assert masks.area_m2[row] == pytest.approx(10.0, abs=0.5)
    half = math.degrees(math.atan2(5, 19))
    assert masks.from_deg[row] == pytest.approx(360 - half, abs=0.1)
    assert masks.to_deg[row] == pytest.approx(half, abs=0.1)
    strip = shapely.box(X0 - 5, Y0 + 19, X0 + 5, Y0 + 20)
    assert strip.symmetric_difference(masks.geometry[row]).area < 0.5


@pytest.mark.parametrize(("radius", "seen"), [(1.5, False), (2.0, False), (3.0, True)])
def test_an_entrance_behind_its_wall_is_seen_within_the_entrance_radius(radius, seen):
    # The door point 2.5 m inside the house (y = 22.5), the visible ground
    # stopping at its wall (y = 20): it is seen only within a radius of
    # more than 2.5 m. Its mask is then the part of the disc in front of
    # the wall: a circle's segment 2.5 m from its centre, r² acos(d / r) -
    # d √(r² − d²) = 1.125 m² for r = 3 (the disc is a 32-gon: a little less).
    use = np.array([DWELLING], dtype=object)
    _, legal = look_north(
        [HOUSE],
        building_use=use,
        building_ids=["house"],
        entrances=np.array([shapely.Point(X0, Y0 + 22.5)]),
        entrances_crs=L93,
        entrance_ids=["door"],
        entrance_radius_m=radius,
    )
    assert bool(legal.dwellings.entrance_seen[0]) is seen
    assert ("L251-3-ENTRANCE" in legal.flag_rules[0]) is seen
    rows = np.flatnonzero(legal.masks.kind == "entrance")
    if not seen:
        assert len(rows) == 0
        return
    (row,) = rows
    segment = radius**2 * math.acos(2.5 / radius) - 2.5 * math.sqrt(radius**2 - 2.5**2)
    assert segment == pytest.approx(1.125, abs=1e-3)
    assert legal.masks.area_m2[row] == pytest.approx(segment, rel=0.06)
    assert legal.masks.area_m2[row] <= segment


def test_two_private_parcels_with_a_public_road_between_are_two_masks():
    # Looking north, 90°, 40 m; a parcel each side of a road 10 m wide
    # (x < -5 and x > 5) from 10 m ahead. The west parcel is seen from the
    # view's edge (315°) to where the road's edge x = -5 meets the range,
    # 360° − asin(5/40) = 352.82°; the east one from 7.18° to 45°.
    points, values = camera([0], [0], [0.0], [90.0], [40.0])
    _, legal = audit(points, values, [box(-60, 10, -5, 60), box(5, 10, 60, 60)], [False, False])
    masks = legal.masks
    assert legal.masking_required[0]
    assert masks.kind.tolist() == ["private_land", "private_land"]
    edge = math.degrees(math.asin(5 / 40))
    rows = sorted(zip(masks.from_deg, masks.to_deg))
    # Arcs are drawn as chords: the road's edge meets them a hair nearer.
    assert rows[0] == pytest.approx((edge, 45.0), abs=0.1)
    assert rows[1] == pytest.approx((315.0, 360 - edge), abs=0.1)
    # The road between is left to film: neither span takes it in.
    assert rows[0][0] > edge - 0.1 and rows[1][1] < 360 - edge + 0.1


def test_the_picture_of_a_mask_has_the_lens_own_height_angle():
    # 10 m up, tilted 45° down, a lens 60° across and 34° high: a ground
    # point `a` across and `h` ahead lies s (h + 10) deep and s (h - 10)
    # above the axis (s = cos 45°).
    s = math.cos(math.radians(45))

    def picture(a, h):
        return (
            0.5 + a / (2 * s * (h + 10) * math.tan(math.radians(30))),
            0.5 - (h - 10) / (2 * (h + 10) * math.tan(math.radians(17))),
        )

    points, values = camera(
        [0], [0], [0.0], [60.0], [40.0], height_m=[10.0], tilt_deg=[45.0], vfov_deg=[34.0]
    )
    _, legal = audit(points, values, [box(-2, 8, 2, 14)], [False], **TOWN)
    masks = legal.masks
    (row,) = np.flatnonzero(masks.kind == "private_land")
    expected = shapely.Polygon([picture(-2, 8), picture(2, 8), picture(2, 14), picture(-2, 14)])
    assert masks.image_outline[row].symmetric_difference(expected).area < 1e-6
