"""A local HTTP server standing in for the public services (Etalab cadastre,
Overpass, the geo API) in tests: it answers each path with recorded
responses, in order, and keeps every request it received. The tests never
reach the internet; the code under test is pointed at it through the
environment variables of shared/DESIGN.md."""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Answer:
    """One recorded response. ``cut_at`` sends only that many bytes of the
    body (a connection dropped mid-file) while announcing the full length;
    ``delay_s`` holds the answer back that long (a server too slow to
    answer, for time-outs)."""

    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=dict)
    cut_at: int | None = None
    delay_s: float = 0.0


@dataclass
class Request:
    method: str
    path: str
    query: dict
    body: bytes
    headers: dict = field(default_factory=dict)


class RecordedServices:
    """Routes (path without query -> answers). A route given several
    answers gives them in turn and repeats the last one; a path with no
    route is a 404. A path routed by its query (`route_query`) is answered
    by a function of the query, as a paged service is."""

    def __init__(self):
        self.routes: dict[str, list[Answer]] = {}
        self.query_routes: dict[str, Callable[[dict], Answer]] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address
        return f"http://{host}:{port}"

    def route(self, path: str, *answers: Answer) -> None:
        with self._lock:
            self.query_routes.pop(path, None)
            self.routes[path] = list(answers)

    def route_query(self, path: str, answer_for: Callable[[dict], Answer]) -> None:
        """`path` answered by `answer_for(query)`, the query as
        urllib.parse.parse_qs gives it (name -> list of values); replaces
        the path's answers, as `route` replaces this."""
        with self._lock:
            self.routes.pop(path, None)
            self.query_routes[path] = answer_for

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for request in self.requests if request.path == path)

    def start(self) -> "RecordedServices":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _answer(self, request: Request) -> Answer:
        with self._lock:
            self.requests.append(request)
            answer_for = self.query_routes.get(request.path)
            if answer_for is not None:
                return answer_for(request.query)
            answers = self.routes.get(request.path)
            if not answers:
                return Answer(b"not found", 404)
            return answers.pop(0) if len(answers) > 1 else answers[0]

    def _handler(self):
        services = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                received = Request(
                    method, parts.path, parse_qs(parts.query), body, dict(self.headers.items())
                )
                answer = services._answer(received)
                time.sleep(answer.delay_s)
                sent = answer.body if answer.cut_at is None else answer.body[: answer.cut_at]
                try:
                    # The client may have given up waiting (a time-out).
                    self.send_response(answer.status)
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(sent)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                if answer.cut_at is not None:
                    self.close_connection = True

            def do_GET(self):
                self._serve("GET")

            def do_POST(self):
                self._serve("POST")

            def log_message(self, *args):
                pass

        return Handler
