"""Geometry of server-rendered SVG charts, with every number already written as SVG expects it.

A chart here is plain data: the include `common/includes/bar_chart.svg.html` draws it. Each
coordinate is a string formatted in Python with a decimal point and no grouping, so the
template never localises it (in French Django would write `265,0`, which SVG reads as two
numbers). Callers give values in the chart's own units (a level step, a count, a percentage)
and the labels in the active language; the texts the chart is named by (`<title>`, `<desc>`)
come from the caller's template, and an accessible table next to the chart carries the same
data.

Used by the competency gap chart (competencies), later by the cohort and launchpad charts.
"""

from dataclasses import dataclass, field


def svg_number(value):
    """`value` as an SVG number: at most two decimals, a point, no grouping, no exponent.

    >>> svg_number(265.0), svg_number(0.5), svg_number(-3.125), svg_number(1200000)
    ('265', '0.5', '-3.12', '1200000')
    """
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def shorten(text, size):
    """`text` cut to `size` characters with an ellipsis (chart labels have a fixed width)."""
    text = str(text)
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


@dataclass(frozen=True)
class Bar:
    """A bar drawn from 0 to `value`; `tone` names its class (`chart-bar--<tone>`) and colour:
    "primary" (what is achieved), "secondary" (what is under way)."""

    value: float
    tone: str = "primary"


@dataclass(frozen=True)
class Row:
    """One row: a label, bars drawn over each other in order (put the longest first), and an
    optional mark (a target) at `mark`."""

    label: str
    bars: tuple = ()
    mark: float | None = None


@dataclass(frozen=True)
class Layout:
    """Sizes in SVG user units."""

    label_width: int = 220
    unit_width: int = 90  # width of one unit of value
    row_height: int = 28
    bar_height: int = 14
    top: int = 34  # room for the axis labels
    right: int = 20
    bottom: int = 10
    label_size: int = 30  # characters of a row label before it is cut


@dataclass(frozen=True)
class BarChart:
    """What the include draws: every number a string (svg_number)."""

    width: str
    height: str
    view_box: str
    axis_y: str
    ticks: list = field(default_factory=list)  # [{"x", "label_x", "label"}]
    rows: list = field(default_factory=list)  # [{"label", "label_x", "text_y", "bars", "mark"}]


def bar_chart(*, rows, axis_labels, layout=None):
    """A horizontal bar chart: one line per row, an axis with one tick per unit of value
    (`axis_labels[i]` names the unit ending at i + 1, e.g. a proficiency level).

    `rows` are Row; values beyond the axis are drawn to the axis end."""
    layout = layout or Layout()
    units = max(len(axis_labels), 1)
    width = layout.label_width + units * layout.unit_width + layout.right
    height = layout.top + len(rows) * layout.row_height + layout.bottom

    def x_of(value):
        return layout.label_width + min(max(float(value), 0), units) * layout.unit_width

    ticks = [
        {
            "x": svg_number(x_of(position)),
            "label_x": svg_number(x_of(position - 0.5)),
            "label": label,
        }
        for position, label in enumerate(axis_labels, start=1)
    ]
    drawn = []
    for index, row in enumerate(rows):
        y = layout.top + index * layout.row_height
        bars = [
            {
                "x": svg_number(layout.label_width),
                "y": svg_number(y + 2),
                "width": svg_number(x_of(bar.value) - layout.label_width),
                "height": svg_number(layout.bar_height),
                "tone": bar.tone,
            }
            for bar in row.bars
            if bar.value > 0
        ]
        mark = None
        if row.mark is not None:
            mark = {
                "x": svg_number(x_of(row.mark)),
                "y1": svg_number(y),
                "y2": svg_number(y + layout.bar_height + 4),
            }
        drawn.append(
            {
                "label": shorten(row.label, layout.label_size),
                "label_x": svg_number(layout.label_width - 8),
                "text_y": svg_number(y + layout.bar_height - 2),
                "bars": bars,
                "mark": mark,
            }
        )
    return BarChart(
        width=svg_number(width),
        height=svg_number(height),
        view_box=f"0 0 {svg_number(width)} {svg_number(height)}",
        axis_y=svg_number(layout.top - 10),
        ticks=ticks,
        rows=drawn,
    )
