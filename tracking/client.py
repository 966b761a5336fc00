"""Talking to an external LRS over HTTP, with `requests`.

Not tincan's RemoteLRS: it has no timeout, opens a connection per call and fails on a 204
answer to a batch POST. One kept-alive Session per process and per LRS configuration.
"""

import threading

import requests

from . import conf

XAPI_VERSION = "1.0.3"


class LRSClient:
    """POST a batch of statements, GET one back. Network errors are raised as `requests`
    exceptions; HTTP answers are returned whatever their status.

    A batch comes already serialised (`body`: the JSON array, UTF-8 bytes), built from the
    statements' stored JSON: it is sent as it is, not decoded and encoded again."""

    def __init__(self, *, endpoint, username, password, connect_timeout, read_timeout):
        self.statements_url = endpoint.rstrip("/") + "/statements"
        self.timeout = (connect_timeout, read_timeout)
        self.session = requests.Session()
        self.session.auth = (username, password) if username or password else None
        self.session.headers.update(
            {"X-Experience-API-Version": XAPI_VERSION, "Content-Type": "application/json"}
        )

    def post_statements(self, body):
        return self.session.post(self.statements_url, data=body, timeout=self.timeout)

    def get_statement(self, statement_id):
        return self.session.get(
            self.statements_url, params={"statementId": str(statement_id)}, timeout=self.timeout
        )

    def close(self):
        self.session.close()


_local = threading.local()


def client_get():
    """The client for the current settings, kept (with its connections) between batches."""
    from django.utils.module_loading import import_string

    options = {
        "endpoint": conf.lrs_endpoint(),
        "username": conf.lrs_username(),
        "password": conf.lrs_password(),
        "connect_timeout": conf.connect_timeout(),
        "read_timeout": conf.read_timeout(),
    }
    key = (conf.client_path(), tuple(sorted(options.items())))
    cached = getattr(_local, "client", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    if cached is not None:
        cached[1].close()
    client = import_string(conf.client_path())(**options)
    _local.client = (key, client)
    return client
