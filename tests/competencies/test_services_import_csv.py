import csv
import io

from competencies.formats.moodle_csv import HEADERS
from competencies.models import Competency, Framework
from competencies.services import framework_export, framework_import

from .conftest import framework_snapshot, row_counts


def test_moodle_style_csv_imports_tree_kinds_scale_and_descriptions(db, example_csv):
    result = framework_import(data=example_csv)
    framework = result.framework
    assert result.created and result.items_created == 6
    assert framework.identifier == "NR-ESS"
    assert framework.name == "Numérique responsable en ESS"
    # Description format 1 (HTML): tags are stripped.
    assert framework.description == "Référentiel d’essai : sobriété, accessibilité et réemploi."
    # Taxonomy "domain,competency,competency": top level are areas.
    assert set(framework.items.areas().values_list("code", flat=True)) == {"SOB", "ACC"}
    deep = Competency.objects.get(code="SOB-2-a")
    assert deep.kind == Competency.Kind.COMPETENCY
    assert deep.parent.code == "SOB-2" and deep.parent.parent.code == "SOB"
    assert [c.code for c in Competency.objects.get(code="SOB").children.order_by("sort_order")] == [
        "SOB-1",
        "SOB-2",
    ]
    levels = list(framework.levels.all())
    assert [level.name for level in levels] == [
        "Découvrir",
        "Pratiquer",
        "Maîtriser",
        "Transmettre",
    ]
    # Scale configuration: values 3 and 4 are proficient, so "Maîtriser" is the threshold.
    assert [level.is_proficient_threshold for level in levels] == [False, False, True, False]
    assert [level.code for level in levels] == [
        "decouvrir",
        "pratiquer",
        "maitriser",
        "transmettre",
    ]


def test_csv_reimport_updates_by_identifier(db, example_csv):
    first = framework_import(data=example_csv).framework
    pks = set(Competency.objects.values_list("pk", flat=True))
    changed = example_csv.replace(b"Appliquer le RGAA", b"Appliquer le RGAA 4.1")
    result = framework_import(data=changed)
    assert result.framework.pk == first.pk and not result.created
    assert set(Competency.objects.values_list("pk", flat=True)) == pks
    assert Competency.objects.get(code="ACC-1").title == "Appliquer le RGAA 4.1"
    assert row_counts() == (1, 6, 4)


def test_csv_export_has_moodle_columns_and_round_trips(framework):
    before = framework_snapshot(framework, languages=("fr",))
    text = framework_export(framework=framework, format="csv", language="fr")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == HEADERS
    assert rows[1][HEADERS.index("Is framework")] == "1"
    assert rows[1][HEADERS.index("Taxonomy")] == "domain,competency"
    assert rows[1][HEADERS.index("Scale values")] == "Découvrir,Pratiquer,Maîtriser,Transmettre"
    assert len(rows) == 2 + framework.items.count()
    Framework.objects.all().delete()
    framework = framework_import(data=text.encode(), format="csv").framework
    after = framework_snapshot(framework, languages=("fr",))
    # Moodle's CSV has no columns for version, licence or level descriptors.
    for snapshot in (before, after):
        del snapshot["version"], snapshot["licence"]
    before["levels"] = [(flag, (name, "")) for flag, (name, _d) in before["levels"]]
    after["levels"] = [(flag, (name, "")) for flag, (name, _d) in after["levels"]]
    assert after == before


def test_csv_in_english_updates_only_the_english_texts(framework):
    text = framework_export(framework=framework, format="csv", language="en")
    text = text.replace("Competency 1.1", "Competency one one")
    framework_import(data=text.encode(), format="csv", language="en")
    item = Competency.objects.get(code="A1.1")
    assert item.title_en == "Competency one one"
    assert item.title_fr == "Compétence 1.1"
    # Level codes and French names are kept when an English scale comes in.
    assert list(framework.levels.values_list("code", "name_fr", "name_en"))[1] == (
        "pratiquer",
        "Pratiquer",
        "Practise",
    )
