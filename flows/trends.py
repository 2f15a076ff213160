"""Trend pages over the analytics marts: DIR/index.html (each metric's coverage per year),
DIR/metrics/<metric>.html (values per year, biggest movers, bodies x years), DIR/orgs/<body>.html
(each metric of one body across years) and DIR/reports/ (the review pages every figure links to,
at its sentence). Read-only on the warehouse; self-contained pages, charts as inline SVG.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import quote

import duckdb

from flows import charts
from flows.pages import figure, render
from flows.report import dicts, write_review_pages
from flows.review import page_name

METRICS_SQL = """
select metric_code, name_zh, name_en, task, kind, unit_class, definition from core.dim_metric order by task, metric_code"""
# a body has one type, so adding the types' counts up counts each body once
COVERAGE_SQL = """
select metric_code, report_year, sum(bodies_reporting)::int as bodies_reporting, sum(bodies_with_report)::int as bodies_with_report
from analytics.metric_coverage group by all order by metric_code, report_year"""
COVERAGE_BY_TYPE_SQL = """
select metric_code, report_year, org_type, bodies_reporting, bodies_with_report, share, unit, median, q1, q3
from analytics.metric_coverage where bodies_reporting > 0 order by metric_code, report_year, org_type"""
VALUES_SQL = """
select org_key, org_name, org_type, province, city, county, metric_code, metric_name_zh, kind, unit, report_year,
       value, approx, value_rule, source_file, report_id, char_start, evidence
from analytics.org_metric_year order by metric_code, org_key, report_year"""
# both figures of a change link to their sentence: the previous year's row gives its report
MOVERS_SQL = """
select y.metric_code, y.org_key, y.org_name, y.unit, y.previous_year, y.previous_value, y.report_year, y.value,
       y.change, y.change_pct, y.years_apart,
       p.source_file as previous_source_file, p.report_id as previous_report_id, p.char_start as previous_char_start,
       c.source_file, c.report_id, c.char_start, c.approx, c.evidence, p.approx as previous_approx, p.evidence as previous_evidence
from analytics.metric_yoy y
join analytics.org_metric_year c on c.org_key = y.org_key and c.metric_code = y.metric_code and c.report_year = y.report_year
join analytics.org_metric_year p on p.org_key = y.org_key and p.metric_code = y.metric_code and p.report_year = y.previous_year
where y.comparable and y.change_pct is not null
qualify row_number() over (partition by y.metric_code order by abs(y.change_pct) desc, y.org_key, y.report_year) <= 10
order by y.metric_code, abs(y.change_pct) desc, y.org_key, y.report_year"""

APPROX_MARK = {"more_than": "{}+", "about": "≈{}"}  # 3000余份 -> 3000+ 份, 约200人 -> ≈200 人


def org_page_name(org_key: str) -> str:
    """'440111/景泰街道' -> '440111_景泰街道-<hash>.html': safe on every OS; the hash keeps two keys
    that differ only in unsafe characters apart."""
    digest = hashlib.sha1(org_key.encode("utf-8")).hexdigest()[:6]
    return re.sub(r"[^\w.-]+", "_", org_key).strip("._")[:80] + f"-{digest}.html"


def org_href(org_key: str, prefix: str = "../") -> str:
    return f"{prefix}orgs/{quote(org_page_name(org_key))}"


def metric_page_name(metric_code: str) -> str:
    return re.sub(r"[^\w.-]+", "_", metric_code) + ".html"  # catalogue codes are identifiers already


def metric_href(metric_code: str, prefix: str = "../") -> str:
    return f"{prefix}metrics/{quote(metric_page_name(metric_code))}"


def review_href(source_file: str, report_id: str, char_start: int, prefix: str = "../") -> str:
    """The figure's sentence on its report's review page (marks carry id='m<char_start>')."""
    return f"{prefix}reports/{quote(page_name(source_file, report_id))}#m{char_start}"


def stated(value: float | None, unit: str | None, approx: str | None = "exact") -> str:
    return f"{APPROX_MARK.get(approx or '', '{}').format(figure(value))} {unit or ''}".strip()


def figure_cell(row: dict, prefix: str = "../", key: str = "") -> dict:
    """A figure linked to its sentence; hovering shows the sentence. `key` picks the
    previous_* columns of a mover row."""
    value, approx = row[f"{key}value"], row.get(f"{key}approx", "exact")
    return {"href": review_href(row[f"{key}source_file"], row[f"{key}report_id"], row[f"{key}char_start"], prefix),
            "text": stated(value, row["unit"], approx), "title": row.get(f"{key}evidence") or ""}


def group_by(rows: Iterable[dict], key: str) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r[key]].append(r)
    return groups


def share_text(reporting: int, with_report: int) -> str:
    if not with_report:
        return "–"
    return f"{reporting}/{with_report} ({reporting / with_report:.0%})" if reporting else f"0/{with_report}"


def coverage_row(metric: dict, coverage: list[dict], years: list[int]) -> list:
    """The index's row of one metric: names linked to its page, coverage per year, a chart."""
    per_year = {c["report_year"]: c for c in coverage}
    cells = [share_text(per_year[y]["bodies_reporting"], per_year[y]["bodies_with_report"]) if y in per_year else "–"
             for y in years]
    points = [{"report_year": c["report_year"], "share": c["bodies_reporting"] / c["bodies_with_report"]}
              for c in coverage if c["bodies_with_report"]]
    trend = len(points) >= 2 and any(p["share"] for p in points)  # a flat line at 0% says nothing
    chart = charts.line_by_year("", points, "share", share=True, width=180, height=40) if trend else "–"
    return [{"href": metric_href(metric["metric_code"], ""), "text": metric["name_zh"]}, metric["name_en"], metric["task"],
            metric["definition"], *cells, chart]


def org_summaries(values: list[dict]) -> list[dict]:
    """One row per body with figures: its name, type, place, years and metrics reported."""
    out = []
    for org_key, rows in group_by(values, "org_key").items():
        first = rows[0]
        place = " ".join(p for p in (first["province"], first["city"], first["county"]) if p)
        years = sorted({r["report_year"] for r in rows})
        out.append({"org_key": org_key, "org_name": first["org_name"], "org_type": first["org_type"], "place": place,
                    "years": ", ".join(map(str, years)), "metrics": len({r["metric_code"] for r in rows})})
    return sorted(out, key=lambda o: (o["place"], o["org_name"] or "", o["org_key"]))


def render_trend_index(metrics: list[dict], coverage: list[dict], values: list[dict]) -> str:
    years = sorted({c["report_year"] for c in coverage})
    per_metric = group_by(coverage, "metric_code")
    rows = [coverage_row(m, per_metric.get(m["metric_code"], []), years) for m in metrics]
    bodies = [[{"href": org_href(o["org_key"], ""), "text": o["org_name"]}, o["org_key"], o["org_type"], o["place"],
               o["years"], o["metrics"]] for o in org_summaries(values)]
    return render("trends_index.html", title="法治政府建设 trends: metrics", years=years, metric_rows=rows,
                  body_rows=bodies, coverage_sql=COVERAGE_SQL.strip())


def main_unit(values: list[dict]) -> str | None:
    """The unit most figures of a metric are stated in (人 and 人次 are not put on one axis)."""
    counts: dict[str | None, int] = defaultdict(int)
    for v in values:
        counts[v["unit"]] += 1
    return max(counts, key=lambda u: (counts[u], u or "")) if counts else None


def distribution(metric: dict, values: list[dict]) -> charts.Chart | None:
    unit = main_unit(values)
    points = [{"report_year": v["report_year"], "value": v["value"]} for v in values if v["unit"] == unit]
    if not points:
        return None
    left_out = len(values) - len(points)
    chart = charts.distribution_by_year(f"{metric['name_zh']} per body and year ({unit})", points,
                                        rate=metric["kind"] == "rate")
    note = f"{left_out} figures in other units not shown" if left_out else ""
    return charts.Chart(chart.title, chart.svg, note)


def years_table(values: list[dict], row_key: str, label: Callable[[dict], dict], prefix: str = "../") -> tuple[list[str], list[list]]:
    """Pivot: one row per `row_key` value, one column per year, each figure linked to its sentence."""
    years = sorted({v["report_year"] for v in values})
    rows = []
    for _, group in group_by(values, row_key).items():
        per_year = {v["report_year"]: v for v in group}
        rows.append([label(group[0])] + [figure_cell(per_year[y], prefix) if y in per_year else None for y in years])
    return [""] + [str(y) for y in years], rows


def mover_rows(movers: list[dict]) -> list[list]:
    return [[{"href": org_href(m["org_key"]), "text": m["org_name"]}, m["previous_year"], figure_cell(m, key="previous_"),
             m["report_year"], figure_cell(m), figure(m["change"]), f"{m['change_pct']:+g}%", m["years_apart"]]
            for m in movers]


def coverage_rows(coverage: list[dict]) -> list[list]:
    return [[c["report_year"], c["org_type"], c["bodies_reporting"], c["bodies_with_report"], f"{c['share']:.0%}", c["unit"],
             figure(c["q1"]), figure(c["median"]), figure(c["q3"])] for c in coverage]


def render_metric_page(metric: dict, values: list[dict], coverage: list[dict], movers: list[dict]) -> str:
    """values: the metric's analytics.org_metric_year rows; coverage: its metric_coverage rows
    (by body type); movers: its biggest comparable year-on-year changes."""
    columns, rows = years_table(values, "org_key", lambda v: {"href": org_href(v["org_key"]), "text": v["org_name"]})
    code = "'" + metric["metric_code"].replace("'", "''") + "'"
    return render("trends_metric.html", title=f"{metric['name_zh']} ({metric['metric_code']})", metric=metric,
                  chart=distribution(metric, values), coverage_rows=coverage_rows(coverage), mover_rows=mover_rows(movers),
                  columns=columns, rows=rows, values_sql=f"select * from analytics.org_metric_year where metric_code = {code}",
                  movers_sql=f"select * from analytics.metric_yoy where metric_code = {code} and comparable\n"
                             "order by abs(change_pct) desc nulls last limit 10")


def org_trend_chart(values: list[dict]) -> charts.Chart | None:
    """A small line per metric the body stated in at least two years (in one unit)."""
    points = []
    for _, rows in group_by(values, "metric_code").items():
        unit = main_unit(rows)
        same_unit = [r for r in rows if r["unit"] == unit]
        if len({r["report_year"] for r in same_unit}) >= 2:
            points += [{"metric": f"{r['metric_name_zh']} ({unit})", "report_year": r["report_year"], "value": r["value"]}
                       for r in same_unit]
    years = sorted({r["report_year"] for r in values})
    return charts.small_multiples("metrics stated in two or more years", points, years) if points else None


def render_org_page(org: dict, values: list[dict]) -> str:
    """org: the body's summary (org_summaries); values: its analytics.org_metric_year rows."""
    columns, rows = years_table(values, "metric_code",
                                lambda v: {"href": metric_href(v["metric_code"]), "text": v["metric_name_zh"]})
    key = "'" + org["org_key"].replace("'", "''") + "'"
    return render("trends_org.html", title=f"{org['org_name']} ({org['org_key']})", org=org, chart=org_trend_chart(values),
                  columns=columns, rows=rows,
                  values_sql=f"select * from analytics.org_metric_year where org_key = {key} order by metric_code, report_year")


def clear(folder: Path) -> Path:
    """The folder, emptied of the pages of metrics and bodies the warehouse no longer holds."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.html"):
        stale.unlink()
    return folder


def write_trends(warehouse: Path, out: Path) -> Path:
    """Write every trend page and the review pages they link to; returns DIR/index.html."""
    out.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        metrics = dicts(con.execute(METRICS_SQL))
        coverage, by_type = dicts(con.execute(COVERAGE_SQL)), dicts(con.execute(COVERAGE_BY_TYPE_SQL))
        values, movers = dicts(con.execute(VALUES_SQL)), dicts(con.execute(MOVERS_SQL))
        write_review_pages(con, out, back="trend pages")
    write_metric_pages(out, metrics, values, by_type, movers)
    write_org_pages(out, values)
    (out / "index.html").write_text(render_trend_index(metrics, coverage, values), encoding="utf-8")
    return out / "index.html"


def write_metric_pages(out: Path, metrics: list[dict], values: list[dict], coverage: list[dict], movers: list[dict]) -> None:
    folder = clear(out / "metrics")
    values_of, coverage_of, movers_of = group_by(values, "metric_code"), group_by(coverage, "metric_code"), group_by(movers, "metric_code")
    for m in metrics:
        code = m["metric_code"]
        page = render_metric_page(m, values_of.get(code, []), coverage_of.get(code, []), movers_of.get(code, []))
        (folder / metric_page_name(code)).write_text(page, encoding="utf-8")


def write_org_pages(out: Path, values: list[dict]) -> None:
    folder = clear(out / "orgs")
    values_of = group_by(values, "org_key")
    for org in org_summaries(values):
        page = render_org_page(org, values_of[org["org_key"]])
        (folder / org_page_name(org["org_key"])).write_text(page, encoding="utf-8")
