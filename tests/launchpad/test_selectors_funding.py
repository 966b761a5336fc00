import datetime

import pytest
from django.utils import timezone, translation

from launchpad.selectors import funding_scheme_list, funding_schemes_for, place_of

from .factories import FundingSchemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def schemes():
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    return {
        "national": FundingSchemeFactory(name_fr="A national", needs=["funding"]),
        "skills": FundingSchemeFactory(
            name_fr="B skills", kind="skills", needs=["skills", "digital_tools"]
        ),
        "launch_scic": FundingSchemeFactory(
            name_fr="C launch scic", stages=["launch"], legal_forms=["scic"], needs=["funding"]
        ),
        "ara": FundingSchemeFactory(name_fr="D région ARA", regions=["84"], needs=["funding"]),
        "rhone": FundingSchemeFactory(name_fr="E Rhône", departements=["69"]),
        "bretagne": FundingSchemeFactory(name_fr="F Bretagne", regions=["53"]),
        "closed": FundingSchemeFactory(name_fr="G closed", rolling=False, deadline=yesterday),
        "associations": FundingSchemeFactory(name_fr="H assos", legal_forms=["association"]),
        "ideas": FundingSchemeFactory(name_fr="I ideas", stages=["idea"]),
    }


def names(matches):
    return [match.scheme.name_fr for match in matches]


def test_place_of_accepts_communes_departements_and_regions():
    assert place_of("69123") == place_of("69") == place_of("departement:69")
    assert place_of("69").region == "84"
    assert place_of("region:53").departement is None
    assert place_of(None) is None
    with pytest.raises(ValueError, match="Territoire inconnu"):
        place_of("99999")


def test_schemes_for_a_project_are_filtered_and_ranked_with_reasons(schemes):
    matches = funding_schemes_for(
        stage="launch", legal_form="scic", territory="69123", needs=["funding"]
    )
    assert names(matches) == [
        "C launch scic",  # funding need 3 + stage 2 + form 2
        "D région ARA",  # funding need 3 + region 2
        "A national",  # funding need 3
        "E Rhône",  # département 3
        "B skills",  # nothing specific: ties by name
    ]
    reasons = {match.scheme.name_fr: match.reasons for match in matches}
    assert reasons["C launch scic"] == (
        "parce qu'il répond à vos besoins : Financement.",
        "parce qu'il est fait pour les projets à l'étape « Création et lancement ».",
        "parce qu'il est ouvert à la forme « SCIC (société coopérative d'intérêt collectif) ».",
        "parce qu'il est ouvert partout en France.",
    )
    assert "votre région (Auvergne-Rhône-Alpes)" in reasons["D région ARA"][-1]
    assert "votre département (Rhône)" in reasons["E Rhône"][-1]
    assert [match.score for match in matches] == sorted(
        (match.score for match in matches), reverse=True
    )


def test_without_a_territory_only_national_schemes(schemes):
    found = names(funding_schemes_for(stage="idea"))
    assert "D région ARA" not in found and "E Rhône" not in found
    assert "I ideas" in found and "C launch scic" not in found
    assert "G closed" not in found


def test_needs_rank_first_and_are_named_in_the_language(schemes):
    with translation.override("en"):
        matches = funding_schemes_for(needs=["skills", "digital_tools"])
    assert matches[0].scheme.name_fr == "B skills"
    assert matches[0].score == 6
    assert matches[0].reasons[0] == "because it addresses your needs: Skills, Digital tools."


def test_unknown_inputs_are_refused():
    with pytest.raises(ValueError, match="stage"):
        funding_schemes_for(stage="someday")
    with pytest.raises(ValueError, match="legal form"):
        funding_schemes_for(legal_form="sarl")
    with pytest.raises(ValueError, match="need"):
        funding_schemes_for(needs=["coffee"])


def test_query_count_is_constant(django_assert_num_queries):
    FundingSchemeFactory.create_batch(3, regions=["84"], needs=["funding"])
    with django_assert_num_queries(1):
        few = funding_schemes_for(stage="launch", territory="69", needs=["funding"])
    FundingSchemeFactory.create_batch(30, departements=["69"], needs=["skills"])
    with django_assert_num_queries(1):
        many = funding_schemes_for(stage="launch", territory="69", needs=["funding"])
    assert len(few) == 3 and len(many) == 33


def test_public_list_filters(schemes):
    assert "G closed" not in names_of(funding_scheme_list())
    assert names_of(funding_scheme_list(kind="skills")) == ["B skills"]
    bretagne = names_of(funding_scheme_list(territory="region:53"))
    assert "F Bretagne" in bretagne and "D région ARA" not in bretagne and "A national" in bretagne
    ara = names_of(funding_scheme_list(territory="region:84"))
    assert "E Rhône" in ara  # a département's scheme concerns part of its region
    assert "H assos" not in names_of(funding_scheme_list(legal_form="scop"))
    assert "H assos" in names_of(funding_scheme_list(legal_form="association"))
    assert "I ideas" not in names_of(funding_scheme_list(stage="launch"))


def names_of(schemes):
    return [scheme.name_fr for scheme in schemes]
