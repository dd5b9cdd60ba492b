"""The French translation: every tr() literal of the plugin has a finished
French text in the .ts, with the same {} placeholders, and the committed .qm
(what QGIS actually loads) gives exactly those texts."""

import importlib.util
import xml.etree.ElementTree as ET

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from tests.conftest import ROOT

CONTEXT = "CameraCoverage"
I18N = ROOT / "camera_coverage" / "i18n"
TS = I18N / "camera_coverage_fr.ts"
QM = I18N / "camera_coverage_fr.qm"


def _update_translations():
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SOURCES = list(_update_translations().source_strings())


def _ts_messages():
    """source -> (translation text, type attribute) for the one context."""
    root = ET.parse(TS).getroot()
    contexts = root.findall("context")
    assert [c.findtext("name") for c in contexts] == [CONTEXT]
    messages = {}
    for message in contexts[0].iter("message"):
        translation = message.find("translation")
        messages[message.findtext("source")] = (
            translation.text if translation is not None else None,
            translation.get("type") if translation is not None else "missing",
        )
    return messages


@pytest.fixture(scope="module")
def messages():
    return _ts_messages()


@pytest.fixture(scope="module")
def translator():
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    return translator


def test_the_package_has_strings_to_translate():
    assert len(SOURCES) > 10
    assert "Camera coverage" in SOURCES


def test_every_string_has_a_finished_french_translation(messages):
    problems = []
    for source in SOURCES:
        if source not in messages:
            problems.append(f"not in the .ts: {source}")
            continue
        text, kind = messages[source]
        if kind is not None:
            problems.append(f"{kind}: {source}")
        elif not (text or "").strip():
            problems.append(f"empty: {source}")
    assert not problems, "run scripts/update_translations.py and translate:\n" + "\n".join(problems)


def test_translations_keep_the_placeholders(messages):
    wrong = [
        (source, text)
        for source, (text, _) in messages.items()
        if text and text.count("{}") != source.count("{}")
    ]
    assert not wrong


def _translate(translator, source):
    # PyQt5's QTranslator.translate takes the source as char* and encodes a str
    # as ASCII: give it the UTF-8 bytes, as QCoreApplication.translate does.
    return translator.translate(CONTEXT, source.encode("utf-8"))


def test_the_compiled_qm_matches_the_ts(messages, translator):
    stale = []
    for source in SOURCES:
        expected = messages.get(source, (None, None))[0]
        got = _translate(translator, source)
        if got != expected:
            stale.append(f"{source!r}: .qm gives {got!r}, .ts has {expected!r}")
    assert not stale, "recompile with scripts/update_translations.py:\n" + "\n".join(stale)


@pytest.mark.parametrize(
    ("source", "french"),
    [
        ("Camera coverage", "Couverture des caméras"),
        ("Camera {} rejected: {}", "Caméra {} rejetée : {}"),
        ("Pieces per parcel", "Portions par parcelle"),
    ],
)
def test_known_strings_are_in_french(translator, source, french):
    assert _translate(translator, source) == french


def test_the_plugin_tr_gives_french_once_the_qm_is_installed(translator):
    from camera_coverage.translation import tr

    QCoreApplication.installTranslator(translator)
    try:
        assert tr("Camera coverage") == "Couverture des caméras"
        assert tr("Working CRS (areas in m²)") == "SCR de travail (surfaces en m²)"
    finally:
        QCoreApplication.removeTranslator(translator)
