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
        # The CNIL's rules for schools (plancheck).
        Rule(
            "CNIL-SCHOOL-ACCESS",
            "Cameras may film the school's entrances and exits and its circulation "
            "areas (corridors, halls, stairs, car park, fence).",
            "Les caméras peuvent filmer les accès de l'établissement (entrées et sorties) "
            "et les espaces de circulation (couloirs, halls, escaliers, parking, clôture).",
            "CNIL, « La vidéosurveillance – vidéoprotection dans les établissements "
            "scolaires », cnil.fr",
        ),
        Rule(
            "CNIL-SCHOOL-LIVING",
            "The places where pupils and staff live their day (playground, covered yard, "
            "classrooms, canteen, common room, study room, sports ground) must not be "
            "filmed during opening hours; a camera that records only outside opening "
            "hours may cover them.",
            "Il est exclu de filmer les lieux de vie de l'établissement (cour de récréation, "
            "préau, salles de classe, cantine, foyer, salle d'étude, terrain de sport) "
            "pendant les heures d'ouverture ; une caméra qui n'enregistre qu'en dehors "
            "des heures d'ouverture peut les couvrir.",
            "CNIL, « La vidéosurveillance – vidéoprotection dans les établissements "
            "scolaires », cnil.fr ; RGPD, art. 5.1.c (minimisation)",
        ),
        Rule(
            "CNIL-SCHOOL-INTIMACY",
            "Toilets and changing rooms must never be filmed.",
            "Les toilettes et les vestiaires ne doivent jamais être filmés.",
            "CNIL, dispositifs vidéo dans les établissements scolaires (2025), cnil.fr ; "
            "Code civil, art. 9 (vie privée)",
        ),
        Rule(
            "CNIL-WORK-REST",
            "Staff must not be filmed in their rest areas (the staff room), whatever the hour.",
            "Les personnels ne doivent pas être filmés dans leurs zones de repos (salle "
            "des professeurs), quelle que soit l'heure.",
            "CNIL, « La vidéosurveillance – vidéoprotection au travail », cnil.fr ; "
            "Code du travail, art. L1121-1",
        ),
        Rule(
            "CNIL-SCHOOL-ROAD",
            "A camera at the entrance may take in only a little of the public road around "
            "the entrances and exits; beyond that, the part outside the school must be "
            "masked.",
            "Une caméra à l'entrée ne peut filmer que partiellement la voie publique aux "
            "points d'entrée et de sortie ; au-delà, la partie hors de l'établissement "
            "doit être masquée.",
            "CNIL, « La vidéosurveillance – vidéoprotection dans les établissements "
            "scolaires », cnil.fr ; Code de la sécurité intérieure, art. L251-2",
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
