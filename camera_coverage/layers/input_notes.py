"""What the log and the report say about awkward input the audit went on
with: duplicate camera ids renamed, overlapping parcels, cameras the
cadastre does not cover."""

from ..core.messages import number
from ..translation import tr, user_language


def report_bad_input(feedback, exposure, undetermined):
    count, area = exposure.overlaps
    if count:
        feedback.pushWarning(
            tr(
                "{} parcels seen by the cameras overlap one another, by {:.2f} m² in all: "
                "private_m2 counts that ground once, but the pieces overlap there."
            ).format(count, area)
        )
    if undetermined is not None and undetermined.any():
        feedback.pushWarning(
            tr(
                "{} cameras are not audited: no parcel lies within their reach (the cadastre "
                "does not cover them), or they see no ground of the study area "
                "(masking_required is empty, flag_reason says why)."
            ).format(int(undetermined.sum()))
        )


def bad_input_assumptions(cameras, result):
    """(label, value) lines for the report's assumptions."""
    lines = []
    if cameras.renamed:
        lines.append(
            (
                tr("Duplicate camera ids, later uses renamed"),
                "; ".join(f"{old} → {', '.join(new)}" for old, new in cameras.renamed.items()),
            )
        )
    count, area = result.exposure.overlaps
    if count:
        lines.append(
            (
                tr("Overlapping parcels (seen ground counted once in private_m2)"),
                tr("{} parcels, {} m² of overlap").format(count, number(area, user_language(), 2)),
            )
        )
    if result.undetermined is not None and result.undetermined.any():
        lines.append(
            (
                tr(
                    "Cameras not audited (no parcel within reach, or no ground of the study "
                    "area seen)"
                ),
                int(result.undetermined.sum()),
            )
        )
    return lines
