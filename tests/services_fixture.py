"""The recorded Épinay-sur-Orge services on a local server, with the
environment pointing communedata at them, for a test module:
`from tests.services_fixture import epinay_services  # noqa: F401`.
A test that switches an error on (`fail_first`) calls `reset()` after."""

from collections.abc import Iterator

import pytest

from tests.http_server import RecordedServices
from tests.recorded_services import EpinayRecording, record_epinay


@pytest.fixture(scope="module")
def epinay_services() -> Iterator[EpinayRecording]:
    services = RecordedServices().start()
    try:
        recording = record_epinay(services)
        with pytest.MonkeyPatch.context() as environment:
            for name, value in recording.environ.items():
                environment.setenv(name, value)
            yield recording
    finally:
        services.stop()
