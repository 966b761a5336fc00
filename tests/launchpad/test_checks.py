from launchpad.checks import settings_check


def ids(errors):
    return sorted(error.id for error in errors)


def test_default_settings_pass():
    assert settings_check(None) == []


def test_bad_settings_are_reported(settings):
    settings.TREMPLIN_LAUNCHPAD_STALE_DAYS = 0
    settings.TREMPLIN_FUNDING_IMPORT_MAX_ROWS = "many"
    settings.TREMPLIN_LAUNCHPAD_SMIC = {"annual_gross": "-1"}
    assert ids(settings_check(None)) == ["launchpad.E001", "launchpad.E001", "launchpad.E002"]
    settings.TREMPLIN_LAUNCHPAD_SMIC = {"annual_gross": "lots"}
    assert "launchpad.E002" in ids(settings_check(None))
