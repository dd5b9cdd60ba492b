"""communedata's OWNERS: the DGFiP file of the département (on disk or at a
URL) cut down to the rows on the parcels read, written as the `owners`
table that communedossier hands to the audit, and credited in `sources`."""

import pyogrio
import pytest

from tests.http_server import Answer
from tests.qgis.layers import LogFeedback

HEADER = (
    "Département (Champ géographique);Code Commune (Champ géographique);"
    "Préfixe (Références cadastrales);Section (Références cadastrales);"
    "N° plan (Références cadastrales);Code droit (Propriétaire(s) parcelle);"
    "Groupe personne (Propriétaire(s) parcelle);Dénomination (Propriétaire(s) parcelle)"
)
# Rows as the DGFiP writes them: prefix blank, plan numbers unpadded.
ROWS = [
    ("91", "216", "", "AB", "37", "P", "4", "COMMUNE D'ÉPINAY-SUR-ORGE"),
    ("91", "216", "", "AB", "37", "G", "4", "COMMUNE D'ÉPINAY-SUR-ORGE"),
    ("91", "216", "", "AC", "100", "P", "5", "OFFICE PUBLIC DE L'HABITAT"),
    ("75", "118", "", "AB", "1", "P", "1", "ÉTAT (autre département)"),
    ("91", "216", "", "", "12", "P", "4", "SANS SECTION"),
]


def _csv():
    lines = [HEADER] + [";".join(row) for row in ROWS]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def _real_ids():
    from tests.recorded_services import EPINAY_PARCELS

    parcels = pyogrio.read_dataframe(EPINAY_PARCELS)
    return set(parcels["id"])


@pytest.mark.parametrize("where", ["url", "disk"])
def test_owners_on_the_parcels_read_are_kept(plugin, epinay_services, tmp_path, where):
    import processing

    expected = {"91216000AB0037", "91216000AC0100"} & _real_ids()
    assert expected, "the rows must name real parcels of the Épinay file"
    if where == "url":
        epinay_services.services.route("/dgfip/owners-91.csv", Answer(_csv()))
        location = epinay_services.services.url + "/dgfip/owners-91.csv"
    else:
        location = str(tmp_path / "owners-91.csv")
        (tmp_path / "owners-91.csv").write_bytes(_csv())
    log = LogFeedback()
    out = tmp_path / "epinay.gpkg"
    processing.run(
        "camera_coverage:communedata",
        {"INSEE": "91216", "OWNERS": location, "REFRESH": True, "OUTPUT": str(out)},
        feedback=log,
    )
    owners = pyogrio.read_dataframe(out, layer="owners")
    assert set(owners["parcel_id"]) == expected
    # Two rights on AB 37 (owner and manager): both rows kept, as the audit counts them.
    assert len(owners) == 1 + len(expected)
    assert set(owners.loc[owners["parcel_id"] == "91216000AB0037", "group"]) == {4}
    sources = pyogrio.read_dataframe(out, layer="sources")
    row = sources[sources["url"] == location]
    assert len(row) == 1 and "Licence Ouverte" in row.iloc[0]["licence"]
    assert row.iloc[0]["features"] == len(owners)
    assert any("1 rows whose parcel reference cannot be read" in line for line in log.lines)


def test_an_owners_file_that_is_not_the_dgfip_one_is_refused(plugin, epinay_services, tmp_path):
    import processing

    bad = tmp_path / "owners.csv"
    bad.write_text("id;group\n91216000AB0037;4\n", encoding="utf-8")
    with pytest.raises(Exception, match="not the DGFiP file"):
        processing.run(
            "camera_coverage:communedata",
            {"INSEE": "91216", "OWNERS": str(bad), "OUTPUT": str(tmp_path / "x.gpkg")},
        )
