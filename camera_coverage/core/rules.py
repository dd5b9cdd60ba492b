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
        Rule(
            "L251-3-DWELLING",
            "A camera filming the public road must not show the inside of dwellings: "
            "the dwelling façades in its view (windows, balconies) must be masked "
            "irreversibly.",
            "Une caméra qui filme la voie publique ne doit pas visualiser l'intérieur "
            "des immeubles d'habitation : les façades d'habitation dans son champ "
            "(fenêtres, balcons) doivent être masquées de façon irréversible.",
            "Code de la sécurité intérieure, art. L251-3",
        ),
        Rule(
            "L251-3-ENTRANCE",
            "A camera filming the public road must not show, specifically, the entrances "
            "of dwellings: they must be masked irreversibly.",
            "Une caméra qui filme la voie publique ne doit pas visualiser, de façon "
            "spécifique, les entrées des immeubles d'habitation : elles doivent être "
            "masquées de façon irréversible.",
            "Code de la sécurité intérieure, art. L251-3",
        ),
        Rule(
            "CNIL-RESIDENTIAL",
            "Cameras must not film the doors of homes, their windows or balconies, nor "
            "people where they can be recognised going in and out of their homes.",
            "Les caméras ne doivent pas filmer les portes des logements, leurs fenêtres ou "
            "balcons, ni permettre de reconnaître les personnes qui entrent chez elles ou "
            "en sortent.",
            "CNIL, « La vidéoprotection dans les immeubles d'habitation » (fiche pratique)",
        ),
        Rule(
            "L251-2-OPERATOR",
            "A private operator (shop, company) may film only the immediate surroundings "
            "of its premises, never the public road as such.",
            "Un opérateur privé (commerce, entreprise) ne peut filmer que les abords "
            "immédiats de ses bâtiments et installations, jamais la voie publique en "
            "tant que telle.",
            "Code de la sécurité intérieure, art. L251-2",
        ),
        Rule(
            "L251-3-SIGN",
            "The public must be informed clearly and permanently that a video-protection "
            "system films them and of the authority or person responsible for it.",
            "Le public est informé de manière claire et permanente de l'existence du "
            "système de vidéoprotection et de l'autorité ou de la personne responsable.",
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
# Rules whose flag means part of the picture must be masked.
MASKING_RULES = ("L251-3-PRIVATE", "L251-3-DWELLING", "L251-3-ENTRANCE", "L251-2-OPERATOR")


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


def _ids(ids):
    shown = ", ".join(str(i) for i in ids[:IDS_SHOWN])
    return shown + (", …" if len(ids) > IDS_SHOWN else "")


@dataclass
class Evidence:
    """What the audit found for one camera; None where not computed."""

    private_m2: float
    private_parcels: list
    # The audit's own sentence on the camera's land (it explains a view
    # that reaches no ground or no cadastre); rebuilt when not given.
    base_reason: str = None
    private_owners: list = None
    unknown_m2: float = 0.0
    facade_m: float = 0.0
    facade_ident_m: float = 0.0
    facade_recog_m: float = 0.0
    dwelling_ids: list = None
    possible_facade_m: float = 0.0
    possible_ids: list = None
    entrance_seen: bool = False
    entrance_ids: list = None
    entrance_from_facade: bool = False
    private_operator: bool = False
    operator_public_m2: float = 0.0
    surroundings_m: float = 2.0
    sign_distance_m: float = None
    sign_too_far: bool = False
    sign_unnamed: bool = False
    sign_id: str = None
    sign_max_m: float = 30.0
    masked_share: float = 0.0
    # What masked_share is a share of: "picture", "ground" or "angle".
    masked_measure: str = "picture"
    mostly_masked: bool = False
    # The base reason explains why the camera has no land figures (it sees
    # nothing, or the cadastre does not cover it): it stays, whatever else
    # is cited; a camera that sees nothing films no ground a sign could be
    # near.
    explained: bool = False
    sees_nothing: bool = False


def legal_flags(evidence, tolerance_m2, lang):
    """(rule codes, reason, masking required) of one camera: one sentence
    per rule cited, with its evidence and the rule's source, then notes
    that are no rule (ground beyond the data, buildings of unknown use, a
    view mostly masked)."""
    e = evidence
    codes, sentences = [], []

    def cite(code, message, **params):
        codes.append(code)
        sentences.append(text(message, lang, **params) + f" [{code}: {RULES[code].source}]")

    base = e.base_reason or flag_reason(e.private_m2, e.private_parcels, tolerance_m2, lang)
    if e.private_m2 > tolerance_m2:
        owners = [o for o in (e.private_owners or []) if o]
        if owners:
            base += text("flag_owners", lang, owners=_ids(owners))
        codes.append("L251-3-PRIVATE")
        sentences.append(base + f" [L251-3-PRIVATE: {RULES['L251-3-PRIVATE'].source}]")
    if e.facade_m > 0:
        cite(
            "L251-3-DWELLING",
            "flag_dwelling",
            length=number(e.facade_m, lang),
            count=len(e.dwelling_ids or []),
            ids=_ids(e.dwelling_ids or []),
        )
    if e.entrance_seen:
        cite(
            "L251-3-ENTRANCE",
            "flag_entrance_facade" if e.entrance_from_facade else "flag_entrance",
            count=len(e.entrance_ids or []),
            ids=_ids(e.entrance_ids or []),
        )
    # The CNIL's concern: people recognisable at their windows and doors.
    if e.facade_recog_m > 0:
        cite(
            "CNIL-RESIDENTIAL",
            "flag_cnil_residential",
            recog=number(e.facade_recog_m, lang),
            ident=number(e.facade_ident_m, lang),
        )
    if e.private_operator and e.operator_public_m2 > tolerance_m2:
        cite(
            "L251-2-OPERATOR",
            "flag_operator",
            area=number(e.operator_public_m2, lang),
            surroundings=number(e.surroundings_m, lang),
        )
    # A camera that sees nothing films no ground a sign could be near.
    signs_apply = not e.sees_nothing
    if signs_apply and e.sign_too_far:
        if e.sign_distance_m is None or not np.isfinite(e.sign_distance_m):
            cite("L251-3-SIGN", "flag_no_sign_at_all")
        else:
            cite(
                "L251-3-SIGN",
                "flag_sign_far",
                distance=number(e.sign_distance_m, lang),
                max=number(e.sign_max_m, lang),
                sign=e.sign_id,
            )
    elif signs_apply and e.sign_unnamed:
        cite("L251-3-SIGN", "flag_sign_unnamed", sign=e.sign_id)
    if e.explained:
        sentences.insert(0, base)
    elif not codes:
        sentences.append(base)
    if e.unknown_m2 > 0:
        sentences.append(text("note_unknown", lang, area=number(e.unknown_m2, lang)))
    if e.possible_facade_m > 0:
        sentences.append(
            text(
                "note_possible_dwellings",
                lang,
                length=number(e.possible_facade_m, lang),
                count=len(e.possible_ids or []),
                ids=_ids(e.possible_ids or []),
            )
        )
    if e.mostly_masked:
        sentences.append(
            text(
                "note_mostly_masked",
                lang,
                share=number(100 * e.masked_share, lang),
                measure=text(f"masked_of_{e.masked_measure or 'picture'}", lang),
            )
        )
    required = any(code in MASKING_RULES for code in codes)
    return codes, "; ".join(sentences), required


def rules_cited(flag_rules):
    """The rules named in any camera's codes, in the table's order."""
    cited = {code for codes in flag_rules for code in codes}
    return [rule for code, rule in RULES.items() if code in cited]
