"""Build and check the plugin zip the way plugins.qgis.org validates an
upload: one top folder, metadata.txt with every mandatory field (and the
ones the repository's reviewers ask for), the icon it names, a licence,
compiled translations, and nothing that is not the plugin (tests, caches,
compiled Python, VCS files).

    check_zip.py build FOLDER CHANGELOG.md OUT.zip
    check_zip.py check OUT.zip
"""

import configparser
import re
import sys
import zipfile
from pathlib import Path

PACKAGE = "camera_coverage"
MANDATORY = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
)
RECOMMENDED = ("tracker", "homepage", "tags", "icon", "changelog", "category")
FORBIDDEN = re.compile(r"(__pycache__/|\.pyc$|\.pyo$|/\.git|/tests?/|\.DS_Store|/\.)")
MAX_BYTES = 25 * 1024 * 1024
MAX_CHANGELOG = 4000


def changelog_text(markdown, version):
    """The changelog as metadata.txt holds it: the latest release only (its
    section headings, one a line, each continuation line indented), with
    `%` doubled because plugins.qgis.org and QGIS read metadata.txt with
    configparser's default interpolation. The full history stays in
    CHANGELOG.md."""
    sections = re.split(r"^## ", markdown, flags=re.M)[1:]
    if not sections:
        return f"{version}: see CHANGELOG.md"
    title, _, body = sections[0].partition("\n")
    lines = [f"{version} ({title.strip().strip('[]')})"]
    lines += ["- " + heading.strip() for heading in re.findall(r"^### (.+)$", body, flags=re.M)]
    lines.append("Full history: CHANGELOG.md in the repository.")
    text = "\n".join("    " + line for line in lines).lstrip()
    return text.replace("%", "%%")


def build(folder, changelog, out):
    folder = Path(folder) / PACKAGE
    metadata = folder / "metadata.txt"
    text = metadata.read_text(encoding="utf-8")
    version = re.search(r"^version=(.*)$", text, flags=re.M).group(1).strip()
    entries = changelog_text(Path(changelog).read_text(encoding="utf-8"), version)
    text = re.sub(r"^changelog=.*$", lambda _: "changelog=" + entries, text, flags=re.M)
    metadata.write_text(text, encoding="utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not FORBIDDEN.search("/" + path.relative_to(folder).as_posix()):
                archive.write(path, f"{PACKAGE}/{path.relative_to(folder).as_posix()}")


def problems(path):
    found = []
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        tops = {name.split("/")[0] for name in names}
        if tops != {PACKAGE}:
            found.append(f"one top folder {PACKAGE} expected, found {sorted(tops)}")
        for name in names:
            if FORBIDDEN.search("/" + name.split("/", 1)[-1]):
                found.append(f"not part of a plugin: {name}")
        if sum(info.file_size for info in archive.infolist()) > MAX_BYTES:
            found.append("larger than 25 MB")
        # As plugins.qgis.org's validator and QGIS's plugin manager read it:
        # a plain ConfigParser, whose interpolation fails on a lone `%`.
        parser = configparser.ConfigParser()
        parser.optionxform = str
        try:
            parser.read_string(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))
            general = dict(parser.items("general"))
        except configparser.Error as error:
            found.append(f"metadata.txt does not parse: {error}")
            return found
        if len(general.get("changelog", "")) > MAX_CHANGELOG:
            found.append("metadata.txt: changelog longer than the latest release")
        for key in MANDATORY + RECOMMENDED:
            if not general.get(key, "").strip():
                found.append(f"metadata.txt: {key} missing")
        if "See CHANGELOG" in general.get("changelog", ""):
            found.append("metadata.txt: changelog not filled in from CHANGELOG.md")
        icon = general.get("icon", "")
        if icon and f"{PACKAGE}/{icon}" not in names:
            found.append(f"icon {icon} not in the zip")
        for needed in ("__init__.py", "LICENSE", "i18n/camera_coverage_fr.qm"):
            if f"{PACKAGE}/{needed}" not in names:
                found.append(f"{needed} missing")
    return found


def main(argv):
    if argv[1] == "build":
        build(*argv[2:5])
        return 0
    found = problems(argv[2])
    for problem in found:
        print(f"{argv[2]}: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
