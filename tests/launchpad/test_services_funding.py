import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from launchpad.models import FundingScheme
from launchpad.services import (
    FundingImportError,
    funding_scheme_create,
    funding_scheme_update,
    funding_schemes_export,
    funding_schemes_import,
)
from launchpad.services.funding import CSV_COLUMNS, funding_scheme_save

from .factories import FundingSchemeFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 1)


def fields(**changes):
    return {
        "slug": "garantie",
        "name_fr": "Garantie solidaire",
        "name_en": "Solidarity guarantee",
        "funder": "France Active",
        "kind": "guarantee",
        "description_fr": "Garantit un prêt bancaire.",
        "url": "https://www.franceactive.org/",
        "checked_on": TODAY,
        **changes,
    }


def test_create_and_update(django_user_model):
    user = django_user_model.objects.create_user("staff")
    scheme = funding_scheme_create(
        actor=user, **fields(stages=["launch"], legal_forms=["scic"], regions=["84"])
    )
    assert scheme.pk and scheme.name == "Garantie solidaire"
    assert not scheme.is_national
    funding_scheme_update(scheme=scheme, actor=user, amount_max=200_000, regions=[])
    scheme.refresh_from_db()
    assert scheme.amount_max == 200_000 and scheme.is_national
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(scheme.pk)).values_list("action", flat=True)
    )
    assert sorted(actions) == ["wagtail.create", "wagtail.edit"]


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"stages": ["someday"]}, "stages", "n'est pas une étape connue"),
        ({"legal_forms": ["sarl"]}, "legal_forms", "n'est pas une forme juridique connue"),
        ({"needs": ["coffee"]}, "needs", "catégorie de besoin"),
        ({"regions": ["99"]}, "regions", "code de région"),
        ({"departements": ["20"]}, "departements", "code de département"),
        ({"departements": "69"}, "departements", "liste de codes"),
        ({"amount_min": 10, "amount_max": 5}, "amount_max", "au moins égal"),
        ({"amount_max": 2_000_000_000}, "amount_max", "milliard"),
        ({"rolling": True, "deadline": TODAY}, "deadline", "au fil de l'eau"),
        ({"checked_on": TODAY + datetime.timedelta(days=3650)}, "checked_on", "futur"),
        ({"kind": "gift"}, "kind", "gift"),
        ({"url": "javascript:alert(1)"}, "url", "URL"),
    ],
)
def test_bad_fields_are_refused_and_nothing_is_stored(changes, field, fragment):
    with pytest.raises(ValidationError) as error:
        funding_scheme_create(**fields(**changes))
    assert field in error.value.message_dict
    assert any(fragment in message for message in error.value.message_dict[field])
    assert not FundingScheme.objects.exists()


def test_save_is_idempotent():
    first = funding_scheme_save(**fields())
    second = funding_scheme_save(**fields(name_fr="Garantie France Active"))
    assert first.pk == second.pk
    assert FundingScheme.objects.get().name_fr == "Garantie France Active"


def test_stale_after_the_setting(settings):
    scheme = FundingSchemeFactory(checked_on=timezone.localdate() - datetime.timedelta(days=366))
    assert scheme.is_stale
    settings.TREMPLIN_LAUNCHPAD_STALE_DAYS = 400
    assert not scheme.is_stale
    assert not FundingSchemeFactory().is_stale


# CSV ---------------------------------------------------------------------------------------


HEADER = ",".join(CSV_COLUMNS)


def csv_of(*lines, header=HEADER):
    return ("\n".join([header, *lines]) + "\n").encode()


GOOD = (
    'garantie,Garantie,Guarantee,France Active,guarantee,"Garantit, un prêt",Guarantees,'
    "launch|consolidation,scic|scop,funding,84,,,200000,,yes,https://www.franceactive.org/,"
    "2026-11-01"
)


def test_import_creates_then_updates_by_slug(django_user_model):
    result = funding_schemes_import(file=csv_of(GOOD))
    assert (result.created, result.updated) == (1, 0)
    scheme = FundingScheme.objects.get()
    assert scheme.stages == ["launch", "consolidation"]
    assert scheme.legal_forms == ["scic", "scop"]
    assert scheme.regions == ["84"] and scheme.departements == []
    assert scheme.amount_min is None and scheme.amount_max == 200_000
    assert scheme.rolling and scheme.description_fr == "Garantit, un prêt"
    result = funding_schemes_import(file=csv_of(GOOD.replace("Garantie,", "Garantie FA,", 1)))
    assert (result.created, result.updated) == (0, 1)
    assert FundingScheme.objects.get().name_fr == "Garantie FA"


def test_import_with_only_the_required_columns():
    header = "slug,name_fr,funder,kind,description_fr,url,checked_on"
    line = "dla,DLA,État,support,Accompagnement gratuit,https://www.info-dla.fr/,2026-11-01"
    funding_schemes_import(file=csv_of(line, header=header))
    scheme = FundingScheme.objects.get()
    assert scheme.is_national and scheme.stages == [] and not scheme.rolling


def test_import_is_atomic_and_names_every_bad_line():
    existing = FundingSchemeFactory(slug="existant", name_fr="Avant")
    lines = [
        GOOD,  # line 2: fine
        GOOD.replace("garantie,", "autre,", 1).replace("guarantee,", "gift,", 1),  # 3: kind
        GOOD.replace("garantie,", "trois,", 1).replace("2026-11-01", "01/11/2026"),  # 4: date
        GOOD.replace("garantie,", "quatre,", 1).replace(",84,", ",99,"),  # 5: region
        "short,line",  # 6: columns
        GOOD,  # 7: the same slug again
        GOOD.replace("garantie,", "existant,", 1).replace("200000", "-5"),  # 8: amount
    ]
    with pytest.raises(FundingImportError) as error:
        funding_schemes_import(file=csv_of(*lines))
    messages = error.value.errors
    assert [message.split(" :")[0] for message in messages] == [
        "Ligne 3",
        "Ligne 4",
        "Ligne 5",
        "Ligne 6",
        "Ligne 7",
        "Ligne 8",
    ]
    assert "kind" in messages[0]
    assert "AAAA-MM-JJ" in messages[1]
    assert "99" in messages[2]
    assert "2 colonnes au lieu de 18" in messages[3]
    assert "figure déjà ligne 2" in messages[4]
    assert "montant entier positif" in messages[5]
    assert list(FundingScheme.objects.values_list("slug", "name_fr")) == [("existant", "Avant")]
    existing.refresh_from_db()
    assert existing.amount_max is None


def test_line_numbers_count_multiline_cells_and_blank_lines():
    multiline = GOOD.replace('"Garantit, un prêt"', '"Sur\ndeux lignes"')
    bad = GOOD.replace("garantie,", "autre,", 1).replace("scic|scop", "sarl")
    with pytest.raises(FundingImportError) as error:
        funding_schemes_import(file=csv_of(multiline, "", bad))
    assert error.value.errors[0].startswith("Ligne 5 :")
    assert "sarl" in error.value.errors[0]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "vide"),
        (csv_of(header="slug,name_fr,colour"), "colonnes inconnues : colour"),
        (csv_of(header="slug,name_fr"), "colonnes manquantes"),
        (csv_of(header=HEADER + ",slug"), "colonnes en double : slug"),
        (csv_of(), "aucun dispositif"),
        ("\xe9".encode("latin-1") + csv_of(GOOD), "UTF-8"),
    ],
)
def test_bad_files_are_refused(data, fragment):
    with pytest.raises(FundingImportError) as error:
        funding_schemes_import(file=data)
    assert fragment in " ".join(error.value.errors)
    assert not FundingScheme.objects.exists()


def test_import_bounds(settings):
    settings.TREMPLIN_FUNDING_IMPORT_MAX_ROWS = 2
    lines = [GOOD.replace("garantie,", f"g{n},", 1) for n in range(3)]
    with pytest.raises(FundingImportError, match="MAX_ROWS"):
        funding_schemes_import(file=csv_of(*lines))
    settings.TREMPLIN_FUNDING_IMPORT_MAX_TEXT_LENGTH = 10
    with pytest.raises(FundingImportError, match="dépasse 10 caractères"):
        funding_schemes_import(file=csv_of(lines[0]))
    settings.TREMPLIN_FUNDING_IMPORT_MAX_BYTES = 100
    with pytest.raises(FundingImportError, match="MAX_BYTES"):
        funding_schemes_import(file=csv_of(lines[0]))
    assert not FundingScheme.objects.exists()


def test_export_round_trip_and_formula_neutralising():
    FundingSchemeFactory(
        slug="formule",
        name_fr='=HYPERLINK("http://evil.example")',
        funder="@financeur",
        description_fr="-10 % sur tout",
        stages=["idea", "study"],
        departements=["2A", "974"],
        amount_min=1000,
        amount_max=5000,
        rolling=False,
        deadline=datetime.date(2027, 3, 31),
    )
    FundingSchemeFactory(slug="simple", legal_forms=["association"])
    data = funding_schemes_export()
    text = data.decode("utf-8-sig")
    assert data.startswith("\ufeff".encode())
    assert "'=HYPERLINK" in text and ",'@financeur," in text and "'-10 % sur tout" in text
    assert "idea|study" in text and "2A|974" in text and "2027-03-31" in text
    before = {
        scheme.slug: {column: getattr(scheme, column) for column in CSV_COLUMNS}
        for scheme in FundingScheme.objects.all()
    }
    FundingScheme.objects.all().delete()
    result = funding_schemes_import(file=data)
    assert result.created == 2
    after = {
        scheme.slug: {column: getattr(scheme, column) for column in CSV_COLUMNS}
        for scheme in FundingScheme.objects.all()
    }
    assert after == before
