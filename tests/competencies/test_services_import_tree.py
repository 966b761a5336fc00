"""The tree of a CASE package: a cycle and several parents are refused with the items named
(nothing dropped silently), the export gives back what was imported, and a deep chain is
imported with a number of queries that does not grow with its depth."""

import json
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from competencies.models import Competency
from competencies.services import framework_export, framework_import

from .conftest import framework_snapshot
from .test_services_import_errors import dump, refused


@pytest.fixture
def case_package(framework):
    return json.loads(framework_export(framework=framework, format="case"))


def _association(package, child, parent):
    """A new isChildOf association, as OpenSALT writes it."""
    identifier = str(uuid.uuid4())
    return {
        "identifier": identifier,
        "uri": f"urn:uuid:{identifier}",
        "associationType": "isChildOf",
        "originNodeURI": {"title": "x", "identifier": child, "uri": f"urn:uuid:{child}"},
        "destinationNodeURI": {"title": "y", "identifier": parent, "uri": f"urn:uuid:{parent}"},
        "lastChangeDateTime": "2025-01-01T00:00:00+00:00",
    }


def _ids(package, *codes):
    by_code = {item.get("humanCodingScheme"): item["identifier"] for item in package["CFItems"]}
    return [by_code[code] for code in codes]


def test_an_item_made_the_child_of_its_own_child_is_a_cycle_named(case_package):
    # A1 is under the document, A1.1 under A1: a second isChildOf puts A1 under A1.1.
    area, child = _ids(case_package, "A1", "A1.1")
    case_package["CFAssociations"].append(_association(case_package, area, child))
    message = refused(dump(case_package))
    assert "cycle dans l'arborescence" in message
    assert f"A1 (CFItem {area})" in message and f"A1.1 (CFItem {child})" in message


def test_a_second_parent_is_refused_not_dropped(case_package):
    child, first, second = _ids(case_package, "A1.1", "A1", "A2")
    case_package["CFAssociations"].append(_association(case_package, child, second))
    message = refused(dump(case_package))
    assert f"CFItem {child} : 2 parents (A1 (CFItem {first}), A2 (CFItem {second}))" in message
    assert "une seule association « isChildOf »" in message


def test_the_same_association_twice_is_one_parent(case_package, framework):
    before = framework_snapshot(framework)
    case_package["CFAssociations"].append(dict(case_package["CFAssociations"][1]))
    framework_import(data=dump(case_package))
    assert framework_snapshot(framework) == before


def test_export_gives_back_what_was_imported(case_package, framework):
    # CASE carries one language: the French export rebuilds the French tree.
    before = framework_snapshot(framework, languages=("fr",))
    exported = framework_export(framework=framework, format="case")
    Competency.objects.all().delete()
    framework_import(data=exported.encode())
    assert framework_snapshot(framework, languages=("fr",)) == before

    def tree(text):
        return [
            (a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"],
             a["sequenceNumber"])
            for a in json.loads(text)["CFAssociations"]
        ]  # fmt: skip

    assert tree(framework_export(framework=framework, format="case")) == tree(exported)


def chain_csv(depth, star=False):
    """A framework of `depth` items, each the child of the previous one (or, `star`, all
    children of the first)."""
    rows = ["Parent id number,Id number,Shortname,Is framework", ",urn:chain,Chaîne,1"]
    rows += [
        f"{(f'C{0 if star else n - 1}') if n else ''},C{n},Maillon {n},0" for n in range(depth)
    ]
    return ("\n".join(rows) + "\n").encode()


def _import_queries(data):
    with CaptureQueriesContext(connection) as queries:
        result = framework_import(data=data, format="csv")
    return result, len(queries.captured_queries)


def test_a_deep_chain_costs_the_queries_of_a_flat_tree(db, settings):
    """A 20,000-deep chain (allowed by raising the bounds) is inserted in batches: the query
    count grows with the rows, not with the depth (it used to be one INSERT per level, and a
    quadratic walk in Python): the same as 20,000 items under one parent."""
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_DEPTH = 30_000
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS = 30_000
    result, chain_queries = _import_queries(chain_csv(20_000))
    assert result.items_created == 20_000
    deepest = Competency.objects.get(code="C19999")
    assert deepest.parent.code == "C19998"
    # Imported again: nothing is created or deleted.
    again, _queries = _import_queries(chain_csv(20_000))
    assert again.items_created == again.items_deleted == 0
    Competency.objects.all().delete()
    star, star_queries = _import_queries(chain_csv(20_000, star=True))
    assert star.items_created == 20_000
    assert chain_queries == star_queries
    assert chain_queries < 20_000 / 50  # batches of rows, never a query per row or level


def test_the_depth_bound_is_checked_before_any_write(db, settings):
    settings.TREMPLIN_FRAMEWORK_IMPORT_MAX_DEPTH = 10
    message = refused(chain_csv(11), format="csv")
    assert "Ligne 13 : l'arborescence dépasse 10 niveaux de profondeur" in message
    assert "TREMPLIN_FRAMEWORK_IMPORT_MAX_DEPTH" in message
    framework_import(data=chain_csv(10), format="csv")
