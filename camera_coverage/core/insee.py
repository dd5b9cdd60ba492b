"""What a volunteer typed to name a commune: an INSEE code (91216, 2A004)
or a name ("epinay sur orge"). The code also gives the département under
which the Etalab cadastre files its communes. Postal codes look like INSEE
codes and are read as such; the geo API then answers that no commune has
that code."""

from __future__ import annotations

import difflib
import re
import unicodedata

_CODE_SHAPED = re.compile(r"(?:2[AB]|\d)\d*")
_CODE = re.compile(r"(?:\d{2}|2[AB])\d{3}")
_WHAT_A_CODE_IS = (
    "an INSEE commune code has 5 characters: 5 digits (91216), or 2A or 2B followed by "
    "3 digits in Corsica (2A004)"
)
# Overseas départements (971 Guadeloupe to 976 Mayotte) and the overseas
# collectivities after them number their communes under a 3-digit code.
_OVERSEAS_PREFIX = "97"
# Letters that Unicode does not split into a base letter and an accent.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})


def commune_code(text: str) -> str | None:
    """The INSEE code in upper case when the text is one (spaces around it
    allowed; "2a004" is "2A004"), None when the text is a commune name.
    Raises ValueError for a code of the wrong length ("9121") and for text
    that is neither (empty, or digits with other signs, "91.216")."""
    cleaned = text.strip().upper()
    if _CODE_SHAPED.fullmatch(cleaned):
        if not _CODE.fullmatch(cleaned):
            raise ValueError(f"'{text.strip()}' is not an INSEE code: {_WHAT_A_CODE_IS}")
        return cleaned
    if any(character.isalpha() for character in cleaned):
        return None
    raise ValueError(
        f"'{text.strip()}' is neither a commune name nor an INSEE code: {_WHAT_A_CODE_IS}"
    )


def checked_code(code: str) -> str:
    """The INSEE code in upper case; ValueError when `code` is not one
    (a name included)."""
    checked = commune_code(code)
    if checked is None:
        raise ValueError(f"'{code.strip()}' is not an INSEE code: {_WHAT_A_CODE_IS}")
    return checked


def departement(code: str) -> str:
    """The département part of an INSEE code: 2 characters ("91", "2A"),
    3 overseas ("974"). Raises ValueError for a code that is not one, and
    for a Corsican code written with 20 (Corsica's codes are 2A and 2B
    since 1976; 20xxx is a Corsican postal code)."""
    checked = checked_code(code)
    if checked.startswith("20"):
        raise ValueError(
            f"'{checked}' is not an INSEE code: Corsica's communes are numbered 2A "
            "(Corse-du-Sud) or 2B (Haute-Corse), not 20 (20xxx is a postal code); "
            "use 2A or 2B, e.g. 2A004 for Ajaccio"
        )
    return checked[:3] if checked.startswith(_OVERSEAS_PREFIX) else checked[:2]


def name_key(name: str) -> str:
    """A commune name without case, accents, hyphens, apostrophes or
    spaces: what two spellings of one name have in common."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_LIGATURES))
    return "".join(character for character in decomposed if character.isalnum())


def homonyms(name: str, answers: list[dict]) -> list[dict]:
    """Every geo API answer named `name` (as name_key compares names), as
    {nom, codeDepartement, code}: several when communes share the name, so
    that the message can ask which code is meant. Only the answers given
    are searched (the geo API sends at most its limit)."""
    key = name_key(name)
    found = {}
    for answer in answers:
        if name_key(str(answer.get("nom", ""))) == key:
            found.setdefault(
                answer.get("code"),
                {k: answer.get(k) for k in ("nom", "codeDepartement", "code")},
            )
    return list(found.values())


def matching_commune(name: str, answers: list[dict]) -> dict | None:
    """The geo API answer named `name`, or None when none is, or when
    several communes share the name (homonyms() lists them)."""
    key = name_key(name)
    matches = {
        answer.get("code"): answer
        for answer in answers
        if name_key(str(answer.get("nom", ""))) == key
    }
    return next(iter(matches.values())) if len(matches) == 1 else None


def closest_names(name: str, candidates: list[str], n: int = 3) -> list[str]:
    """Up to n candidate names that look like `name` (a typo, a missing
    word), closest first, each once."""
    by_key = {}
    for candidate in candidates:
        by_key.setdefault(name_key(candidate), candidate)
    close = difflib.get_close_matches(name_key(name), list(by_key), n=n)
    return [by_key[key] for key in close]
