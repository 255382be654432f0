"""Fixtures for the web sources: a local server with the shared pages and feeds."""
from __future__ import annotations

import pytest

from tests.conftest import shared
from tests.sources.web_server import Server, serve_shared


@pytest.fixture
def server():
    shared("data", "web")
    s = serve_shared(Server())
    yield s
    s.close()


@pytest.fixture
def web_settings():
    """Settings for the local server: loopback allowed, short waits and timeouts."""
    from storygraph.settings import WebSettings
    return WebSettings(allow_private=True, per_host_delay=0.0, timeout=2.0, retries=2,
                       backoff=0.01, max_retry_wait=5.0, contact="tests@example.invalid")
