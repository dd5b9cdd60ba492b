"""Why a camera is flagged: CSI L251-3 forbids a public-road camera to show
the inside of dwellings and their entrances, so any view of private land
beyond a small tolerance must be masked."""

from dataclasses import dataclass

import numpy as np

from .messages import number, text

IDS_SHOWN = 3


@dataclass(frozen=True)
class Rule:
    """One rule a flag or a verdict cites: a stable code (written in
    `flag_rules` / `verdict_rules`), its text in each language and its
    source, so that every report can list the rules it applied."""

    code: str
    en: str
    fr: str
    source: str

    def text(self, lang):
        return self.fr if lang == "fr" else self.en


# The single table of rules: the CSI's for public-road cameras, the CNIL's
# for schools. Flags and verdicts name these codes and nothing else.
RULES = {
    rule.code: rule
    for rule in (
        Rule(
            "L251-3-PRIVATE",
            "A camera filming the public road must not show private property: "
            "the part of its view on private land must be masked.",
            "Une caméra qui filme la voie publique ne doit pas visualiser les propriétés "
            "privées : la partie de sa vue sur un terrain privé doit être masquée.",
            "Code de la sécurité intérieure, art. L251-3",
        ),
    )
}


def rule(code):
    return RULES[code]


def masking_required(private_m2, tolerance_m2):
    return np.asarray(private_m2) > tolerance_m2


def flag_reason(private_m2, private_parcel_ids, tolerance_m2, lang):
    """One sentence with the figures a volunteer can check: the private
    area, how many parcels, and the largest ones first."""
    if private_m2 > tolerance_m2:
        ids = ", ".join(private_parcel_ids[:IDS_SHOWN])
        if len(private_parcel_ids) > IDS_SHOWN:
            ids += ", …"
        return text(
            "flag_private",
            lang,
            area=number(private_m2, lang),
            count=len(private_parcel_ids),
            ids=ids,
        )
    if private_m2 > 0:
        return text(
            "flag_within_tolerance",
            lang,
            area=number(private_m2, lang, decimals=2),
            tolerance=number(tolerance_m2, lang),
        )
    return text("flag_public_only", lang)
