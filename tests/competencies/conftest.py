from pathlib import Path

import pytest

from competencies.formats.spec import FrameworkSpec, ItemSpec, LevelSpec
from competencies.services import framework_apply

DATA = Path(__file__).parent / "data"
CASE_SAMPLES = DATA / "case"


@pytest.fixture(scope="session")
def shared_case_dir():
    """The OpenSALT CASE packages and the CFPackage schema, shipped in tests/ (MIT, see its
    README): the interoperability tests always run."""
    assert (CASE_SAMPLES / "case-v1p0-cfpackage-schema.json").is_file()
    return CASE_SAMPLES


@pytest.fixture
def example_csv():
    return (DATA / "numerique-responsable.csv").read_bytes()


def framework_spec(identifier="https://tremplin.example/referentiels/nr", n_areas=2, n_each=3):
    items = []
    for a in range(1, n_areas + 1):
        items.append(
            ItemSpec(
                key=f"A{a}", code=f"A{a}", kind="area",
                title={"fr": f"Domaine {a}", "en": f"Area {a}"},
                description={"fr": f"Description du domaine {a}", "en": f"Area {a} text"},
            )
        )  # fmt: skip
        for c in range(1, n_each + 1):
            items.append(
                ItemSpec(
                    key=f"A{a}.{c}", code=f"A{a}.{c}", kind="competency", parent_key=f"A{a}",
                    title={"fr": f"Compétence {a}.{c}", "en": f"Competency {a}.{c}"},
                    description={"fr": f"Savoir faire {a}.{c}", "en": f"Know how {a}.{c}"},
                )
            )  # fmt: skip
    levels = [
        LevelSpec(code=code, name={"fr": fr, "en": en}, descriptor={"fr": f"{fr}…", "en": en},
                  proficient=code == "maitriser")
        for code, fr, en in [("decouvrir", "Découvrir", "Discover"),
                             ("pratiquer", "Pratiquer", "Practise"),
                             ("maitriser", "Maîtriser", "Master"),
                             ("transmettre", "Transmettre", "Pass on")]
    ]  # fmt: skip
    return FrameworkSpec(
        identifier=identifier,
        name={"fr": "Compétences du numérique responsable", "en": "Responsible digital skills"},
        version="1.0",
        source={"fr": "Tremplin", "en": "Tremplin"},
        licence="https://creativecommons.org/licenses/by-sa/4.0/",
        description={"fr": "Un référentiel d'essai.", "en": "A test framework."},
        levels=levels,
        items=items,
        match_items_by="code",
    )


@pytest.fixture
def framework(db):
    return framework_apply(spec=framework_spec()).framework


def framework_snapshot(framework, languages=("fr", "en")):
    """Everything an export should carry, language by language, keyed by code/uuid."""
    framework.refresh_from_db()
    items = list(framework.items.order_by("sort_order", "pk"))
    by_pk = {item.pk: item for item in items}
    return {
        "identifier": framework.identifier,
        "version": framework.version,
        "licence": framework.licence,
        "texts": {
            lang: (framework.localized("name", lang), framework.localized("description", lang))
            for lang in languages
        },
        "levels": [
            (
                level.is_proficient_threshold,
                *[
                    (level.localized("name", lang), level.localized("descriptor", lang))
                    for lang in languages
                ],
            )
            for level in framework.levels.all()
        ],  # fmt: skip
        "items": sorted(
            (
                item.code or str(item.uuid),
                item.kind,
                (by_pk[item.parent_id].code or str(by_pk[item.parent_id].uuid))
                if item.parent_id
                else None,
                item.sort_order,
                tuple(
                    (item.localized("title", lang), item.localized("description", lang))
                    for lang in languages
                ),
            )
            for item in items
        ),
    }


def row_counts():
    from competencies.models import Competency, Framework, ProficiencyLevel

    return (
        Framework.objects.count(),
        Competency.objects.count(),
        ProficiencyLevel.objects.count(),
    )


# Learner competency profile fixtures (courses mapped to the framework above).
from .profile_fixtures import catalogue, framework_items, learner, mapped_course, scale  # noqa: E402, F401
