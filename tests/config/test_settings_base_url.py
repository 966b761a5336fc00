"""The base URL printed on certificates and used in xAPI identifiers follows the port `make run`
serves on, unless the deployment sets it (checked through make itself, in a separate process)."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = (
    "from django.conf import settings; from certificates import conf; "
    "print(settings.WAGTAILADMIN_BASE_URL, conf.base_url())"
)


def make_probe(*make_args, env_extra, tmp_path):
    """Run, with the Makefile's variables and exports, what `make run` runs: manage.py."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DJANGO_SETTINGS_MODULE",
            "PORT",
            "TREMPLIN_BASE_URL",
            "TREMPLIN_CERTIFICATES_BASE_URL",
            "MAKEFLAGS",
            "MAKELEVEL",
        }
    }
    env.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", **env_extra})
    rule = f"probe: ; @$(PY) manage.py shell -v 0 -c '{PROBE}'"
    result = subprocess.run(  # noqa: S603
        ["make", "-s", "--no-print-directory", f"--eval={rule}", "probe", *make_args],  # noqa: S607
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize(
    "make_args,env_extra,expected",
    [
        ((), {}, ["http://127.0.0.1:8000", "http://127.0.0.1:8000"]),
        (("PORT=8801",), {}, ["http://127.0.0.1:8801", "http://127.0.0.1:8801"]),
        ((), {"PORT": "8806"}, ["http://127.0.0.1:8806", "http://127.0.0.1:8806"]),
        (
            ("PORT=8801",),
            {"TREMPLIN_BASE_URL": "https://tremplin.example.org"},
            ["https://tremplin.example.org", "https://tremplin.example.org"],
        ),
        (
            ("PORT=8801",),
            {"TREMPLIN_CERTIFICATES_BASE_URL": "https://verifier.example.org/"},
            ["http://127.0.0.1:8801", "https://verifier.example.org"],
        ),
    ],
)
def test_make_run_base_url_follows_port_unless_set(make_args, env_extra, expected, tmp_path):
    assert make_probe(*make_args, env_extra=env_extra, tmp_path=tmp_path) == expected
