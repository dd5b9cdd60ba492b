"""Files from the public services (Etalab cadastre, Overpass, the geo API)
fetched the QGIS way, so that the user's proxy and authentication settings
apply: retried with back-off when a service is busy, kept in a cache in the
user's profile so that a second run needs no network, never cached when
incomplete, and read from a local file or folder for fully offline work."""

import configparser
import functools
import gzip
import hashlib
import json
import os
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from qgis.core import (
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsFeedback,
    QgsNetworkAccessManager,
)
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.progress import Cancelled
from ..translation import tr

GZIP_MAGIC = b"\x1f\x8b"
# Answers that say "try again later": too many requests, a server error
# or overload, a gateway that gave up waiting (Overpass when busy).
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# A Retry-After longer than this is not waited for in full: past a minute
# the user is better told to come back later than kept waiting.
MAX_RETRY_AFTER_S = 60.0
# How often a wait or a download looks at the Cancel button.
CANCEL_CHECK_S = 0.1
# How long an aborted request may take to return before it is ended (s).
ABORT_GRACE_S = 0.5
# A request attribute that marks this plugin's requests, holding the
# product name the User-Agent gets (QGIS sets the header itself).
PRODUCT_ATTRIBUTE = QNetworkRequest.Attribute(QNetworkRequest.User + 1818)


class DownloadError(Exception):
    """A file that could not be had. The message is for the user; `url`,
    `status` (the HTTP status, None when no answer came) and `reason` are
    for the caller to decide what can be done without the file."""

    def __init__(self, message, url, status=None, reason=""):
        super().__init__(message)
        self.url, self.status, self.reason = url, status, reason


@dataclass(frozen=True)
class Fetched:
    """A file's content (gunzipped when it was gzip) and where it came
    from, for the log and the `sources` table."""

    content: bytes
    location: str
    from_cache: bool
    retrieved: str
    local: bool


class _AttemptFailed(Exception):
    """One try that did not give the file; `retry` says whether another
    try may."""

    def __init__(self, reason, status=None, retry=True, retry_after_s=None):
        super().__init__(reason)
        self.reason, self.status = reason, status
        self.retry, self.retry_after_s = retry, retry_after_s


class Downloader:
    """Fetches service files for one algorithm run, reporting on its
    feedback (a QgsProcessingFeedback). `timeout_s` is the longest wait
    without receiving a byte (QGIS's own network time-out, in its network
    settings, applies as well); `attempts` tries in all, waiting
    `first_wait_s` × 2^k between them unless the service says how long."""

    def __init__(
        self,
        feedback,
        cache_folder=None,
        refresh=False,
        attempts=4,
        first_wait_s=2.0,
        timeout_s=180,
    ):
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        self.feedback = feedback
        if cache_folder is None:
            cache_folder = Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "camera_coverage"
        self.cache = _ResponseCache(Path(cache_folder))
        self.refresh = refresh
        self.attempts, self.first_wait_s, self.timeout_s = attempts, first_wait_s, timeout_s
        _install_user_agent()

    def fetch(self, location, label, data=None, validate=None, progress_span=None):
        """The file at `location`: an http(s) URL (POSTed form `data` when
        given), or a local path or file:// URL. `validate(content)` may
        raise ValueError for an answer that came whole but is unusable (an
        Overpass run-time error): it is retried and never cached.
        `progress_span` (start, end) moves the progress bar over that slice
        while the file comes. Raises DownloadError, or Cancelled."""
        if not _is_web(location):
            return self._read_local(location, label, validate)
        if not self.refresh:
            cached = self.cache.read(location, data)
            if cached is not None:
                content, retrieved = cached
                self.feedback.pushInfo(
                    tr("{}: from the cache (retrieved {}), {}").format(label, retrieved, location)
                )
                return Fetched(content, location, True, retrieved, False)
        self.feedback.pushInfo(tr("Fetching {}: {}").format(label, location))
        try:
            content = self._download(location, label, data, validate, progress_span)
        except DownloadError:
            stale = self.cache.read(location, data) if self.refresh else None
            if stale is None:
                raise
            self.feedback.pushWarning(
                tr("{}: could not be refreshed; using the copy retrieved {}").format(
                    label, stale[1]
                )
            )
            return Fetched(stale[0], location, True, stale[1], False)
        retrieved = _utc_now()
        self.cache.write(location, data, content, retrieved)
        self.feedback.pushInfo(tr("{}: {} received").format(label, _size(len(content))))
        return Fetched(content, location, False, retrieved, False)

    def _download(self, url, label, data, validate, progress_span):
        attempt = 1
        while True:
            try:
                return self._attempt(url, label, data, validate, progress_span)
            except _AttemptFailed as failure:
                if not failure.retry:
                    raise DownloadError(
                        tr("{}: {} answered HTTP {} ({}).").format(
                            label, url, failure.status, failure.reason
                        ),
                        url,
                        failure.status,
                        failure.reason,
                    ) from None
                if attempt == self.attempts:
                    raise self._unreachable(url, label, data, failure) from None
                wait_s = failure.retry_after_s
                if wait_s is None:
                    wait_s = self.first_wait_s * 2 ** (attempt - 1)
                self.feedback.pushWarning(
                    tr("{}: {}; trying again in {} s (try {} of {}).").format(
                        label, failure.reason, f"{wait_s:g}", attempt + 1, self.attempts
                    )
                )
                self._wait(wait_s, label)
                attempt += 1

    def _unreachable(self, url, label, data, failure):
        hand_url = url if data is None else f"{url}?{data.decode('ascii', 'replace')}"
        message = tr(
            "{}: the service at {} is busy or unreachable: no usable answer after {} tries "
            "(the last: {}), and no copy of the file is in the cache ({}). Download {} by "
            "hand (in a web browser) and give the file, or a folder laid out like the "
            "service, as the local source."
        ).format(
            label,
            urlsplit(url).netloc,
            self.attempts,
            failure.reason,
            self.cache.folder,
            hand_url,
        )
        return DownloadError(message, url, failure.status, failure.reason)

    def _wait(self, seconds, label):
        """Sleeps between tries, stopping within CANCEL_CHECK_S of a cancel."""
        deadline = time.monotonic() + seconds
        while True:
            if self.feedback.isCanceled():
                raise Cancelled(tr("Cancelled while waiting to fetch {}").format(label))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            time.sleep(min(CANCEL_CHECK_S, remaining))

    def _attempt(self, url, label, data, validate, progress_span):
        if self.feedback.isCanceled():
            raise Cancelled(tr("Cancelled before fetching {}").format(label))
        request = QNetworkRequest(QUrl(url))
        request.setAttribute(PRODUCT_ATTRIBUTE, _product())
        # The plugin keeps its own cache, of whole checked files: QGIS's
        # network cache neither answers nor keeps these requests.
        request.setAttribute(
            QNetworkRequest.CacheLoadControlAttribute, QNetworkRequest.AlwaysNetwork
        )
        request.setAttribute(QNetworkRequest.CacheSaveControlAttribute, False)
        blocking = QgsBlockingNetworkRequest()
        watchdog = _Watchdog(self.feedback, self.timeout_s, blocking)
        reporter = _ProgressReporter(self.feedback, label, progress_span, watchdog)
        # QGIS emits the progress of a POST as upload progress.
        blocking.downloadProgress.connect(reporter.report, Qt.DirectConnection)
        blocking.uploadProgress.connect(reporter.report, Qt.DirectConnection)
        watchdog.start()
        try:
            if data is None:
                error = blocking.get(request, True, watchdog.request_feedback)
            else:
                request.setHeader(
                    QNetworkRequest.ContentTypeHeader, "application/x-www-form-urlencoded"
                )
                error = blocking.post(request, data, True, watchdog.request_feedback)
        finally:
            watchdog.stop()
        if self.feedback.isCanceled():
            raise Cancelled(tr("Cancelled while fetching {}").format(label))
        if watchdog.timed_out:
            raise _AttemptFailed(tr("no answer for {} s").format(f"{self.timeout_s:g}"))
        return _content(blocking, error, validate)

    def _read_local(self, location, label, validate):
        path = _local_file(location)
        self.feedback.pushInfo(tr("Reading {}: {}").format(label, path))
        try:
            content = _gunzipped(path.read_bytes())
            if validate is not None:
                validate(content)
        except (_AttemptFailed, ValueError) as unusable:
            message = tr("{}: {} ({}).").format(label, unusable, path)
            raise DownloadError(message, str(path), None, str(unusable)) from None
        modified = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        return Fetched(content, str(path), False, _iso(modified), True)


def _content(blocking, error, validate):
    """The body of a finished request, or why it is not to be had."""
    reply = blocking.reply()
    status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
    if status is not None and status >= 400:
        phrase = reply.attribute(QNetworkRequest.HttpReasonPhraseAttribute) or ""
        if status not in RETRY_STATUSES:
            raise _AttemptFailed(phrase, status, retry=False)
        raise _AttemptFailed(
            tr("HTTP {} ({})").format(status, phrase), status, retry_after_s=_retry_after(reply)
        )
    body = bytes(reply.content())
    if len(body) < _announced_length(reply, len(body)):
        raise _AttemptFailed(tr("the file is incomplete (truncated download)"), status)
    # Neither the user nor the watchdog ended it: QGIS's own time-out did.
    if error == QgsBlockingNetworkRequest.TimeoutError or (
        reply.error() == QNetworkReply.OperationCanceledError
    ):
        raise _AttemptFailed(
            tr(
                "no answer within QGIS's network time-out ({} s, Settings > Options > Network)"
            ).format(f"{QgsNetworkAccessManager.timeout() / 1000:g}"),
            status,
        )
    if error != QgsBlockingNetworkRequest.NoError or reply.error() != QNetworkReply.NoError:
        raise _AttemptFailed(blocking.errorMessage() or reply.errorString(), status)
    content = _gunzipped(body)
    if validate is not None:
        try:
            validate(content)
        except ValueError as unusable:
            raise _AttemptFailed(str(unusable), status) from None
    return content


def _announced_length(reply, default):
    """The Content-Length of a body sent as is (Qt inflates a body sent
    with a Content-Encoding, whose length is then no guide)."""
    if reply.hasRawHeader(b"Content-Encoding"):
        return default
    try:
        return int(bytes(reply.rawHeader(b"Content-Length")))
    except ValueError:
        return default


def _retry_after(reply):
    """The wait a busy service asks for, in seconds (None when it does not
    say, or says it as a date)."""
    try:
        seconds = float(bytes(reply.rawHeader(b"Retry-After")))
    except ValueError:
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


def _gunzipped(body):
    if not body.startswith(GZIP_MAGIC):
        return body
    try:
        return gzip.decompress(body)
    except (EOFError, OSError, zlib.error):
        raise _AttemptFailed(tr("the file is incomplete (truncated download)")) from None


def _local_file(location):
    """The local file meant: X.json.gz stands for X.json and the reverse,
    as a folder may hold either."""
    path = Path(QUrl(location).toLocalFile() if location.startswith("file:") else location)
    if path.is_file():
        return path
    name = path.name
    other = path.with_name(name[: -len(".gz")] if name.endswith(".gz") else f"{name}.gz")
    if other.is_file():
        return other
    raise DownloadError(
        tr("The local file {} does not exist (nor {}).").format(path, other.name),
        str(path),
        None,
        "missing",
    )


def _is_web(location):
    return location.lower().startswith(("http://", "https://"))


class _Watchdog:
    """Ends a request when the user cancels or when no byte came for
    `timeout_s`, from a thread of its own: the thread that waits for the
    request is blocked inside QGIS until it ends."""

    def __init__(self, feedback, timeout_s, blocking):
        self.feedback, self.timeout_s, self.blocking = feedback, timeout_s, blocking
        self.request_feedback = QgsFeedback()
        self.timed_out = False
        self._last_activity = time.monotonic()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def touch(self):
        self._last_activity = time.monotonic()

    def start(self):
        self._thread.start()

    def stop(self):
        self._done.set()
        self._thread.join()

    def _watch(self):
        while not self._done.wait(CANCEL_CHECK_S):
            if self.feedback.isCanceled():
                self._end()
                return
            if time.monotonic() - self._last_activity > self.timeout_s:
                self.timed_out = True
                self._end()
                return

    def _end(self):
        """Cancel the request. QGIS 3.22 aborts it by deleting its reply,
        which does not always end the event loop the request waits in (a
        request made from a worker thread, as Processing runs in QGIS
        desktop, then waited for ever, 2 times in 25): when it has not
        returned after ABORT_GRACE_S, its `finished` signal, which quits
        that loop, is sent."""
        self.request_feedback.cancel()
        if not self._done.wait(ABORT_GRACE_S):
            self.blocking.finished.emit()


class _ProgressReporter:
    """A download's progress as text (and on a slice of the bar when one
    is given); each byte received also resets the time-out."""

    def __init__(self, feedback, label, span, watchdog):
        self.feedback, self.label, self.span, self.watchdog = feedback, label, span, watchdog

    def report(self, received, total):
        self.watchdog.touch()
        if total > 0:
            text = tr("{}: {} of {}").format(self.label, _size(received), _size(total))
            if self.span is not None:
                start, end = self.span
                self.feedback.setProgress(start + (end - start) * min(received / total, 1.0))
        else:
            text = tr("{}: {}").format(self.label, _size(received))
        self.feedback.setProgressText(text)


class _ResponseCache:
    """Answers kept in the user's profile, one file per request (keyed by
    the URL and the POST body) and a small JSON beside it saying what and
    when; both written whole or not at all."""

    def __init__(self, folder):
        self.folder = folder

    def read(self, url, data):
        """(content, retrieved) or None when the request was never answered."""
        key = _cache_key(url, data)
        try:
            about = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            return (self.folder / f"{key}.data").read_bytes(), about["retrieved"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, url, data, content, retrieved):
        key = _cache_key(url, data)
        self.folder.mkdir(parents=True, exist_ok=True)
        about = {"url": url, "retrieved": retrieved}
        if data is not None:
            about["post"] = data.decode("utf-8", "replace")
        # The description last: its presence says the content is whole.
        _write_atomically(self.folder / f"{key}.data", content)
        _write_atomically(self.folder / f"{key}.json", json.dumps(about).encode("utf-8"))


def _cache_key(url, data):
    digest = hashlib.sha256(url.encode("utf-8"))
    if data is not None:
        digest.update(b"\0POST\0" + data)
    return digest.hexdigest()


def _write_atomically(path, content):
    """A file that is either absent, its former self, or whole."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _utc_now():
    return _iso(datetime.now(timezone.utc))


def _iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _size(count):
    return f"{count / 1e6:.1f} MB" if count >= 100_000 else f"{count / 1e3:.1f} kB"


@functools.cache
def _product():
    """This plugin's name and version, for the User-Agent."""
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(Path(__file__).parents[1] / "metadata.txt", encoding="utf-8")
    version = metadata.get("general", "version", fallback="dev")
    return f"camera_coverage-qgis-plugin/{version}"


def _add_product(request):
    """QGIS writes its own User-Agent on every request; this plugin's
    requests get the plugin's name and version added to it, so that the
    services' operators can tell who calls them."""
    product = request.attribute(PRODUCT_ATTRIBUTE)
    if not product:
        return
    agent = bytes(request.rawHeader(b"User-Agent")).decode("latin-1")
    if product not in agent:
        request.setRawHeader(b"User-Agent", f"{agent} {product}".strip().encode("latin-1"))


_user_agent_hook = []


def _install_user_agent():
    if not _user_agent_hook:
        _user_agent_hook.append(QgsNetworkAccessManager.setRequestPreprocessor(_add_product))


def remove_user_agent():
    """Take the plugin's hook out of QGIS's network requests (on unload)."""
    while _user_agent_hook:
        QgsNetworkAccessManager.removeRequestPreprocessor(_user_agent_hook.pop())
