"""Versioned cache keys (common/cache.py) and the release in every key (common/release.py)."""

from django.conf import settings
from django.core.cache import cache

from common import cache as versioned
from common.release import release_get, source_digest


def test_a_version_is_stable_until_expired(db, django_capture_on_commit_callbacks):
    first = versioned.version_get("test:family")
    assert versioned.version_get("test:family") == first
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        versioned.versions_expire(["test:family"])
        second = versioned.version_get("test:family")  # a request during the transaction
    assert second != first
    for callback in callbacks:  # after the commit, the version is dropped again
        callback()
    assert versioned.version_get("test:family") not in (first, second)


def test_versions_are_read_together():
    versions = versioned.versions_get(["test:a", "test:b"])
    assert versions == versioned.versions_get(["test:a", "test:b"])
    assert versions["test:a"] != versions["test:b"]
    assert versions["test:a"] == versioned.version_get("test:a")


def test_every_cache_key_carries_the_release():
    assert settings.CACHES["default"]["KEY_PREFIX"] == f"tremplin:{settings.TREMPLIN_RELEASE}"
    assert cache.make_key("x").startswith(f"tremplin:{settings.TREMPLIN_RELEASE}:")


def test_the_release_changes_with_the_code_not_with_dates(tmp_path, monkeypatch):
    monkeypatch.delenv("TREMPLIN_RELEASE", raising=False)
    (tmp_path / "app").mkdir()
    module = tmp_path / "app" / "models.py"
    module.write_text("class Page: pass\n")
    (tmp_path / "notes.txt").write_text("not code")
    before = source_digest(tmp_path)
    (tmp_path / "notes.txt").write_text("still not code")
    module.touch()
    assert source_digest(tmp_path) == before
    module.write_text("class Page:\n    title = None\n")
    assert source_digest(tmp_path) != before
    assert release_get(tmp_path) == source_digest(tmp_path)


def test_a_deployment_may_name_its_release(tmp_path, monkeypatch):
    monkeypatch.setenv("TREMPLIN_RELEASE", "2026.12.1")
    assert release_get(tmp_path) == "2026.12.1"
