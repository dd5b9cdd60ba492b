"""The storeys of dwellings a camera films, in the words a council reads:
coverageaudit's `dwelling_floors_seen` holds them as numbers (0 the ground
floor, runs "0-2", "0, 3-4"), which a camera's page says as "ground floor
to 2nd floor" ("du rez-de-chaussée au 2e étage")."""

from ..translation import tr


def ordinal(storey, lang):
    """1st, 2nd, 3rd, 4th, 11th, 21st... (French: 1er, 2e, 3e...)."""
    if lang == "fr":
        return "1er" if storey == 1 else f"{storey}e"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(storey % 10, "th")
    if storey % 100 in (11, 12, 13):
        suffix = "th"
    return f"{storey}{suffix}"


def storey_name(storey, lang):
    """Storey 0 is the ground floor, storey k the k-th floor."""
    if storey == 0:
        return tr("ground floor")
    return tr("{} floor").format(ordinal(storey, lang))


def storeys_in_words(floors, lang):
    """`dwelling_floors_seen` ("0-2", "0, 3-4") in words, or None when it
    says nothing (NULL or empty: the storeys are not known)."""
    runs = []
    for run in str(floors or "").split(","):
        if not run.strip():
            continue
        first, _, last = run.partition("-")
        low, high = int(first), int(last or first)
        low_name = storey_name(low, lang)
        runs.append(
            low_name if low == high else tr("{} to {}").format(low_name, storey_name(high, lang))
        )
    return ", ".join(runs) or None
