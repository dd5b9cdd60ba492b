"""Camera ids made unique: two cameras sharing an id would have pieces,
log lines and report rows nobody can tell apart."""

from collections import Counter

SEPARATOR = "#"


def unique_ids(ids):
    """(ids, renamed): the second and later uses of an id get `#2`, `#3`...
    (`CAM-05`, `CAM-05#2`), skipping any name already taken; `renamed` maps
    each duplicated id to its new names, in input order."""
    ids = [str(i) for i in ids]
    taken = set(ids)
    seen = Counter()
    out, renamed = [], {}
    for cid in ids:
        seen[cid] += 1
        if seen[cid] == 1:
            out.append(cid)
            continue
        k = seen[cid]
        while f"{cid}{SEPARATOR}{k}" in taken:
            k += 1
        new = f"{cid}{SEPARATOR}{k}"
        taken.add(new)
        out.append(new)
        renamed.setdefault(cid, []).append(new)
    return out, renamed
