"""Hooks that stop a task in its middle, for the tests that kill the worker there.

With TREMPLIN_TEST_BLOCK_DIR set, each hook writes a file named after its kind of task into
that directory (the test waits for it) and then waits, at most a minute, for a `release` file
that the test never writes: it kills the worker instead. Without it they do nothing."""

import os
import time
from pathlib import Path

from django.apps import AppConfig
from django.db.models.signals import post_save

from certificates.pdf import render_certificate_pdf
from tracking.client import LRSClient as RealLRSClient


def block(kind):
    directory = os.environ.get("TREMPLIN_TEST_BLOCK_DIR")
    if not directory:
        return
    (Path(directory) / kind).write_text(str(os.getpid()))
    deadline = time.monotonic() + 60
    while not (Path(directory) / "release").exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{kind}: never killed nor released")
        time.sleep(0.05)


def certificate_pdf_render(certificate):
    data = render_certificate_pdf(certificate)
    block("pdf")  # rendered, neither stored nor recorded
    return data


class LRSClient(RealLRSClient):
    def post_statements(self, body):
        response = super().post_statements(body)
        block("forward")  # the LRS has the batch, the local store does not know it
        return response


def _certificate_saved(sender, instance, created, **kwargs):
    if created:
        block("issue")  # inserted, inside the issuance transaction


class BlockingConfig(AppConfig):
    name = "tests.common"
    label = "tests_common_blocking"

    def ready(self):
        post_save.connect(_certificate_saved, sender="certificates.Certificate")
