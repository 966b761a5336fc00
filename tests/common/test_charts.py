"""common.charts: the geometry of a bar chart, every number written for SVG whatever the
language."""

import pytest
from django.utils import translation

from common.charts import Bar, Layout, Row, bar_chart, shorten, svg_number


@pytest.mark.parametrize(
    ("value", "text"),
    [(265.0, "265"), (0.5, "0.5"), (-3.125, "-3.12"), (1200000, "1200000"), (-0.001, "0")],
)
def test_svg_number(value, text):
    assert svg_number(value) == text


def test_shorten():
    assert shorten("abc", 3) == "abc"
    assert shorten("abcd efgh", 6) == "abcd…"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_geometry_is_language_independent(language):
    rows = [
        Row(label="Une compétence", bars=(Bar(2, "secondary"), Bar(1)), mark=3),
        Row(label="Une autre", bars=(Bar(0), Bar(0)), mark=1),
    ]
    layout = Layout(label_width=200, unit_width=90.5)
    with translation.override(language):
        chart = bar_chart(rows=rows, axis_labels=["A", "B", "C", "D"], layout=layout)
    assert chart.width == "582"  # 200 + 4 x 90.5 + 20
    assert chart.view_box == f"0 0 582 {chart.height}"
    assert [tick["label_x"] for tick in chart.ticks] == ["245.25", "335.75", "426.25", "516.75"]
    first, second = chart.rows
    assert [(bar["width"], bar["tone"]) for bar in first["bars"]] == [
        ("181", "secondary"),
        ("90.5", "primary"),
    ]
    assert first["mark"]["x"] == "471.5"
    assert second["bars"] == []  # nothing reached, nothing drawn


def test_values_beyond_the_axis_stop_at_its_end():
    chart = bar_chart(rows=[Row(label="x", bars=(Bar(9),), mark=-2)], axis_labels=["a", "b"])
    assert chart.rows[0]["bars"][0]["width"] == "180"
    assert chart.rows[0]["mark"]["x"] == "220"
