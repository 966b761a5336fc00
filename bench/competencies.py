"""Competency framework import: a generated 2,000-item CASE package, time, queries, memory."""

import json
import time
import tracemalloc
import uuid

try:
    from bench.common import line, setup_django
except ModuleNotFoundError:  # run as a script: python bench/competencies.py
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.common import line, setup_django

N_ITEMS = 2000
N_AREAS = 40


def generated_package(n_items=N_ITEMS, n_areas=N_AREAS):
    doc = str(uuid.uuid4())
    doc_link = {"title": "Bench", "identifier": doc, "uri": f"urn:uuid:{doc}"}
    items, associations = [], []
    area_ids = []
    for index in range(n_items):
        identifier = str(uuid.uuid4())
        is_area = index < n_areas
        items.append({
            "identifier": identifier, "uri": f"urn:uuid:{identifier}",
            "fullStatement": f"Énoncé de compétence numéro {index} " + "lorem ipsum " * 8,
            "humanCodingScheme": f"B.{index}", "CFItemType": "Area" if is_area else "Competency",
            "notes": "Description " * 10, "lastChangeDateTime": "2025-01-01T00:00:00Z",
        })  # fmt: skip
        if is_area:
            area_ids.append(identifier)
            destination = doc_link
        else:
            parent = area_ids[index % n_areas]
            destination = {"title": "p", "identifier": parent, "uri": f"urn:uuid:{parent}"}
        associations.append({
            "identifier": str(uuid.uuid4()), "uri": f"urn:uuid:{uuid.uuid4()}",
            "associationType": "isChildOf", "sequenceNumber": index,
            "originNodeURI": {"title": "o", "identifier": identifier,
                              "uri": f"urn:uuid:{identifier}"},
            "destinationNodeURI": destination, "lastChangeDateTime": "2025-01-01T00:00:00Z",
        })  # fmt: skip
    package = {
        "CFDocument": {
            "identifier": doc, "uri": f"https://bench.example/{doc}", "creator": "Bench",
            "title": "Référentiel de banc d'essai", "lastChangeDateTime": "2025-01-01T00:00:00Z",
            "language": "fr",
        },
        "CFItems": items,
        "CFAssociations": associations,
    }  # fmt: skip
    return json.dumps(package).encode()


def measure(data):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from competencies.services import framework_import

    tracemalloc.start()
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as ctx:
        result = framework_import(data=data, format="case")
    elapsed = time.perf_counter() - start
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    transactions = sum(
        1 for q in ctx.captured_queries if q["sql"].upper().startswith(("BEGIN", "SAVEPOINT"))
    )
    return result, elapsed, peak, len(ctx.captured_queries), transactions


def main():
    setup_django()
    from competencies.models import Competency

    data = generated_package()
    print(f"CASE import of a generated {N_ITEMS}-item package ({len(data) / 1024:.0f} KB)")
    result, elapsed, peak, queries, transactions = measure(data)
    assert Competency.objects.count() == N_ITEMS
    line("first import (create) time", f"{elapsed * 1000:.0f}", " ms")
    line("first import peak memory (tracemalloc)", f"{peak / 1024 / 1024:.1f}", " MiB")
    line("first import SQL queries", queries)
    line("first import transactions (BEGIN/SAVEPOINT)", transactions)
    result, elapsed, peak, queries, transactions = measure(data)
    assert not result.created and Competency.objects.count() == N_ITEMS
    line("re-import (update in place) time", f"{elapsed * 1000:.0f}", " ms")
    line("re-import peak memory (tracemalloc)", f"{peak / 1024 / 1024:.1f}", " MiB")
    line("re-import SQL queries", queries)
    line("re-import transactions (BEGIN/SAVEPOINT)", transactions)


if __name__ == "__main__":
    main()
