"""Who owns the parcels and where the data stops, read for coverageaudit:
the owners table (the DGFiP file read from disk with its real header and its
encoding detected, or any table through two named fields), the public owner
groups and the study area. The joining and the geometry are the core's
(core/land.py)."""

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ..core.land import (
    MIXED_ENCODINGS,
    PUBLIC_GROUPS,
    dgfip_columns,
    dgfip_table,
    join_owners,
    owner_rows,
    parse_groups,
    read_dgfip,
)
from ..core.messages import text
from ..translation import tr
from .layer_io import crs_of, read_features, value_or_none

OWNERS = "OWNERS"
OWNERS_ID_FIELD = "OWNERS_ID_FIELD"
OWNERS_GROUP_FIELD = "OWNERS_GROUP_FIELD"
PUBLIC_GROUPS_PARAMETER = "PUBLIC_GROUPS"
STUDY_AREA = "STUDY_AREA"
PROBLEMS_SHOWN = 5
# An Etalab parcels file as published, and its commune's outline beside it.
ETALAB_PARCELS = re.compile(r"^cadastre-(\w{5})-parcelles\.json(\.gz)?$", re.IGNORECASE)
# A name column of a table that is not the DGFiP file, when it has one.
NAME_FIELDS = ("owner_name", "denomination", "name", "nom")


def _advanced(parameter):
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return parameter


def add_land_parameters(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            OWNERS,
            tr(
                "Owners table joined to the parcels (the DGFiP file of legal entities' "
                "parcels, as published, or any table)"
            ),
            [QgsProcessing.TypeVector],
            optional=True,
        )
    )
    algorithm.addParameter(
        _advanced(
            QgsProcessingParameterField(
                OWNERS_ID_FIELD,
                tr("Owners: parcel id field (Etalab id; not needed for the DGFiP file)"),
                parentLayerParameterName=OWNERS,
                optional=True,
            )
        )
    )
    algorithm.addParameter(
        _advanced(
            QgsProcessingParameterField(
                OWNERS_GROUP_FIELD,
                tr(
                    "Owners: owner group field (DGFiP group code 0-9; not needed for the DGFiP "
                    "file)"
                ),
                parentLayerParameterName=OWNERS,
                optional=True,
            )
        )
    )
    algorithm.addParameter(
        _advanced(
            QgsProcessingParameterString(
                PUBLIC_GROUPS_PARAMETER,
                tr(
                    "Owner groups that are public (1 State, 2 région, 3 département, "
                    "4 commune, 9 public bodies)"
                ),
                defaultValue=",".join(str(g) for g in PUBLIC_GROUPS),
            )
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            STUDY_AREA,
            tr(
                "Study area (e.g. the commune's outline; default: the ground the parcels "
                "span, streets included)"
            ),
            [QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
    )


@dataclass
class LandInput:
    owners: object
    owners_source: str
    public_groups: tuple
    study_area: np.ndarray
    study_area_crs: object
    study_area_source: str


def etalab_outline_beside(parcels_path):
    """The commune's outline file (cadastre-XXXXX-communes.json[.gz]) in the
    folder of an Etalab parcels file given by hand, or None."""
    path = Path(parcels_path)
    match = ETALAB_PARCELS.match(path.name)
    if match is None:
        return None
    for suffix in (".json.gz", ".json"):
        outline = path.with_name(f"cadastre-{match.group(1)}-communes{suffix}")
        if outline.is_file():
            return outline
    return None


def with_etalab_study_area(algorithm, parameters, context, feedback, parcels_parameter):
    """The parameters with STUDY_AREA set to the commune's outline when none
    is given and the parcels are an Etalab file with its commune's outline
    beside it (as the cadastre publishes them): coverage beyond the commune
    is then unknown rather than counted as public domain, and the log says
    so."""
    if parameters.get(STUDY_AREA):
        return parameters
    layer = algorithm.parameterAsVectorLayer(parameters, parcels_parameter, context)
    if layer is None or layer.providerType() != "ogr":
        return parameters
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    outline = etalab_outline_beside(path)
    if outline is None:
        return parameters
    feedback.pushInfo(
        tr(
            "Study area: the commune's outline {}, found beside the Etalab parcels file "
            "(give STUDY_AREA to choose another)."
        ).format(outline.name)
    )
    return {**parameters, STUDY_AREA: str(outline)}


def _file_of(layer):
    """The CSV file behind a layer, or None when it is not one."""
    if layer is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    if path.lower().endswith((".csv", ".txt")) and Path(path).is_file():
        return Path(path)
    return None


def _owner_rows(algorithm, parameters, context, feedback, source):
    """OwnerRows from the owners parameter and a word on how they were read."""
    layer = algorithm.parameterAsVectorLayer(parameters, OWNERS, context)
    id_field = algorithm.parameterAsString(parameters, OWNERS_ID_FIELD, context)
    group_field = algorithm.parameterAsString(parameters, OWNERS_GROUP_FIELD, context)
    fields = source.fields()
    names = [f.name() for f in fields]
    for chosen in (id_field, group_field):
        if chosen and fields.indexOf(chosen) < 0:
            raise QgsProcessingException(
                tr("The owners table has no field named {}.").format(chosen)
            )
    if not id_field and not group_field:
        path = _file_of(layer)
        if path is not None:
            # Read the file itself: its encoding is detected, not assumed.
            try:
                rows = read_dgfip(path.read_bytes())
            except ValueError:
                rows = None
            if rows is not None:
                feedback.pushInfo(
                    tr("Owners: DGFiP file {} read as {}.").format(path.name, rows.encoding)
                )
                if rows.encoding == MIXED_ENCODINGS:
                    feedback.reportError(
                        tr(
                            "Owners: the file {} mixes two encodings (lines in UTF-8 and "
                            "lines in Windows-1252, as when two exports are pasted together): "
                            "each line was read in its own, but check the owners' names and "
                            "save the file again in one encoding."
                        ).format(path.name)
                    )
                return rows
        _, missing = dgfip_columns(names)
        if not missing:
            data = read_features(source, names, feedback, 0, 0)
            records = zip(*(data.columns[n] for n in names))
            return dgfip_table(names, records)
        raise QgsProcessingException(
            tr(
                "The owners table is not the DGFiP file (missing columns: {}) and no owners "
                "id and group fields are named. Columns found: {}. Name the parcel id field "
                "(OWNERS_ID_FIELD) and the owner group field (OWNERS_GROUP_FIELD)."
            ).format(", ".join(missing), ", ".join(names))
        )
    if not (id_field and group_field):
        raise QgsProcessingException(
            tr("Name both the owners' parcel id field and their group field.")
        )
    name_field = next((n for n in names if n.lower() in NAME_FIELDS), "")
    wanted = [id_field, group_field] + ([name_field] if name_field else [])
    data = read_features(source, wanted, feedback, 0, 0)
    return owner_rows(
        [value_or_none(v) for v in data.columns[id_field]],
        data.columns[group_field],
        data.columns[name_field] if name_field else None,
    )


def read_land(algorithm, parameters, context, feedback, parcel_ids):
    """Owners joined to the parcels (None without an owners table), the
    public groups and the study area."""
    written = algorithm.parameterAsString(parameters, PUBLIC_GROUPS_PARAMETER, context)
    try:
        groups = parse_groups(written)
    except ValueError as error:
        raise QgsProcessingException(
            tr(
                "Public owner groups '{}' cannot be read: write digits from 0 to 9 separated "
                "by commas, e.g. 1,2,3,4,9."
            ).format(written)
        ) from error
    owners, owners_source = None, ""
    source = algorithm.parameterAsSource(parameters, OWNERS, context)
    if source is None and parameters.get(OWNERS):
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, OWNERS))
    if source is not None:
        rows = _owner_rows(algorithm, parameters, context, feedback, source)
        owners = join_owners(parcel_ids, rows, groups)
        lang = algorithm.language()
        for number, code, params in owners.problems[:PROBLEMS_SHOWN]:
            feedback.pushWarning(text(code, lang, row=number, **params))
        if len(owners.problems) > PROBLEMS_SHOWN:
            feedback.pushWarning(
                tr("… and {} more owner rows with problems.").format(
                    len(owners.problems) - PROBLEMS_SHOWN
                )
            )
        feedback.pushInfo(
            tr(
                "Owners: {} rows, {} on the loaded parcels ({} duplicates counted once), "
                "{} on parcels not loaded, {} unusable; {} parcels listed."
            ).format(
                owners.rows,
                owners.rows_matched,
                owners.duplicates,
                owners.rows_unmatched,
                owners.rows_unusable,
                owners.parcels_listed,
            )
        )
        if not owners.rows_matched:
            # An empty file, or one for another département: no parcel is
            # public by its owners, which the figures would otherwise hide.
            feedback.reportError(
                tr(
                    "Owners: no row of the owners file is on a loaded parcel ({} rows in "
                    "all): no parcel is public by its owners. Check that the file is the "
                    "département's of these parcels."
                ).format(owners.rows)
            )
        layer = algorithm.parameterAsVectorLayer(parameters, OWNERS, context)
        owners_source = layer.source() if layer is not None else str(parameters.get(OWNERS))
    area, area_crs, area_source = None, None, ""
    area_source_obj = algorithm.parameterAsSource(parameters, STUDY_AREA, context)
    if area_source_obj is None and parameters.get(STUDY_AREA):
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, STUDY_AREA))
    if area_source_obj is not None:
        if QgsWkbTypes.geometryType(area_source_obj.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise QgsProcessingException(tr("The study area layer must contain polygons."))
        data = read_features(area_source_obj, [], feedback, 0, 0)
        area = data.geometries
        if len(area) == 0 or all(g is None or g.is_empty for g in area):
            raise QgsProcessingException(
                tr(
                    "The study area layer has no polygon with an area: choose the commune's "
                    "outline, or leave the study area empty to use the ground the parcels span."
                )
            )
        area_crs = crs_of(area_source_obj, tr("study area"))
        layer = algorithm.parameterAsVectorLayer(parameters, STUDY_AREA, context)
        area_source = layer.source() if layer is not None else str(parameters.get(STUDY_AREA))
    return LandInput(owners, owners_source, groups, area, area_crs, area_source)
