"""The council figures as rows (code, label, value, unit, note) shared by
the figures table layer, the PDF cover and the HTML report, in the user's
language; the note says which assumption a figure rests on."""

from dataclasses import dataclass

from ..core.figures import CameraCounts, cameras_by_rule, density, network_cost
from ..core.messages import number
from ..core.rules import RULES
from ..translation import tr

FIGURE_FIELDS = ("code", "label", "value", "unit", "note")


@dataclass
class Figure:
    code: str
    label: str
    value: float
    unit: str
    note: str = ""

    def text(self, lang):
        exact = self.unit in ("m²", "€") or float(self.value).is_integer()
        decimals = 0 if exact else 1
        return f"{number(self.value, lang, decimals)} {self.unit}".strip()


def cost_source():
    return tr(
        "Default: the order of magnitude public reports on municipal video surveillance "
        "cite for one camera (about 37,500 € to install, 7,500 € a year to run); replace "
        "it with the town's own budget figures."
    )


def officer_source():
    return tr(
        "Assumption: yearly cost to the town of one municipal police officer (salary and "
        "employer contributions); replace it with the town's figure."
    )


def rule_figure_labels():
    """One label per rule a flag cites, so that distinct figures never share
    a label (four rules cite the same article)."""
    return {
        "L251-3-PRIVATE": tr("Cameras that see private land (CSI art. L251-3)"),
        "L251-3-DWELLING": tr("Cameras that see dwelling façades (CSI art. L251-3)"),
        "L251-3-ENTRANCE": tr("Cameras that see dwelling entrances (CSI art. L251-3)"),
        "L251-3-SIGN": tr("Cameras with no information sign near what they film (CSI art. L251-3)"),
        "L251-2-OPERATOR": tr(
            "Private operators' cameras that film the public road (CSI art. L251-2)"
        ),
        "CNIL-RESIDENTIAL": tr(
            "Cameras that see dwelling façades within recognition distance (CNIL)"
        ),
    }


def rule_figure_label(code):
    label = rule_figure_labels().get(code)
    if label is not None:
        return label
    rule = RULES.get(code)
    return tr("Cameras flagged under {}").format(f"{rule.source} ({code})" if rule else code)


def council_figures(
    counts,
    flagged,
    public_domain,
    population=None,
    investment=37_500.0,
    upkeep=7_500.0,
    officer=45_000.0,
    masking_required=(),
    flag_rules=None,
    study_area_source="hull",
    lang="en",
):
    """The rows, most telling first. `counts`: core.figures.CameraCounts
    (or a plain number of cameras, all audited and all in the study area).
    Cameras audited are those audited; those given but not audited are
    stated beside them; density and cost count the cameras standing in the
    study area."""
    if not isinstance(counts, CameraCounts):
        counts = CameraCounts(int(counts), int(counts), 0, 0, int(counts))
    network = counts.in_study_area
    per_km2, per_1000 = density(network, public_domain.study_area_m2, population)
    cost = network_cost(network, investment, upkeep, officer)
    area_note = {
        "given": tr("Study area: the polygons given as the audit's study area (STUDY_AREA)."),
        "parcels": tr(
            "Study area: the ground the parcels span, streets included (no study area given)."
        ),
        "hull": tr("Study area: the convex hull of the parcels (no study area given)."),
    }[study_area_source]
    network_note = tr(
        "Density and cost count the {} cameras standing in the study area, audited or not, "
        "of the {} given."
    ).format(network, counts.given)
    rows = [Figure("cameras_audited", tr("Cameras audited"), counts.audited, "")]
    if counts.beyond_cadastre:
        rows.append(
            Figure(
                "cameras_beyond_cadastre",
                tr("Cameras not audited: land status unknown"),
                counts.beyond_cadastre,
                "",
            )
        )
    if counts.rejected:
        rows.append(
            Figure(
                "cameras_rejected",
                tr("Cameras not audited: rejected for unusable values"),
                counts.rejected,
                "",
            )
        )
    rows += [
        Figure("cameras_flagged", tr("Cameras whose view must be masked"), flagged, ""),
        Figure(
            "public_seen_pct",
            tr("Share of the public domain under camera view"),
            100 * public_domain.share(public_domain.seen_m2),
            "%",
            area_note,
        ),
        Figure(
            "public_ident_pct",
            tr("Share of the public domain where cameras can identify people (250 px/m)"),
            100 * public_domain.share(public_domain.ident_m2),
            "%",
            area_note,
        ),
        Figure(
            "public_seen_m2", tr("Public domain under camera view"), public_domain.seen_m2, "m²"
        ),
        Figure("public_m2", tr("Public domain of the study area"), public_domain.public_m2, "m²"),
        Figure("study_area_m2", tr("Study area"), public_domain.study_area_m2, "m²", area_note),
        Figure(
            "cameras_in_study_area",
            tr("Cameras standing in the study area"),
            network,
            "",
            network_note,
        ),
        Figure("cameras_per_km2", tr("Cameras per km²"), per_km2, "", network_note),
    ]
    if per_1000 is not None:
        rows.append(
            Figure(
                "cameras_per_1000",
                tr("Cameras per 1,000 inhabitants"),
                per_1000,
                "",
                tr("Population given to the audit (POPULATION): {}").format(int(population)),
            )
        )
    for code, count in sorted(cameras_by_rule(masking_required, flag_rules).items()):
        rows.append(Figure(f"flagged_{code}", rule_figure_label(code), count, ""))
    rows += [
        Figure(
            "investment_eur",
            tr("Cost of installing the network"),
            cost.investment_eur,
            "€",
            tr("{} € per camera, for the {} cameras standing in the study area. ").format(
                number(investment, lang), network
            )
            + cost_source(),
        ),
        Figure(
            "upkeep_eur_year",
            tr("Yearly cost of running the network"),
            cost.upkeep_eur_year,
            "€",
            tr("{} € per camera and year, for the {} cameras standing in the study area. ").format(
                number(upkeep, lang), network
            )
            + cost_source(),
        ),
        Figure(
            "upkeep_officers",
            tr("Yearly running cost, in municipal police officers"),
            cost.upkeep_in_officers,
            "",
            tr("{} € per officer and year. ").format(number(officer, lang)) + officer_source(),
        ),
        Figure(
            "investment_officer_years",
            tr("Installation cost, in years of a municipal police officer"),
            cost.investment_in_officer_years,
            "",
            tr("{} € per officer and year. ").format(number(officer, lang)) + officer_source(),
        ),
    ]
    return rows
