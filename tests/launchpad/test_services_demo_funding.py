import pytest

from config.demo.content import DEFAULT_ROOT, ContentError
from config.demo.funding import FILE, funding_read, load_funding
from launchpad.models import FundingScheme


def test_the_shipped_schemes_validate_and_are_real_national_schemes():
    schemes = funding_read(DEFAULT_ROOT)
    assert len(schemes) >= 12
    assert len({scheme["slug"] for scheme in schemes}) == len(schemes)
    for scheme in schemes:
        assert scheme["url"].startswith("https://"), scheme["slug"]
        assert not scheme.get("regions") and not scheme.get("departements"), scheme["slug"]
        assert scheme["description"]["fr"] and scheme["description"]["en"]
    garantie = next(s for s in schemes if s["slug"] == "france-active-garantie")
    assert "65 %" in garantie["description"]["fr"] and garantie["amount_max"] == 200_000
    kinds = {scheme["kind"] for scheme in schemes}
    assert {"guarantee", "loan", "grant", "patronage", "skills", "equity", "support"} <= kinds


@pytest.mark.django_db
def test_loading_twice_changes_nothing():
    schemes = funding_read(DEFAULT_ROOT)
    load_funding(schemes=schemes, log=lambda message: None)
    first = dict(FundingScheme.objects.values_list("slug", "updated_at"))
    load_funding(schemes=schemes, log=lambda message: None)
    assert FundingScheme.objects.count() == len(schemes)
    assert set(dict(FundingScheme.objects.values_list("slug", "updated_at"))) == set(first)


def test_a_bad_scheme_names_its_file_and_line(tmp_path):
    (tmp_path / "launchpad").mkdir()
    (tmp_path / FILE).write_text(
        """[[schemes]]
slug = "x"
name.fr = "X"
name.en = "X"
funder = "F"
kind = "grant"
description.fr = "D"
description.en = "D"
stages = ["someday"]
url = "https://example.org/"
checked_on = 2026-01-01

[[schemes]]
slug = "y"
name.fr = "Y"
funder = "F"
kind = "grant"
description.fr = "D"
description.en = "D"
url = "https://example.org/"
checked_on = 2026-01-01
""",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as error:
        funding_read(tmp_path)
    text = str(error.value)
    assert "missing English text for 'schemes[1].name'" in text
    fixed = (
        (tmp_path / FILE).read_text().replace('name.fr = "Y"\n', 'name.fr = "Y"\nname.en = "Y"\n')
    )
    (tmp_path / FILE).write_text(fixed)
    with pytest.raises(ContentError) as error:
        funding_read(tmp_path)  # the schema is fine now: the model's rules speak
    assert "funding.toml:1: stages:" in str(error.value)
    assert "someday" in str(error.value)


def test_a_folder_without_the_file_has_no_schemes(tmp_path):
    assert funding_read(tmp_path) == []
