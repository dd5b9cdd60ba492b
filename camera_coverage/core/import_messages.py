"""Why a camera was rejected or what was assumed on import, in English and
French: the core cannot use Qt's tr(), so it records a code and its values,
and the text is made in the user's language only where it is shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

CATALOGUE = {
    "not_a_camera": {
        "en": "surveillance:type={value} is not a camera",
        "fr": "surveillance:type={value} n'est pas une caméra",
    },
    "direction_unreadable": {
        "en": "{tag} '{value}' is not a number of degrees, a compass point (N, NNE...) "
        "or a range a-b",
        "fr": "{tag} « {value} » n'est ni un nombre de degrés, ni un point cardinal "
        "(N, NNE…), ni une plage a-b",
    },
    "direction_unreadable_all_round": {
        "en": "{tag} '{value}' is unreadable: treated as all round",
        "fr": "{tag} « {value} » est illisible : vue tout autour supposée",
    },
    "no_direction_all_round": {
        "en": "no direction: treated as all round",
        "fr": "pas de direction : vue tout autour supposée",
    },
    "camera_type_unknown": {
        "en": "camera:type '{value}' is not fixed, dome or panning: treated as unknown",
        "fr": "camera:type « {value} » n'est ni fixed, ni dome, ni panning : type inconnu",
    },
    "tilt_unreadable": {
        "en": "{tag} '{value}' is not a number of degrees: tilt unknown",
        "fr": "{tag} « {value} » n'est pas un nombre de degrés : inclinaison inconnue",
    },
    "tilt_out_of_range": {
        "en": "{tag} '{value}' is beyond 90 degrees up or down: tilt unknown",
        "fr": "{tag} « {value} » dépasse 90 degrés vers le haut ou le bas : inclinaison inconnue",
    },
    "height_unreadable": {
        "en": "height '{value}' is not a height in metres: height unknown",
        "fr": "height « {value} » n'est pas une hauteur en mètres : hauteur inconnue",
    },
    "height_negative": {
        "en": "height '{value}' is negative: height unknown",
        "fr": "height « {value} » est négative : hauteur inconnue",
    },
    "value_ignored": {
        "en": "{tag} '{value}' is not a usable number: default {default} used",
        "fr": "{tag} « {value} » n'est pas un nombre utilisable : valeur par défaut "
        "{default} utilisée",
    },
}


def describe(code: str, params: Mapping[str, object], lang: str = "en") -> str:
    """The text of `code` in `lang` ("fr", "fr_FR"...), English when the
    language has no catalogue entry."""
    entry = CATALOGUE[code]
    return entry.get(lang[:2].lower(), entry["en"]).format_map(params)


@dataclass(frozen=True)
class Message:
    """A reason or an assumption, kept as code and values until shown."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def text(self, lang: str = "en") -> str:
        return describe(self.code, self.params, lang)
