import json
import uuid

import jsonschema
import pytest

from competencies.models import Competency, Framework
from competencies.services import framework_export, framework_import

from .conftest import framework_snapshot, row_counts

SHARED_FILES = [
    "EmptyExternalFramework.json",
    "ItemTypeTestFramework.json",
    "MarkdownFramework.json",
    "SmartLevelFramework.json",
    "Utf8TestFramework.json",
    "opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json",
]


@pytest.fixture(scope="module")
def cfpackage_schema(shared_case_dir):
    return json.loads((shared_case_dir / "case-v1p0-cfpackage-schema.json").read_text())


def read(shared_case_dir, name):
    return (shared_case_dir / name).read_bytes()


@pytest.mark.parametrize("name", SHARED_FILES)
def test_every_opensalt_package_imports_and_its_export_is_a_valid_cfpackage(
    db, shared_case_dir, cfpackage_schema, name
):
    package = json.loads(read(shared_case_dir, name))
    result = framework_import(data=read(shared_case_dir, name))
    framework = result.framework
    assert result.created
    assert framework.case_uuid == uuid.UUID(package["CFDocument"]["identifier"])
    assert framework.identifier == package["CFDocument"]["uri"]
    assert framework.items.count() == len(package["CFItems"])
    exported = json.loads(framework_export(framework=framework, format="case"))
    jsonschema.Draft4Validator(cfpackage_schema).validate(exported)
    assert {item["identifier"] for item in exported["CFItems"]} == {
        item["identifier"] for item in package["CFItems"]
    }


def test_smart_level_tree_and_order(db, shared_case_dir):
    framework = framework_import(data=read(shared_case_dir, "SmartLevelFramework.json")).framework
    roots = list(framework.items.filter(parent=None).order_by("sort_order"))
    assert [item.title for item in roots] == ["Item 1", "Item 2"]
    assert all(item.kind == Competency.Kind.AREA for item in roots)
    children = list(roots[0].children.order_by("sort_order"))
    assert [child.title for child in children] == [f"Item 1.{n}" for n in range(1, 11)]
    assert all(child.kind == Competency.Kind.COMPETENCY for child in children)
    assert roots[1].children.count() == 2


def test_opensalt_framework_codes_types_and_nested_parents(db, shared_case_dir):
    name = "opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json"
    framework = framework_import(data=read(shared_case_dir, name)).framework
    assert framework.name == "What Standards Could Be"
    cluster = Competency.objects.get(framework=framework, code="CCSS.Math.Content.6.RP.A")
    assert cluster.kind == Competency.Kind.AREA  # CFItemType "Cluster"
    standard = Competency.objects.get(framework=framework, code="CCSS.Math.Content.6.RP.A.1")
    assert standard.kind == Competency.Kind.COMPETENCY  # CFItemType "Standard"
    assert standard.parent == cluster
    assert "ratio of wings to beaks" in standard.description_en
    assert standard.title_en.startswith("Understand the concept of a ratio")
    assert "en" in framework.language_list
    # Only isChildOf associations shape the tree; the other types are ignored.
    assert framework.items.filter(parent=None).count() == 2


def test_item_type_standard_is_a_competency_and_utf8_survives(db, shared_case_dir):
    framework_import(data=read(shared_case_dir, "ItemTypeTestFramework.json"))
    assert Competency.objects.get().kind == Competency.Kind.COMPETENCY
    framework = framework_import(data=read(shared_case_dir, "Utf8TestFramework.json")).framework
    # Same CFDocument identifier and uri as the previous file: the framework is updated.
    assert Framework.objects.count() == 1
    assert framework.name_fr == "UTF8 𝑑 Test"
    assert Competency.objects.get().title == "Item 𝑑 1"


def test_reimport_updates_in_place(db, shared_case_dir):
    data = read(shared_case_dir, "SmartLevelFramework.json")
    first = framework_import(data=data).framework
    pks = set(Competency.objects.values_list("pk", flat=True))
    package = json.loads(data)
    package["CFItems"][0]["fullStatement"] = "Premier élément"
    second = framework_import(data=json.dumps(package).encode())
    assert second.framework.pk == first.pk
    assert not second.created
    assert (second.items_created, second.items_updated, second.items_deleted) == (0, 14, 0)
    assert set(Competency.objects.values_list("pk", flat=True)) == pks
    assert Competency.objects.filter(title_fr="Premier élément").count() == 1


def test_reimport_deletes_items_gone_from_the_file(db, shared_case_dir):
    data = json.loads(read(shared_case_dir, "SmartLevelFramework.json"))
    framework_import(data=json.dumps(data).encode())
    gone = data["CFItems"].pop()["identifier"]
    data["CFAssociations"] = [
        a for a in data["CFAssociations"] if a["originNodeURI"]["identifier"] != gone
    ]
    result = framework_import(data=json.dumps(data).encode())
    assert result.items_deleted == 1
    assert not Competency.objects.filter(uuid=gone).exists()


def test_case_round_trip_gives_back_the_same_framework(framework, shared_case_dir):
    schema = json.loads((shared_case_dir / "case-v1p0-cfpackage-schema.json").read_text())
    before = framework_snapshot(framework)
    french = framework_export(framework=framework, format="case", language="fr")
    english = framework_export(framework=framework, format="case", language="en")
    for text in (french, english):
        jsonschema.Draft4Validator(schema).validate(json.loads(text))
    Framework.objects.all().delete()
    assert row_counts() == (0, 0, 0)
    framework_import(data=french.encode())
    result = framework_import(data=english.encode())
    assert not result.created
    after = framework_snapshot(result.framework)
    assert after == before


def test_export_then_import_onto_itself_changes_nothing(framework):
    before = framework_snapshot(framework)
    pks = set(framework.items.values_list("pk", flat=True))
    text = framework_export(framework=framework, format="case", language="fr")
    result = framework_import(data=text.encode())
    assert result.framework.pk == framework.pk
    assert set(framework.items.values_list("pk", flat=True)) == pks
    assert framework_snapshot(framework) == before


def test_english_file_creating_a_framework_fills_the_french_source_fields(framework):
    text = framework_export(framework=framework, format="case", language="en")
    Framework.objects.all().delete()
    framework = framework_import(data=text.encode()).framework
    assert framework.name_fr == framework.name_en == "Responsible digital skills"
    assert framework.language_list == ["en"]
