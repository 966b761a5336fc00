"""The test database, shared with other connections: threads that each open their own, or
subprocesses (tests/common's workers).

On PostgreSQL it is shared as it is. SQLite's test database lives in this process's memory,
one shared-cache database whose table locks make a second writer fail at once ("database table
is locked") instead of waiting its turn as it does on a file: it is copied to a file, which this
process then uses too, with the options of the site's own file (WAL, IMMEDIATE transactions,
busy timeout: config/settings/base.py), until `restore()`."""

import sqlite3

from django.db import connection


def database_share(tmp_path):
    """(url, restore): the test database as a URL for another process, and the function that
    gives this process its own database back."""
    params = connection.settings_dict
    if connection.vendor == "postgresql":
        auth = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
        host = f"{params['HOST']}:{params['PORT'] or 5432}"
        return f"postgres://{auth}@{host}/{params['NAME']}", lambda: None
    path = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    connection.connection.backup(copy)
    copy.close()
    saved = (params["NAME"], connection.connection)
    connection.connection = None  # kept open elsewhere: closing it would drop the database
    params["NAME"] = str(path)

    def restore():
        connection.close()
        connection.settings_dict["NAME"], connection.connection = saved

    return f"sqlite:///{path}", restore
