"""Production settings, checked in a separate process so the test settings stay untouched."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_extra, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}", **env_extra})
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args, "--settings=config.settings.production"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_missing_secret_key_is_a_clear_error(tmp_path):
    result = run_manage("check", env_extra={}, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "The SECRET_KEY environment variable is required in production" in result.stderr


PRODUCTION_ENV = {
    "SECRET_KEY": "k" * 20 + "-Zq8#pL2@vN5!xR7&bT1^mW4*yH6%jD9",
    "ALLOWED_HOSTS": "tremplin.example.org",
    "TREMPLIN_BASE_URL": "https://tremplin.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/1",
}


def signing_key_pem():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return (
        Ed25519PrivateKey.generate()
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )


def test_check_deploy_is_clean_when_the_environment_is_set(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={**PRODUCTION_ENV, "TREMPLIN_CERTIFICATES_SIGNING_KEY": signing_key_pem()},
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_requires_a_certificate_signing_key(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        env_extra={
            **PRODUCTION_ENV,
            "TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE": str(tmp_path / "missing.pem"),
        },
        tmp_path=tmp_path,
    )
    assert result.returncode != 0
    assert "certificates.E001" in result.stderr


def _setting(name, env, tmp_path):
    code = f"from django.conf import settings; print(settings.{name})"
    result = run_manage("shell", "-c", code, env_extra=env, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_redis_url_gives_a_shared_cache(tmp_path):
    assert "common.redis_cache.RedisCache" in _setting("CACHES", PRODUCTION_ENV, tmp_path)


def test_production_keeps_sites_in_memory_and_sessions_in_the_shared_cache(tmp_path):
    middleware = _setting("MIDDLEWARE", PRODUCTION_ENV, tmp_path)
    assert "common.middleware.SiteCacheMiddleware" in middleware
    assert _setting("SESSION_ENGINE", PRODUCTION_ENV, tmp_path).endswith(".cached_db")
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "REDIS_URL"}
    assert _setting("SESSION_ENGINE", env, tmp_path).endswith(".db")


def test_without_redis_the_cache_is_per_process_and_check_deploy_warns(tmp_path):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "REDIS_URL"}
    assert "LocMemCache" in _setting("CACHES", env, tmp_path)
    result = run_manage(
        "check",
        "--deploy",
        env_extra={**env, "TREMPLIN_CERTIFICATES_SIGNING_KEY": signing_key_pem()},
        tmp_path=tmp_path,
    )
    assert "config.W001" in result.stderr + result.stdout
    assert "REDIS_URL" in result.stderr + result.stdout


def test_check_deploy_warns_while_the_base_url_is_the_local_default(tmp_path):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "TREMPLIN_BASE_URL"}
    result = run_manage(
        "check",
        "--deploy",
        env_extra={**env, "PORT": "8801", "TREMPLIN_CERTIFICATES_SIGNING_KEY": signing_key_pem()},
        tmp_path=tmp_path,
    )
    output = result.stderr + result.stdout
    assert "config.W002" in output
    assert "http://127.0.0.1:8801" in output and "TREMPLIN_BASE_URL" in output
