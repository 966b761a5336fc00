"""Property-based: random and mutated files never crash an import nor half-apply it."""

import json
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from competencies.services import FrameworkImportError, framework_export, framework_import

from .conftest import framework_spec, row_counts

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


def attempt(data, **kwargs):
    """Import; either it succeeds or it raises FrameworkImportError with the DB unchanged."""
    before = row_counts()
    try:
        framework_import(data=data, **kwargs)
    except FrameworkImportError as exc:
        assert exc.errors and all(str(error) for error in exc.errors)
        assert row_counts() == before
        return False
    return True


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes(framework, data):
    attempt(data, format="case")
    attempt(data, format="csv")


@FUZZ
@given(value=json_values)
def test_random_json(framework, value):
    attempt(json.dumps(value).encode(), format="case")


def mutate(node, rng, depth=0):
    """Delete, retype or replace one random part of a JSON document."""
    if isinstance(node, dict) and node and depth < 6:
        key = rng.choice(list(node))
        choice = rng.random()
        if choice < 0.3:
            del node[key]
        elif choice < 0.5:
            node[key] = rng.choice([None, 0, "", [], {}, "x" * 300, "00000000-0000-0000-0000-0"])
        else:
            mutate(node[key], rng, depth + 1)
    elif isinstance(node, list) and node and depth < 6:
        index = rng.randrange(len(node))
        choice = rng.random()
        if choice < 0.2:
            node.pop(index)
        elif choice < 0.4:
            node.append(node[index])  # duplicates
        else:
            mutate(node[index], rng, depth + 1)


@FUZZ
@given(seed=st.integers(min_value=0, max_value=2**32), rounds=st.integers(1, 4))
def test_mutated_case_package(framework, seed, rounds):
    rng = random.Random(seed)
    package = json.loads(framework_export(framework=framework, format="case"))
    for _round in range(rounds):
        mutate(package, rng)
    attempt(json.dumps(package).encode(), format="case")


@FUZZ
@given(seed=st.integers(min_value=0, max_value=2**32), rounds=st.integers(1, 6))
def test_mutated_csv(framework, seed, rounds):
    rng = random.Random(seed)
    text = framework_export(framework=framework, format="csv")
    for _round in range(rounds):
        position = rng.randrange(len(text))
        action = rng.random()
        if action < 0.4:
            text = text[:position] + text[position + rng.randint(1, 20) :]
        elif action < 0.8:
            text = text[:position] + rng.choice([",", '"', "\n", "A1", ";", "1"]) + text[position:]
        else:
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
    attempt(text.encode(), format="csv")


def test_a_spec_with_every_kind_of_content_still_imports(db):
    # Guard for the fuzz tests above: the unmutated exports do import.
    from competencies.services import framework_apply

    framework = framework_apply(spec=framework_spec(n_areas=3, n_each=4)).framework
    for format_ in ("case", "csv"):
        assert attempt(framework_export(framework=framework, format=format_).encode(),
                       format=format_)  # fmt: skip


cell_values = (
    st.text(max_size=40)
    | st.sampled_from(["", "0", "1", "-100", "null", "\x00", "1e999", "domain,competency"])
    | json_values.map(json.dumps)
    | st.integers(min_value=0, max_value=3000).map(lambda depth: "[" * depth + "]" * depth)
    | st.builds(
        lambda ident, proficient: json.dumps(
            [{"scaleid": "1"}, {"id": ident, "scaledefault": 1, "proficient": proficient}]
        ),
        st.integers(min_value=-200, max_value=200),
        st.sampled_from([0, 1, "1", None, "x"]),
    )
)


@FUZZ
@given(data=st.data())
def test_every_cell_of_the_csv_format(framework, data):
    """Any cell of Moodle's 14 columns, on the framework row or an item row, replaced by any
    value: the import succeeds or refuses cleanly (it used to crash on a proficient id of -100
    or a JSON cell nested 10,000 deep)."""
    import csv
    import io

    from competencies.formats.moodle_csv import HEADERS

    rows = list(csv.reader(io.StringIO(framework_export(framework=framework, format="csv"))))
    assert rows[0] == HEADERS
    for _round in range(data.draw(st.integers(1, 3))):
        line = data.draw(st.integers(1, len(rows) - 1))
        column = data.draw(st.sampled_from(HEADERS))
        rows[line][HEADERS.index(column)] = data.draw(cell_values)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    attempt(out.getvalue().encode(), format="csv")
