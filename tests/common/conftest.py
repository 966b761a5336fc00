"""Fixtures of the background-task tests: a database the worker subprocesses share with the
test, and those subprocesses."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from certificates.keys import private_key_generate_pem
from tests.databases import database_share
from tests.tracking.conftest import ralph, ralph_auth_file, ralph_factory, ralph_server  # noqa: F401
from tests.tracking.lrs_server import RALPH_PASSWORD, RALPH_USER, wait_for

ROOT = Path(__file__).resolve().parents[2]
_KEY = private_key_generate_pem()


@pytest.fixture
def worker_env(transactional_db, tmp_path, settings):
    """Environment of the `db_worker` subprocesses (tests/common/worker_settings.py); this
    test's own settings match theirs."""
    url, restore = database_share(tmp_path)
    key_file = tmp_path / "key.pem"
    key_file.write_text(_KEY)
    media, state = tmp_path / "media", tmp_path / "workers"
    private = tmp_path / "private"
    media.mkdir()
    private.mkdir()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MEDIA_ROOT = str(media)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        # Certificate PDFs: on disk, shared with the worker subprocess (worker_settings.py).
        "private": {
            "BACKEND": "common.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": str(private)},
        },
    }
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = _KEY
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE = str(key_file)
    settings.TREMPLIN_TASKS_STATE_DIR = str(state)
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "TREMPLIN_", "PYTEST_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="tests.common.worker_settings",
        DATABASE_URL=url,
        MEDIA_ROOT=str(media),
        TREMPLIN_PRIVATE_ROOT=str(private),
        TREMPLIN_TASKS_STATE_DIR=str(state),
        TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE=str(key_file),
        PYTHONPATH=str(ROOT),
    )
    try:
        yield env
    finally:
        restore()


@pytest.fixture
def lrs_env(worker_env, ralph, settings):  # noqa: F811 - the fixture imported above
    """Both this process and the workers forward to the real Ralph of tests/tracking."""
    values = {
        "TREMPLIN_LRS_ENDPOINT": ralph.endpoint,
        "TREMPLIN_LRS_USERNAME": RALPH_USER,
        "TREMPLIN_LRS_PASSWORD": RALPH_PASSWORD,
    }
    for name, value in values.items():
        setattr(settings, name, value)
    worker_env.update(values)
    return ralph


class WorkerProcess:
    """`manage.py db_worker` in its own process group, its output in a file."""

    def __init__(self, env, log, *, block_dir=None):
        env = dict(env)
        if block_dir is not None:
            env["TREMPLIN_TEST_BLOCK_DIR"] = str(block_dir)
        self.log = log
        with open(log, "ab") as output:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "manage.py",
                    "db_worker",
                    "--queue-name",
                    "*",
                    "--no-reload",
                    "--interval",
                    "0.05",
                    "--no-startup-delay",
                    "-v",
                    "2",
                ],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def output(self):
        return self.log.read_text()

    def alive(self):
        return self.process.poll() is None

    def kill(self):
        """SIGKILL, as the OOM killer or a power cut would: no clean-up runs."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self):
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)


@pytest.fixture
def worker_start(worker_env, tmp_path):
    started = []

    def start(*, block=False):
        block_dir = None
        if block:
            block_dir = tmp_path / f"block-{len(started)}"
            block_dir.mkdir()
        worker = WorkerProcess(
            worker_env, tmp_path / f"worker-{len(started)}.log", block_dir=block_dir
        )
        worker.block_dir = block_dir
        started.append(worker)
        return worker

    yield start
    for worker in started:
        if worker.alive():
            worker.kill()


def wait_blocked(worker, kind, *, timeout=90):
    """Until the worker is in the middle of `kind` (its hook wrote the file)."""
    return wait_for(
        lambda: (
            (worker.block_dir / kind).exists()
            or (not worker.alive() and pytest.fail(f"the worker died:\n{worker.output()}"))
        ),
        timeout=timeout,
        message=f"the worker to reach the middle of {kind}",
    )
