"""A real Ralph LRS on a loopback port, run from its own virtualenv (.venv-ralph), for the
tracking tests and the tracking benchmark."""

import json
import os
import socket
import subprocess
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
RALPH_VENV = ROOT / ".venv-ralph"
RALPH_USER, RALPH_PASSWORD = "tremplin", "ralph-test-password"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, *, timeout=30.0, interval=0.05, message="condition"):
    """Poll `predicate` until it returns a truthy value (returned) or fail after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {message}")
        time.sleep(interval)


class Ralph:
    """One Ralph LRS process (file-system backend) on a loopback port; can be stopped and
    started again on the same port and data directory."""

    def __init__(self, *, directory, auth_file, port=None):
        self.directory = Path(directory)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.endpoint = f"{self.url}/xAPI/"
        self.env = {
            **os.environ,
            "RALPH_APP_DIR": str(self.directory),
            "RALPH_AUTH_FILE": str(auth_file),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.directory / "lrs"),
            "RALPH_HISTORY_FILE": str(self.directory / "history.json"),
        }
        self.process = None
        self.log = self.directory / "ralph.log"

    def start(self):
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
                [
                    str(RALPH_VENV / "bin" / "python"),
                    "-m",
                    "uvicorn",
                    "--app-dir",
                    str(Path(__file__).parent),
                    "ralph_app:app",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--log-level",
                    "warning",
                ],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_for(self._answers, timeout=60, message=f"Ralph on port {self.port}")
        return self

    def _answers(self):
        if self.process.poll() is not None:
            raise AssertionError(f"Ralph exited: {self.log.read_text()[-3000:]}")
        try:
            return requests.get(f"{self.url}/__heartbeat__", timeout=1).status_code == 200
        except requests.ConnectionError:
            return False

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.process = None

    def clear(self):
        """Empty the store (the backend reads its file at each request, keeps nothing else)."""
        (self.directory / "lrs" / "fs_lrs.jsonl").unlink(missing_ok=True)

    def stored(self):
        """Every statement in Ralph's store, in write order (one JSON document a line)."""
        path = self.directory / "lrs" / "fs_lrs.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]

    def get(self, statement_id):
        response = requests.get(
            f"{self.endpoint}statements",
            params={"statementId": str(statement_id)},
            auth=(RALPH_USER, RALPH_PASSWORD),
            headers={"X-Experience-API-Version": "1.0.3"},
            timeout=10,
        )
        response.raise_for_status()
        body = response.json()
        return body["statements"][0] if "statements" in body else body

    def post(self, statements):
        return requests.post(
            f"{self.endpoint}statements",
            json=statements,
            auth=(RALPH_USER, RALPH_PASSWORD),
            headers={"X-Experience-API-Version": "1.0.3"},
            timeout=10,
        )


def ralph_auth_file_create(directory):
    """A Ralph credentials file (bcrypt hash) made with `ralph auth`."""
    directory = Path(directory)
    auth_file = directory / "auth.json"
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            str(RALPH_VENV / "bin" / "ralph"),
            "auth",
            "--username",
            RALPH_USER,
            "--password",
            RALPH_PASSWORD,
            "--scope",
            "all",
            "--agent-ifi-account",
            RALPH_USER,
            "http://127.0.0.1",
            "--write-to-disk",
        ],
        env={
            **os.environ,
            "RALPH_APP_DIR": str(directory),
            "RALPH_AUTH_FILE": str(auth_file),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(directory / "lrs"),
        },
        check=True,
        capture_output=True,
    )
    return auth_file
