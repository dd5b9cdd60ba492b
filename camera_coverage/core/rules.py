"""Why a camera is flagged: CSI L251-3 forbids a public-road camera to show
the inside of dwellings and their entrances, so any view of private land
beyond a small tolerance must be masked."""

import numpy as np

from .messages import number, text

IDS_SHOWN = 3


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
