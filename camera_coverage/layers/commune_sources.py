"""communedata's gathering: the commune named, its cadastre, its
neighbours' parcels and buildings within reach, OpenStreetMap's cameras,
entrances and building uses. Each file comes through the Downloader and is
credited in `sources`; a service that cannot be reached is said in the log
and in `sources`, and what can be done without it is done."""

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlencode

import numpy as np
import shapely
from qgis.core import QgsProcessingException

from ..core.bdtopo import (
    BDTOPO_CREDIT,
    BDTOPO_LICENCE,
    WfsError,
    read_page,
    wfs_page_url,
    wfs_pages,
)
from ..core.commune_geometry import building_values_by_overlap, communes_within, within_reach
from ..core.feature_collection import NotAFeatureCollection, read_feature_collection
from ..core.insee import closest_names, commune_code, departement, homonyms, matching_commune
from ..core.overpass import OverpassError, overpass_query, read_answer
from ..core.public_sources import (
    CADASTRE_LAYERS,
    ETALAB_CREDIT,
    ETALAB_LICENCE,
    GEO_API_CREDIT,
    GEO_API_LICENCE,
    OSM_CREDIT,
    OSM_LICENCE,
    commune_file,
    departement_file,
    geo_api_commune,
    geo_api_search,
)
from ..core.working_crs import metric_crs_for, reproject
from ..translation import tr
from .download import DownloadError

WGS84 = "EPSG:4326"


@dataclass
class Source:
    """One row of the `sources` table."""

    source: str
    url: str
    licence: str
    retrieved: str = ""
    features: int = 0
    status: str = "ok"


@dataclass
class Features:
    geometries: np.ndarray
    rows: list


@dataclass
class Commune:
    code: str
    name: str
    population: object = None  # int, or None when the geo API is out of reach


@dataclass
class Gathered:
    commune: Commune
    outline: object  # shapely, EPSG:4326
    parcels: Features
    buildings: Features
    neighbours: list  # (code, name) of the communes whose land was read
    osm: object = None  # core.overpass.OsmAnswer, None when unreachable
    cameras: list = field(default_factory=list)  # OsmNodes within reach
    entrances: list = field(default_factory=list)
    building_uses: list = field(default_factory=list)
    sources: list = field(default_factory=list)


def _now():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class CommuneGathering:
    def __init__(self, downloader, bases, feedback, neighbours_m, wfs=None):
        """`wfs`: the WFS (or a local file saved from it) to read BD TOPO's
        buildings from; None for the Etalab cadastre's."""
        self.downloader = downloader
        self.bases = bases
        self.feedback = feedback
        self.neighbours_m = neighbours_m
        self.wfs = wfs
        # True once BD TOPO gave the buildings of the whole reach, the
        # neighbours' included: their Etalab buildings are then not read.
        self.wfs_buildings = False
        self.sources = []
        self.code = None  # the commune's, once known

    def files_by_hand(self):
        """The cadastre files the run needs, for a volunteer offline: the
        commune's, and the département's outlines when neighbours are read
        (empty before the commune is known)."""
        code = self.code
        if code is None:
            return []
        base = self.bases.cadastre
        files = [commune_file(base, code, layer) for layer in CADASTRE_LAYERS]
        if self.neighbours_m > 0:
            files.append(departement_file(base, departement(code), "communes"))
        return files

    # --- one file, credited ------------------------------------------------

    def _fetch(self, location, label, licence, data=None, validate=None):
        if not location.startswith(("http://", "https://")):
            # A local copy of the geo API: the answer's file, without a query.
            location = location.split("?", 1)[0]
        fetched = self.downloader.fetch(location, label, data, validate)
        self.sources.append(Source(label, location, licence, fetched.retrieved or _now()))
        return fetched

    def _unreachable(self, location, label, licence, error):
        self.sources.append(Source(label, location, licence, _now(), 0, str(error)))
        self.feedback.reportError(str(error))

    def _collection(self, location, label, licence=ETALAB_LICENCE):
        fetched = self._fetch(location, label, licence)
        try:
            geometries, rows = read_feature_collection(fetched.content)
        except NotAFeatureCollection as error:
            raise QgsProcessingException(
                tr(
                    "{} ({}) is not a GeoJSON FeatureCollection ({}): the download or the "
                    "file is damaged. Run again with REFRESH, or download it by hand."
                ).format(label, location, error)
            ) from error
        self.sources[-1].features = len(rows)
        return Features(geometries, rows)

    # --- the commune -------------------------------------------------------

    def commune(self, typed):
        """The commune the volunteer typed: a code, or a name looked up."""
        try:
            code = commune_code(typed)
            if code is not None:
                departement(code)  # 20xxx: a Corsican postal code, not an INSEE code
        except ValueError as error:
            raise QgsProcessingException(
                tr("'{}' is not an INSEE code ({}). Give the code or the commune's name.").format(
                    typed, error
                )
            ) from error
        if code is not None:
            return self._commune_by_code(code)
        return self._commune_by_name(typed.strip())

    def _commune_by_code(self, code):
        location = geo_api_commune(self.bases.geo_api, code)
        label = tr("Commune names and populations ({})").format(GEO_API_CREDIT)
        try:
            fetched = self._fetch(location, label, GEO_API_LICENCE)
        except DownloadError as error:
            if error.status == 404:
                raise QgsProcessingException(
                    tr(
                        "No commune has the INSEE code {} (the geo API answers 'not found'). "
                        "The INSEE code is not the postal code: look it up, or type the "
                        "commune's name."
                    ).format(code)
                ) from error
            self._unreachable(location, label, GEO_API_LICENCE, error)
            return Commune(code, "")
        answer = json.loads(fetched.content)
        self.sources[-1].features = 1
        return Commune(code, answer.get("nom") or "", answer.get("population"))

    def _commune_by_name(self, name):
        location = geo_api_search(self.bases.geo_api, name)
        label = tr("Commune names and populations ({})").format(GEO_API_CREDIT)
        try:
            fetched = self._fetch(location, label, GEO_API_LICENCE)
        except DownloadError as error:
            raise QgsProcessingException(
                tr(
                    "The commune '{}' cannot be looked up by its name: {} Give its INSEE code."
                ).format(name, error)
            ) from error
        answers = json.loads(fetched.content)
        answers = answers if isinstance(answers, list) else []
        match = matching_commune(name, answers)
        if match is None:
            same = homonyms(name, answers)
            if same:
                listed = ", ".join(
                    f"{a.get('nom')} ({a.get('codeDepartement')}, {a.get('code')})" for a in same
                )
                raise QgsProcessingException(
                    tr("Several communes are named '{}': {}. Give the INSEE code.").format(
                        name, listed
                    )
                )
            close = closest_names(name, [str(a.get("nom")) for a in answers if a.get("nom")])
            raise QgsProcessingException(
                tr("No commune is named '{}'. Closest names: {}.").format(
                    name, ", ".join(close) or tr("none")
                )
            )
        self.sources[-1].features = 1
        return Commune(match["code"], match.get("nom") or name, match.get("population"))

    # --- the cadastre ------------------------------------------------------

    def gather(self, commune):
        base = self.bases.cadastre
        code = self.code = commune.code
        outlines = self._collection(
            commune_file(base, code, "communes"), tr("Commune outline ({})").format(ETALAB_CREDIT)
        )
        ids = [str(row.get("id", "")) for row in outlines.rows]
        own = [i for i, found in enumerate(ids) if found == code] or list(range(len(ids)))
        shapes = [g for g in outlines.geometries[own] if g is not None]
        if not shapes:
            raise QgsProcessingException(
                tr("The cadastre's outline file of {} holds no outline.").format(code)
            )
        outline = shapely.union_all(shapes)
        if not commune.name:
            commune.name = next((str(outlines.rows[i].get("nom")) for i in own), "") or code
        parcels = self._collection(
            commune_file(base, code, "parcelles"), tr("Parcels ({})").format(ETALAB_CREDIT)
        )
        centre = outline.centroid
        metric = metric_crs_for(centre.x, centre.y).to_string()
        outline_m = reproject(np.array([outline], dtype=object), WGS84, metric)[0]
        buildings = self._bdtopo_buildings(outline_m, metric) if self.wfs else None
        if buildings is None:
            buildings = self._collection(
                commune_file(base, code, "batiments"), tr("Buildings ({})").format(ETALAB_CREDIT)
            )
        gathered = Gathered(commune, outline, parcels, buildings, [])
        if self.neighbours_m > 0:
            self._neighbours(gathered, code, outline_m, metric)
        self._openstreetmap(gathered, outline_m, metric)
        gathered.sources = self.sources
        return gathered

    def _neighbours(self, gathered, code, outline_m, metric):
        base = self.bases.cadastre
        dep = departement(code)
        location = departement_file(base, dep, "communes")
        label = tr("Outlines of the communes of département {} ({})").format(dep, ETALAB_CREDIT)
        try:
            communes = self._collection(location, label)
        except DownloadError as error:
            self._unreachable(location, label, ETALAB_LICENCE, error)
            return
        others = [
            i
            for i, row in enumerate(communes.rows)
            if str(row.get("id")) != code and communes.geometries[i] is not None
        ]
        others_m = reproject(communes.geometries[others], WGS84, metric)
        near = [others[i] for i in communes_within(outline_m, others_m, self.neighbours_m)]
        for index in near:
            row = communes.rows[index]
            neighbour = str(row.get("id"))
            name = str(row.get("nom") or neighbour)
            read = self._neighbour_files(neighbour, name, outline_m, metric)
            if read:
                gathered.neighbours.append((neighbour, name))
                for mine, theirs in zip((gathered.parcels, gathered.buildings), read):
                    mine.geometries = np.concatenate([mine.geometries, theirs.geometries])
                    mine.rows = mine.rows + theirs.rows
        self.feedback.pushInfo(
            tr("Neighbouring communes within {} m: {}.").format(
                f"{self.neighbours_m:g}",
                ", ".join(f"{n} ({c})" for c, n in gathered.neighbours) or tr("none"),
            )
        )

    def _neighbour_files(self, code, name, outline_m, metric):
        """The neighbour's parcels and buildings within reach, or None when
        its files cannot be had (said in the log and in `sources`)."""
        base = self.bases.cadastre
        kept = []
        layers = (
            ("parcelles", tr("Parcels of {} ({})")),
            ("batiments", tr("Buildings of {} ({})")),
        )
        for layer, label in layers[: 1 if self.wfs_buildings else 2]:
            location = commune_file(base, code, layer)
            label = label.format(name, ETALAB_CREDIT)
            try:
                features = self._collection(location, label)
            except DownloadError as error:
                self._unreachable(location, label, ETALAB_LICENCE, error)
                return None
            present = np.array([g is not None for g in features.geometries], dtype=bool)
            near = np.zeros(len(features.rows), dtype=bool)
            if present.any():
                moved = reproject(features.geometries[present], WGS84, metric)
                near[present] = within_reach(moved, outline_m, self.neighbours_m)
            self.sources[-1].features = int(near.sum())
            kept.append(
                Features(features.geometries[near], [r for r, k in zip(features.rows, near) if k])
            )
        return kept

    # --- IGN's BD TOPO -----------------------------------------------------

    def _bdtopo_buildings(self, outline_m, metric):
        """BD TOPO's buildings within NEIGHBOURS_M of the commune (its
        neighbours' too), with their heights and uses, read page by page
        over the box of that reach; None when the WFS cannot be read (said
        in the log and in `sources`: the Etalab buildings are then taken).
        A local file stands for the whole answer."""
        reach = shapely.buffer(outline_m, self.neighbours_m + 1.0)
        west, south, east, north = shapely.bounds(
            reproject(np.array([reach], dtype=object), metric, WGS84)[0]
        )
        web = self.wfs.startswith(("http://", "https://"))

        def location(start):
            return wfs_page_url(self.wfs, south, west, north, east, start) if web else self.wfs

        label = tr("Buildings, heights and uses ({})").format(BDTOPO_CREDIT)
        fetched = []

        def fetch(start):
            page_label = tr("{}, page {}").format(label, len(fetched) + 1)
            fetched.append(self.downloader.fetch(location(start), page_label, validate=read_page))
            return fetched[-1].content

        pages = []
        try:
            for start, page in wfs_pages(fetch) if web else [(0, read_page(fetch(0)))]:
                pages.append(page)
                self.feedback.pushInfo(
                    tr("{}: page {}, {} buildings read of {}.").format(
                        label,
                        len(pages),
                        start + page.number_returned,
                        page.number_matched if page.number_matched is not None else "?",
                    )
                )
        except (DownloadError, WfsError) as error:
            self._unreachable(location(0), label, BDTOPO_LICENCE, error)
            self.feedback.reportError(
                tr(
                    "IGN's BD TOPO could not be read: the buildings are the Etalab cadastre's, "
                    "without heights."
                )
            )
            return None
        geometries = np.concatenate([page.geometries for page in pages])
        rows = [row for page in pages for row in page.rows]
        present = ~shapely.is_missing(geometries)
        near = np.zeros(len(rows), dtype=bool)
        if present.any():
            moved = reproject(geometries[present], WGS84, metric)
            near[present] = within_reach(moved, outline_m, self.neighbours_m)
        self.sources.append(
            Source(
                tr("{}, {} WFS page(s)").format(label, len(fetched)),
                location(0),
                BDTOPO_LICENCE,
                fetched[0].retrieved or _now(),
                int(near.sum()),
            )
        )
        self.feedback.pushInfo(
            tr("BD TOPO: {} buildings within {} m of the commune, of {} in the box read.").format(
                int(near.sum()), f"{self.neighbours_m:g}", len(rows)
            )
        )
        self.wfs_buildings = True
        return Features(geometries[near], [row for row, keep in zip(rows, near) if keep])

    # --- OpenStreetMap -----------------------------------------------------

    def _openstreetmap(self, gathered, outline_m, metric):
        reach = shapely.buffer(outline_m, max(self.neighbours_m, 0.0) + 1.0)
        west, south, east, north = shapely.bounds(
            reproject(np.array([reach], dtype=object), metric, WGS84)[0]
        )
        query = overpass_query(south, west, north, east)
        location = self.bases.overpass
        label = tr("Cameras, entrances and building uses ({})").format(OSM_CREDIT)
        try:
            form = urlencode({"data": query}).encode()
            fetched = self._fetch(location, label, OSM_LICENCE, form, validate=read_answer)
            osm = read_answer(fetched.content)
        except (DownloadError, OverpassError) as error:
            self._unreachable(location, label, OSM_LICENCE, error)
            self.feedback.reportError(
                tr(
                    "OpenStreetMap could not be read: no camera, entrance or building use. "
                    "The cadastre is kept; run again later (the cadastre then comes from "
                    "the cache)."
                )
            )
            return
        gathered.osm = osm
        if osm.timestamp:
            self.sources[-1].retrieved = osm.timestamp
        gathered.cameras = self._within(osm.cameras, outline_m, metric)
        gathered.entrances = self._within(osm.entrances, outline_m, metric)
        self.sources[-1].features = len(gathered.cameras) + len(gathered.entrances)
        buildings = gathered.buildings.geometries
        uses = [None] * len(buildings)
        present = np.array([g is not None for g in buildings], dtype=bool)
        if present.any() and len(osm.buildings):
            values = building_values_by_overlap(
                reproject(buildings[present], WGS84, metric),
                reproject(osm.buildings, WGS84, metric),
                osm.building_values,
            )
            for index, value in zip(np.flatnonzero(present), values):
                uses[index] = value
        gathered.building_uses = uses
        self.feedback.pushInfo(
            tr(
                "OpenStreetMap: {} cameras within {} m of the commune ({} further out left "
                "aside), {} entrances, {} of {} cadastre buildings with a use."
            ).format(
                len(gathered.cameras),
                f"{self.neighbours_m:g}",
                len(osm.cameras) - len(gathered.cameras),
                len(gathered.entrances),
                sum(u is not None for u in uses),
                len(uses),
            )
        )

    def _within(self, nodes, outline_m, metric):
        if not nodes:
            return []
        points = shapely.points([n.lon for n in nodes], [n.lat for n in nodes])
        near = within_reach(reproject(points, WGS84, metric), outline_m, self.neighbours_m)
        return [n for n, keep in zip(nodes, near) if keep]
