"""Collects every tr("...") literal of the plugin into the French .ts file
(keeping the translations already made) and compiles it with lrelease.
Run it after changing user-facing text: `make translations`."""

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "camera_coverage"
CONTEXT = "CameraCoverage"
LANGUAGES = ("fr",)


def source_strings():
    """The literal argument of each tr() call, in order of appearance."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) != 1:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            arg = node.args[0]
            if name == "tr" and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, path.relative_to(ROOT))
    return found


def read_ts(path):
    if not path.exists():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished":
            translations[message.findtext("source")] = translation.text or ""
    return translations


def write_ts(path, language, strings, translations):
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, where in strings.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=str(where))
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if translations.get(text):
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


def main():
    strings = source_strings()
    missing = 0
    for language in LANGUAGES:
        ts = PACKAGE / "i18n" / f"camera_coverage_{language}.ts"
        translations = read_ts(ts)
        write_ts(ts, language, strings, translations)
        untranslated = [s for s in strings if not translations.get(s)]
        missing += len(untranslated)
        for text in untranslated:
            print(f"{language}: untranslated: {text}")
        lrelease = shutil.which("lrelease")
        if lrelease is None:
            print("lrelease not found: apt-get install qttools5-dev-tools", file=sys.stderr)
            return 1
        subprocess.run([lrelease, "-silent", str(ts)], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
