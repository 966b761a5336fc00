"""Settings of the `db_worker` subprocesses the tests start and kill (test_commands_worker.py):
the test settings, with the database backend, files on disk and, when TREMPLIN_TEST_BLOCK_DIR
is set, hooks that stop each kind of task in its middle (tests/common/blocking.py)."""

import os

from config.settings.test import *  # noqa: F403
from config.settings.test import DATABASES, INSTALLED_APPS

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "common.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": os.environ["TREMPLIN_PRIVATE_ROOT"]},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TREMPLIN_TASKS_STATE_DIR = os.environ["TREMPLIN_TASKS_STATE_DIR"]
TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE = os.environ["TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE"]
TREMPLIN_CERTIFICATES_PDF_RENDERER = "tests.common.blocking.certificate_pdf_render"
TREMPLIN_LRS_CLIENT = "tests.common.blocking.LRSClient"
TREMPLIN_LRS_CLAIM_SECONDS = float(os.environ.get("TREMPLIN_LRS_CLAIM_SECONDS", "60"))
INSTALLED_APPS = [*INSTALLED_APPS, "tests.common.blocking.BlockingConfig"]
if "TREMPLIN_TEST_SQLITE_TIMEOUT" in os.environ:
    DATABASES["default"]["OPTIONS"]["timeout"] = float(os.environ["TREMPLIN_TEST_SQLITE_TIMEOUT"])
