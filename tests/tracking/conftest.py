"""Fixtures of the tracking tests: a real Ralph LRS on loopback, small loopback servers that
misbehave the way real LRSs do, and LRS settings pointing at them.

Ralph runs from its own virtualenv (.venv-ralph, `make .venv-ralph/.installed`), so its
dependencies never mix with the project's.
"""

import http.server
import json
import socket
import threading

import pytest

from .lrs_server import (  # noqa: F401 - re-exported for the tests
    RALPH_PASSWORD,
    RALPH_USER,
    RALPH_VENV,
    ROOT,
    Ralph,
    free_port,
    ralph_auth_file_create,
    wait_for,
)


@pytest.fixture(scope="session")
def ralph_auth_file(tmp_path_factory):
    if not (RALPH_VENV / "bin" / "ralph").exists():
        pytest.fail("Ralph is not installed: run `make ralph`")
    directory = tmp_path_factory.mktemp("ralph-auth")
    return ralph_auth_file_create(directory)


@pytest.fixture
def ralph_factory(tmp_path, ralph_auth_file):
    started = []

    def make(port=None):
        directory = tmp_path / f"ralph-{len(started)}"
        directory.mkdir()
        server = Ralph(directory=directory, auth_file=ralph_auth_file, port=port)
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def ralph_server(tmp_path_factory, ralph_auth_file):
    """One Ralph for the whole session of a test process: starting one costs seconds."""
    server = Ralph(directory=tmp_path_factory.mktemp("ralph-shared"), auth_file=ralph_auth_file)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def ralph(ralph_server):
    """The session's Ralph with an empty store: its file-system backend reads its one file at
    every request, so removing the file empties the LRS. Tests that stop and start an LRS make
    their own with `ralph_factory`."""
    ralph_server.clear()
    return ralph_server


def lrs_settings(settings, endpoint, *, password=RALPH_PASSWORD, **extra):
    settings.TREMPLIN_LRS_ENDPOINT = endpoint
    settings.TREMPLIN_LRS_USERNAME = RALPH_USER
    settings.TREMPLIN_LRS_PASSWORD = password
    settings.TREMPLIN_LRS_CONNECT_TIMEOUT = extra.pop("connect_timeout", 2.0)
    settings.TREMPLIN_LRS_READ_TIMEOUT = extra.pop("read_timeout", 10.0)
    for name, value in extra.items():
        setattr(settings, f"TREMPLIN_LRS_{name.upper()}", value)
    return settings


@pytest.fixture
def with_ralph(settings, ralph):
    lrs_settings(settings, ralph.endpoint)
    return ralph


# Loopback servers that behave like broken or unusual LRSs


class SilentServer:
    """Accepts TCP connections and never answers a byte."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.endpoint = f"http://127.0.0.1:{self.port}/xAPI/"
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.sock.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.sock.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture
def silent_server():
    server = SilentServer()
    yield server
    server.close()


class ScriptedLRS:
    """A tiny HTTP server answering each request with the next scripted (status, body) for
    its method, and recording the requests it got."""

    def __init__(self):
        self.script = {"POST": [], "GET": []}
        self.requests = []
        self.bodies = []  # the raw bytes of each request's body
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                owner.bodies.append(body)
                owner.requests.append(
                    (self.command, self.path, dict(self.headers), json.loads(body or "null"))
                )
                queue = owner.script[self.command]
                status, payload = queue.pop(0) if len(queue) > 1 else queue[0]
                data = json.dumps(payload).encode() if payload is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}/xAPI/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def scripted_lrs():
    server = ScriptedLRS()
    yield server
    server.close()
