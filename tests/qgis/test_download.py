"""Fetching the public services' files through QGIS's network stack,
against the local recorded-responses server (never the internet): the
cache, the retries and their waits, the time-out, cancel, truncated
files kept out of the cache, and the offline path through local files."""

import gzip
import json
import re
import socket
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import QgsNetworkAccessManager, QgsProcessingFeedback
from qgis.PyQt.QtCore import QThread

from camera_coverage.core.progress import Cancelled
from camera_coverage.layers.download import Downloader, DownloadError
from tests.conftest import SHARED_DATA
from tests.http_server import Answer, RecordedServices

EPINAY_PARCELS = SHARED_DATA / "epinay" / "cadastre-91216-parcelles.json"
PARCELS_FILE = "communes/91/91216/cadastre-91216-parcelles.json.gz"
OVERPASS_QUERY = b"data=%5Bout%3Ajson%5D%3Bnode%5B%22man_made%22%3D%22surveillance%22%5D%3Bout%3B"


class RecordingFeedback(QgsProcessingFeedback):
    """A real QGIS feedback that keeps what it was told, and when it was
    cancelled."""

    def __init__(self):
        super().__init__()
        self.infos, self.warnings, self.texts, self.cancelled_at = [], [], [], None

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def setProgressText(self, text):
        self.texts.append(text)
        super().setProgressText(text)

    def click_cancel(self):
        self.cancelled_at = time.monotonic()
        self.cancel()


@pytest.fixture(scope="module")
def services():
    running = RecordedServices().start()
    yield running
    running.stop()


@pytest.fixture()
def feedback():
    return RecordingFeedback()


@pytest.fixture()
def cache(tmp_path):
    return tmp_path / "cache"


@pytest.fixture()
def downloader(qgis_app, feedback, cache):
    """A downloader with short waits, so that retries take no time."""

    def make(**options):
        options = {"first_wait_s": 0.05, **options}
        return Downloader(feedback, cache, **options)

    return make


def cached_files(cache):
    return sorted(path.name for path in cache.iterdir()) if cache.exists() else []


def test_a_plain_get(services, downloader, feedback):
    services.route("/geo/communes/91216", Answer('{"nom":"Épinay-sur-Orge"}'.encode()))
    url = services.url + "/geo/communes/91216"
    before = datetime.now(timezone.utc).replace(microsecond=0)

    fetched = downloader().fetch(url, "Commune name")

    assert fetched.content == '{"nom":"Épinay-sur-Orge"}'.encode()
    assert (fetched.location, fetched.from_cache, fetched.local) == (url, False, False)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", fetched.retrieved)
    retrieved = datetime.strptime(fetched.retrieved, "%Y-%m-%dT%H:%M:%SZ")
    assert before <= retrieved.replace(tzinfo=timezone.utc) <= before + timedelta(seconds=30)
    assert any("Commune name" in line and url in line for line in feedback.infos)
    agent = services.requests[-1].headers["User-Agent"]
    assert "QGIS/" in agent and "camera_coverage-qgis-plugin/0.1.0" in agent


def test_a_gzip_body_comes_decompressed(services, downloader):
    parcels = EPINAY_PARCELS.read_bytes()
    services.route("/etalab/" + PARCELS_FILE, Answer(gzip.compress(parcels)))

    fetched = downloader().fetch(f"{services.url}/etalab/{PARCELS_FILE}", "Parcels")

    assert fetched.content == parcels
    assert len(json.loads(fetched.content)["features"]) > 0


def test_a_post_sends_the_form_body(services, downloader):
    services.route("/overpass/post", Answer(b'{"elements":[]}'))

    fetched = downloader().fetch(services.url + "/overpass/post", "OSM", data=OVERPASS_QUERY)

    assert fetched.content == b'{"elements":[]}'
    request = services.requests[-1]
    assert (request.method, request.body) == ("POST", OVERPASS_QUERY)
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_the_cache_answers_the_second_time_and_refresh_asks_again(services, downloader, feedback):
    services.route("/cached", Answer(b"first"), Answer(b"second"))
    url = services.url + "/cached"

    first = downloader().fetch(url, "Parcels")
    again = downloader().fetch(url, "Parcels")

    assert services.hits("/cached") == 1
    assert (again.content, again.from_cache, again.retrieved) == (b"first", True, first.retrieved)
    assert any("from the cache" in line and first.retrieved in line for line in feedback.infos)

    refreshed = downloader(refresh=True).fetch(url, "Parcels")
    assert services.hits("/cached") == 2
    assert (refreshed.content, refreshed.from_cache) == (b"second", False)
    # The refreshed copy replaced the old one in the cache.
    assert downloader().fetch(url, "Parcels").content == b"second"


def test_posts_with_different_bodies_are_cached_apart(services, downloader):
    services.route("/overpass/bodies", Answer(b"north"), Answer(b"south"))
    url = services.url + "/overpass/bodies"

    north = downloader().fetch(url, "OSM", data=b"data=north")
    south = downloader().fetch(url, "OSM", data=b"data=south")
    north_again = downloader().fetch(url, "OSM", data=b"data=north")

    assert (north.content, south.content, north_again.content) == (b"north", b"south", b"north")
    assert north_again.from_cache and services.hits("/overpass/bodies") == 2


def test_busy_answers_are_retried(services, downloader, feedback):
    services.route("/busy", Answer(b"", 429), Answer(b"", 503), Answer(b"at last"))

    fetched = downloader().fetch(services.url + "/busy", "Parcels")

    assert fetched.content == b"at last"
    assert services.hits("/busy") == 3
    assert len(feedback.warnings) == 2
    assert "429" in feedback.warnings[0] and "try 2 of 4" in feedback.warnings[0]


def test_a_gateway_time_out_is_retried(services, downloader):
    services.route("/gateway", Answer(b"", 504), Answer(b"{}"))

    assert downloader().fetch(services.url + "/gateway", "OSM", data=b"data=x").content == b"{}"
    assert services.hits("/gateway") == 2


def test_retry_after_is_honoured(services, downloader):
    services.route("/slow-down", Answer(b"", 429, {"Retry-After": "1"}), Answer(b"ok"))

    start = time.monotonic()
    fetched = downloader(first_wait_s=0.01).fetch(services.url + "/slow-down", "OSM")
    waited = time.monotonic() - start

    assert fetched.content == b"ok"
    assert 0.9 <= waited < 5


def test_a_long_retry_after_is_cut_to_a_minute(services, downloader, feedback):
    services.route("/come-back-tomorrow", Answer(b"", 429, {"Retry-After": "86400"}))
    threading.Timer(0.5, feedback.click_cancel).start()

    with pytest.raises(Cancelled):
        downloader().fetch(services.url + "/come-back-tomorrow", "OSM")

    assert "trying again in 60 s" in feedback.warnings[0]


def test_back_off_doubles(services, downloader):
    services.route("/doubling", Answer(b"", 503), Answer(b"", 503), Answer(b"ok"))

    start = time.monotonic()
    downloader(first_wait_s=0.3).fetch(services.url + "/doubling", "Parcels")

    # 0.3 s then 0.6 s.
    assert 0.85 <= time.monotonic() - start < 4


def test_not_found_is_not_retried(services, downloader, cache):
    url = services.url + "/geo/communes/99999"

    with pytest.raises(DownloadError) as raised:
        downloader().fetch(url, "Commune name")

    assert services.hits("/geo/communes/99999") == 1
    assert url in str(raised.value) and "404" in str(raised.value)
    assert (raised.value.url, raised.value.status) == (url, 404)
    assert cached_files(cache) == []


def test_busy_after_every_try(services, downloader, cache):
    services.route("/always-busy", Answer(b"", 503))
    url = services.url + "/always-busy"

    with pytest.raises(DownloadError) as raised:
        downloader(attempts=3).fetch(url, "Buildings")

    message = str(raised.value)
    assert services.hits("/always-busy") == 3
    assert "3 tries" in message and "busy" in message and url in message
    assert "by hand" in message
    assert raised.value.status == 503
    assert cached_files(cache) == []


def test_offline_with_nothing_cached_says_so(qgis_app, downloader):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/etalab/{PARCELS_FILE}"

    with pytest.raises(DownloadError) as raised:
        downloader(attempts=2).fetch(url, "Parcels")

    message = str(raised.value)
    assert "2 tries" in message and "no copy of the file is in the cache" in message
    assert url in message and raised.value.status is None


def test_a_refresh_that_fails_falls_back_on_the_cached_copy(services, downloader, feedback):
    services.route("/refresh-fails", Answer(b"kept"), Answer(b"", 503))
    url = services.url + "/refresh-fails"
    first = downloader().fetch(url, "Parcels")

    fetched = downloader(refresh=True, attempts=2).fetch(url, "Parcels")

    assert (fetched.content, fetched.from_cache, fetched.retrieved) == (
        b"kept",
        True,
        first.retrieved,
    )
    assert any("could not be refreshed" in line for line in feedback.warnings)


def test_a_truncated_gzip_is_refused_and_never_cached(services, downloader, cache):
    body = gzip.compress(EPINAY_PARCELS.read_bytes())
    services.route("/etalab/truncated.json.gz", Answer(body, cut_at=len(body) // 2))

    with pytest.raises(DownloadError) as raised:
        downloader(attempts=2).fetch(services.url + "/etalab/truncated.json.gz", "Parcels")

    assert "incomplete (truncated download)" in str(raised.value)
    assert services.hits("/etalab/truncated.json.gz") == 2
    assert cached_files(cache) == []


def test_a_gzip_cut_short_at_the_source_is_refused_and_never_cached(services, downloader, cache):
    # Sent whole, with the right length, but the file itself ends early.
    body = gzip.compress(EPINAY_PARCELS.read_bytes())[:-1000]
    services.route("/etalab/short.json.gz", Answer(body))

    with pytest.raises(DownloadError) as raised:
        downloader(attempts=2).fetch(services.url + "/etalab/short.json.gz", "Parcels")

    assert "incomplete (truncated download)" in str(raised.value)
    assert cached_files(cache) == []


def overpass_answer(content):
    """The test's own check of an Overpass answer, as the caller passes it."""
    if b"runtime error" in content:
        raise ValueError("Overpass ran out of time")


def test_an_unusable_answer_is_retried_and_never_cached(services, downloader, cache):
    remark = b'{"elements":[],"remark":"runtime error: Query timed out"}'
    url = services.url + "/overpass/remark"
    services.route("/overpass/remark", Answer(remark))

    with pytest.raises(DownloadError) as raised:
        downloader(attempts=2).fetch(url, "OSM", data=b"data=q", validate=overpass_answer)

    assert "Overpass ran out of time" in str(raised.value)
    assert cached_files(cache) == []
    services.route("/overpass/remark", Answer(remark), Answer(b'{"elements":[]}'))
    fetched = downloader().fetch(url, "OSM", data=b"data=q", validate=overpass_answer)
    assert fetched.content == b'{"elements":[]}'
    assert services.hits("/overpass/remark") == 4


def test_a_silent_server_times_out_and_is_retried(services, downloader, feedback):
    services.route("/silent", Answer(b"too late", delay_s=3), Answer(b"in time"))

    start = time.monotonic()
    fetched = downloader(timeout_s=0.5).fetch(services.url + "/silent", "Parcels")

    assert fetched.content == b"in time"
    assert time.monotonic() - start < 2.5
    assert services.hits("/silent") == 2
    assert "no answer for 0.5 s" in feedback.warnings[0]


def test_qgis_network_time_out_is_said_and_retried(services, downloader, feedback):
    services.route("/qgis-time-out", Answer(b"too late", delay_s=3), Answer(b"in time"))
    setting = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(500)
    try:
        fetched = downloader(timeout_s=10).fetch(services.url + "/qgis-time-out", "Parcels")
    finally:
        QgsNetworkAccessManager.setTimeout(setting)

    assert fetched.content == b"in time"
    assert "QGIS's network time-out (0.5 s" in feedback.warnings[0]


def test_progress_is_reported_on_a_slice_of_the_bar(services, downloader, feedback):
    body = EPINAY_PARCELS.read_bytes()
    services.route("/progress", Answer(body))

    downloader().fetch(services.url + "/progress", "Parcels", progress_span=(10, 40))

    assert feedback.progress() == pytest.approx(40)
    assert feedback.texts[-1] == "Parcels: 2.3 MB of 2.3 MB"


def test_cancel_during_the_back_off_stops_at_once(services, downloader, feedback):
    services.route("/busy-for-long", Answer(b"", 503))
    threading.Timer(0.5, feedback.click_cancel).start()

    with pytest.raises(Cancelled):
        downloader(first_wait_s=30).fetch(services.url + "/busy-for-long", "Parcels")

    assert time.monotonic() - feedback.cancelled_at < 1.0


def test_cancel_during_a_download_stops_at_once(services, downloader, feedback):
    services.route("/never-ending", Answer(b"late", delay_s=10))
    threading.Timer(0.5, feedback.click_cancel).start()

    with pytest.raises(Cancelled):
        downloader().fetch(services.url + "/never-ending", "Parcels")

    assert time.monotonic() - feedback.cancelled_at < 1.0


class FetchInAThread(QThread):
    """A fetch from a worker thread, where QGIS desktop runs Processing
    algorithms (QGIS's blocking request works differently there)."""

    def __init__(self, downloader, url):
        super().__init__()
        self.downloader, self.url, self.fetched, self.error = downloader, url, None, None

    def run(self):
        try:
            self.fetched = self.downloader.fetch(self.url, "Parcels")
        except Exception as error:
            self.error = error


def test_from_a_worker_thread_with_a_time_out(services, downloader):
    services.route("/worker", Answer(b"too late", delay_s=3), Answer(b"in time"))

    start = time.monotonic()
    worker = FetchInAThread(downloader(timeout_s=0.5), services.url + "/worker")
    worker.start()
    assert worker.wait(10_000)

    assert worker.error is None and worker.fetched.content == b"in time"
    assert time.monotonic() - start < 2.5


@pytest.fixture()
def offline_folder(tmp_path):
    """A folder laid out like the Etalab service, the parcels file gzipped
    as published."""
    folder = tmp_path / "etalab"
    path = folder / PARCELS_FILE
    path.parent.mkdir(parents=True)
    path.write_bytes(gzip.compress(EPINAY_PARCELS.read_bytes()))
    return folder


def test_a_local_folder(downloader, offline_folder, cache):
    location = f"{offline_folder}/{PARCELS_FILE}"

    fetched = downloader().fetch(location, "Parcels")

    assert fetched.content == EPINAY_PARCELS.read_bytes()
    assert (fetched.local, fetched.from_cache, fetched.location) == (True, False, location)
    assert cached_files(cache) == []


def test_a_file_url_and_the_json_gz_fallback(downloader, offline_folder):
    gzipped = offline_folder / PARCELS_FILE
    plain = gzipped.with_name("cadastre-91216-parcelles.json")

    fetched = downloader().fetch(plain.as_uri(), "Parcels")

    assert fetched.content == EPINAY_PARCELS.read_bytes()
    assert fetched.location == str(gzipped)


def test_a_plain_json_stands_for_the_json_gz(downloader, tmp_path):
    plain = tmp_path / "cadastre-91216-communes.json"
    plain.write_bytes(b'{"type":"FeatureCollection","features":[]}')

    fetched = downloader().fetch(str(tmp_path / "cadastre-91216-communes.json.gz"), "Outline")

    assert fetched.content == b'{"type":"FeatureCollection","features":[]}'
    assert fetched.location == str(plain)


def test_a_missing_local_file(downloader, tmp_path):
    missing = tmp_path / "communes" / "91" / "91216" / "cadastre-91216-batiments.json.gz"

    with pytest.raises(DownloadError) as raised:
        downloader().fetch(str(missing), "Buildings")

    assert str(missing) in str(raised.value) and "does not exist" in str(raised.value)
    assert "cadastre-91216-batiments.json" in str(raised.value)


def test_a_truncated_local_gzip(downloader, tmp_path):
    path = tmp_path / "cadastre-91216-parcelles.json.gz"
    path.write_bytes(gzip.compress(EPINAY_PARCELS.read_bytes())[:5000])

    with pytest.raises(DownloadError) as raised:
        downloader().fetch(str(path), "Parcels")

    assert "incomplete" in str(raised.value) and str(path) in str(raised.value)
