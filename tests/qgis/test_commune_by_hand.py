"""Offline with no copy of a file: the message lists every cadastre file
the run needs, so that a volunteer can fetch them by hand."""

import pytest


def test_a_missing_cadastre_file_lists_the_files_to_fetch(plugin, epinay_services, tmp_path):
    import processing

    empty = tmp_path / "cadastre"
    empty.mkdir()
    with pytest.raises(Exception) as raised:
        processing.run(
            "camera_coverage:communedata",
            {"INSEE": "91216", "CADASTRE_URL": str(empty), "OUTPUT": str(tmp_path / "x.gpkg")},
        )
    message = str(raised.value)
    for part in (
        "communes/91/91216/cadastre-91216-communes.json.gz",
        "communes/91/91216/cadastre-91216-parcelles.json.gz",
        "communes/91/91216/cadastre-91216-batiments.json.gz",
        "departements/91/cadastre-91-communes.json.gz",
    ):
        assert str(empty / part) in message
    assert not (tmp_path / "x.gpkg").exists()
