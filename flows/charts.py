"""Charts of the data-quality and trend pages: Altair specs rendered offline to inline SVG.

vl-convert bundles Vega and renders in-process: no network, no CDN, no JavaScript in the page.
Its SVG escapes every text it draws (axis labels, titles, aria-labels), so the SVG is passed to
the templates as trusted Markup while everything else stays autoescaped.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import vl_convert
from markupsafe import Markup

YEAR = alt.X("report_year:O", title=None, axis=alt.Axis(labelAngle=0))


@dataclass(frozen=True)
class Chart:
    """What a template shows: a heading, a note and the SVG."""
    title: str
    svg: Markup
    note: str = ""


def to_svg(chart: alt.TopLevelMixin) -> Markup:
    return Markup(vl_convert.vegalite_to_svg(chart.to_dict()))


def _data(rows: Sequence[dict]) -> alt.Data:
    # inline values, not a DataFrame: no pandas round trip and no row limit on a large warehouse
    return alt.Data(values=[dict(r) for r in rows])


def grouped_bars(title: str, labels: Sequence[str], series: dict[str, Sequence[float]], colours: dict[str, str],
                 height: int = 140) -> Chart:
    """One group of bars per label (in the given order), one bar per series, with a legend."""
    rows = [{"label": label, "series": name, "value": values[i]}
            for i, label in enumerate(labels) for name, values in series.items()]
    colour = alt.Color("series:N", title=None, scale=alt.Scale(domain=list(colours), range=list(colours.values())),
                       legend=alt.Legend(orient="bottom", direction="vertical"))
    peak = max([v for values in series.values() for v in values] + [0])
    chart = alt.Chart(_data(rows)).mark_bar().encode(
        x=alt.X("label:N", sort=None, title=None, axis=alt.Axis(labelAngle=-40)),
        xOffset=alt.XOffset("series:N", sort=list(series)), y=count_axis(peak), color=colour,
    ).properties(height=height, width=alt.Step(14 * len(series) + 8))
    return Chart(title, to_svg(chart), f"(tallest bar {peak:g})")


def count_axis(peak: float) -> alt.Y:
    """A y axis of whole numbers: below 5 Vega would tick at 0.5 steps (a count of 1.5 files)."""
    if peak >= 5:
        return alt.Y("value:Q", title=None, axis=alt.Axis(format=",d"))
    top = max(math.ceil(peak), 1)
    return alt.Y("value:Q", title=None, scale=alt.Scale(domain=[0, top]),
                 axis=alt.Axis(values=list(range(top + 1)), format="d"))


def line_by_year(title: str, rows: Sequence[dict], value: str = "value", *, share: bool = False,
                 width: int = 160, height: int = 60) -> Chart:
    """A value (or a 0-1 share, shown in %) over report_year, one point per year. A share's axis
    starts at 0 and ends at the largest share: most metrics are stated by few bodies."""
    y_axis = alt.Axis(format="%" if share else "~s", tickCount=3)
    scale = alt.Scale(zero=share, nice=True)
    chart = alt.Chart(_data(rows)).mark_line(point=True).encode(
        x=alt.X("report_year:O", title=None, axis=alt.Axis(labelAngle=0, labelFontSize=9)),
        y=alt.Y(f"{value}:Q", title=None, axis=y_axis, scale=scale),
    ).properties(width=width, height=height)
    return Chart(title, to_svg(chart))


def log_ticks(peak: float) -> list[float]:
    """0, 1, 2, 5, 10, 20, 50 ... up to the first tick at or above `peak`: a symlog axis's own
    ticks bunch at the top."""
    ticks, step = [0.0], 1.0
    while ticks[-1] < peak:
        ticks += [m * step for m in (1, 2, 5) if m * step > ticks[-1]]
        step *= 10
    return [t for i, t in enumerate(ticks) if i == 0 or ticks[i - 1] < peak]


def distribution_by_year(title: str, rows: Sequence[dict], *, rate: bool = False) -> Chart:
    """Each body's value per year (grey ticks) under a min-max box plot of the year's values
    (median in red). Counts span orders of magnitude across bodies, so they get a symlog scale;
    rates stay 0-100 (or up to a completion past its target, 完成率103.84%)."""
    if rate:
        y = alt.Y("value:Q", title=None, scale=alt.Scale(domain=[0, max([100.0] + [r["value"] for r in rows])]))
    else:
        ticks = log_ticks(max((r["value"] for r in rows), default=1))
        y = alt.Y("value:Q", title=None, scale=alt.Scale(type="symlog", domain=[0, ticks[-1]]),
                  axis=alt.Axis(values=ticks, format="~s"))
    base = alt.Chart(_data(rows)).encode(x=YEAR, y=y)
    ticks_layer = base.mark_tick(color="#555", opacity=0.35, thickness=1, size=34)
    box = base.mark_boxplot(extent="min-max", size=24, opacity=0.6, median={"color": "#c62828", "strokeWidth": 2})
    return Chart(title, to_svg(alt.layer(ticks_layer, box).properties(width=alt.Step(70), height=240)))


def small_multiples(title: str, rows: Sequence[dict], years: Sequence[int], facet: str = "metric",
                    columns: int = 4) -> Chart:
    """One small line chart per `facet` value over the same `years` (a year without a figure
    stays a gap on the axis), each with its own y scale: metrics differ in unit and size."""
    x = alt.X("report_year:O", title=None, scale=alt.Scale(domain=list(years)), axis=alt.Axis(labelAngle=0))
    chart = alt.Chart(_data(rows)).mark_line(point=True).encode(
        x=x, y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=False), axis=alt.Axis(tickCount=3, format="~s")),
    ).properties(width=150, height=60).facet(
        facet=alt.Facet(f"{facet}:N", title=None, header=alt.Header(labelFontSize=12)), columns=columns,
    ).resolve_scale(y="independent")
    return Chart(title, to_svg(chart))
