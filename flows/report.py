"""The data-quality report of a run: DIR/index.html (can last night's run be trusted, and
where did it fail), DIR/reports/<report>.html (one review page per report) and DIR/summary.md
for terminals and chat. Read-only on the warehouse; every section shows its SQL.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb

from flows import charts, review
from flows.pages import macros, render

FILES_SQL = """
select source_file, status, reason, bytes from dq.files
where run_id = $run and status not in ('loaded', 'unchanged') order by status, source_file"""
FILE_STATUS_SQL = "select status, count(*) as files from dq.files where run_id = $run group by status order by files desc"
CHECKS_SQL = """
select suite, expectation, column_name, severity, success, observed_value, unexpected_count, element_count,
       round(unexpected_percent, 2) as unexpected_percent, threshold, description
from dq.check_results where run_id = $run order by success, severity, suite, expectation, column_name"""
FAILED_ROWS_SQL = """
select f.severity, f.expectation, f.source_file, f.report_id, f.char_start, f.char_end,
       greatest(f.char_start - 40, 0) as snippet_start,
       substr(r.text, greatest(f.char_start - 40, 0) + 1, f.char_end - greatest(f.char_start - 40, 0) + 40) as snippet,
       f.row_json
from dq.failed_rows f left join raw.reports r using (report_id)
where f.run_id = $run order by f.severity, f.expectation, f.source_file, f.char_start limit 300"""
REASONS_SQL = """
select issue, reason, count(*) as n, count(distinct source_file) as files, any_value(token) as example
from dq.extraction_issues where run_id = $run group by issue, reason order by n desc limit 25"""
UNPARSED_SQL = """
select source_file, token, char_start, detail as sentence from dq.extraction_issues
where run_id = $run and issue = 'unparsed_number' order by source_file, char_start limit 200"""
ORGS_SQL = """
select issue, source_file, token as body_as_read, detail as candidates_or_conflict, reason
from dq.extraction_issues where run_id = $run and (issue = 'no_org' or starts_with(issue, 'org_'))
order by issue, source_file limit 200"""
RUNS_SQL = """
select run_id, started_at, status, extractor_version, files_seen, reports_loaded, reports_unchanged,
       facts_event + facts_count + facts_rate as facts_loaded, facts_in_warehouse, facts_quarantined,
       mentions_unparsed, files_quarantined, checks_failed, error
from dq.runs order by started_at desc limit 20"""
REPORTS_SQL = """
select r.source_file, r.report_id, r.org_name, r.report_year, r.loaded_run_id,
       count(*) filter (where m.status = 'fact') as fact_numbers,
       count(*) filter (where m.status = 'skipped') as skipped, count(*) filter (where m.status = 'unparsed') as unparsed
from core.dim_report r left join raw.mentions m using (report_id)
group by all order by unparsed desc, r.source_file"""


@dataclass
class Section:
    title: str
    sql: str
    columns: list[str]
    rows: list[tuple]


def query(con: duckdb.DuckDBPyConnection, title: str, sql: str, run_id: str) -> Section:
    cur = con.execute(sql, {"run": run_id} if "$run" in sql else None)
    return Section(title, sql.replace("$run", "'" + run_id.replace("'", "''") + "'"), [d[0] for d in cur.description], cur.fetchall())


def verdict(run: dict) -> tuple[str, str]:
    """(css class, words) for the header: can the run be trusted as it is?"""
    if run["status"] != "succeeded":
        return "failed", f"run {run['status']}: {run.get('error') or 'see the Prefect log'}"
    issues = {"files not loaded": run["files_quarantined"], "fact rows quarantined": run["facts_quarantined"],
              "numbers unparsed": run["mentions_unparsed"], "checks failed": run["checks_failed"]}
    open_issues = [f"{n} {what}" for what, n in issues.items() if n]
    return ("review", "succeeded, to review: " + ", ".join(open_issues)) if open_issues else ("ok", "succeeded, nothing to review")


def snippet_cell(row: dict) -> dict:
    """The failing span inside its sentence (40 characters either side), for a table cell."""
    if row["snippet"] is None or row["char_start"] is None:
        return {"css": "note", "text": "(report-level check)"}
    a, b = row["char_start"] - row["snippet_start"], row["char_end"] - row["snippet_start"]
    s = row["snippet"]
    return {"before": s[:a], "marked": s[a:b], "after": s[b:]}


def snippet_html(row: dict) -> str:
    return macros().cell(snippet_cell(row))


# Runs before the fix in expectations.runner wrote a logger name as every check's suite. The
# suites of those runs are known, so the column tells which suite a check belonged to.
REPORT_SUITE_COLUMNS = {"report_year", "org_name", "org_key", "has_facts_if_numbers", "fact_count_stable"}


def suite_name(suite: str | None, expectation: str, column: str | None) -> str:
    if suite is None or "." not in suite:
        return suite or ""
    if column == "report_id":  # both suites check it is not null (those runs merged the two rows); only reports' is unique
        return "facts, reports" if expectation == "expect_column_values_to_not_be_null" else "reports"
    return "reports" if column in REPORT_SUITE_COLUMNS else "facts"


def check_result(r: dict) -> dict:
    if r["success"]:
        return {"css": "ok-cell", "text": "pass"}
    return {"css": "bad-cell", "text": "fail"} if r["severity"] == "error" else {"css": "warn-cell", "text": "flag"}


def check_rows(section: Section) -> list[list]:
    rows = []
    for r in (dict(zip(section.columns, row)) for row in section.rows):
        observed = f"{r['unexpected_count']} of {r['element_count']} rows unexpected ({r['unexpected_percent'] or 0:g}%)"
        if r["observed_value"] not in (None, "null"):
            observed = f"observed {r['observed_value']}; " + observed
        rows.append([check_result(r), suite_name(r["suite"], r["expectation"], r["column_name"]), r["expectation"], r["column_name"],
                     r["severity"], observed, r["threshold"], r["description"]])
    return rows


FAILURE_COLOURS = {"fact rows quarantined": "#c62828", "numbers unparsed": "#ef6c00", "files not loaded": "#6a1b9a"}


def run_charts(section: Section) -> list[charts.Chart]:
    """Facts in the warehouse, and failures, per recent run (oldest first)."""
    runs = [dict(zip(section.columns, r)) for r in reversed(section.rows)]
    labels = [str(r["started_at"])[5:19] for r in runs]  # to the second: two runs in a minute stay two bars
    facts = charts.grouped_bars("facts in the warehouse after each run", labels,
                                {"facts": [r["facts_in_warehouse"] or 0 for r in runs]}, {"facts": "#1976d2"})
    failures = charts.grouped_bars("failures per run", labels, {
        "fact rows quarantined": [r["facts_quarantined"] or 0 for r in runs],
        "numbers unparsed": [r["mentions_unparsed"] or 0 for r in runs],
        "files not loaded": [r["files_quarantined"] or 0 for r in runs]}, FAILURE_COLOURS)
    return [facts, failures]


def plain_rows(section: Section, link_source: dict[str, str] | None = None) -> list[list]:
    """The section's values; a source_file with a review page becomes a link to it."""
    links = link_source or {}
    return [[{"href": links[v], "text": v} if c == "source_file" and v in links else v
             for c, v in zip(section.columns, row)] for row in section.rows]


def write_review_pages(con: duckdb.DuckDBPyConnection, out: Path, back: str = "run report") -> dict[str, str]:
    """One page per report in the warehouse under out/reports/; returns source_file -> relative
    link. `back` names the page at out/index.html, which each review page links back to."""
    (out / "reports").mkdir(parents=True, exist_ok=True)
    for stale in (out / "reports").glob("*.html"):  # pages of reports the warehouse no longer holds
        stale.unlink()
    links = {}
    for report in dicts(con.execute("select report_id, source_file, org_name, report_year, text_chars, extractor_version, "
                                     "loaded_run_id from core.dim_report order by source_file")):
        rid, run = report["report_id"], report["loaded_run_id"]
        report["text"] = con.execute("select text from core.dim_report where report_id = ?", [rid]).fetchone()[0]  # one text at a time
        facts = dicts(con.execute("select * from analytics.facts where report_id = ? order by char_start", [rid]))
        mentions = dicts(con.execute("select token_start, token_end, status, reason from raw.mentions where report_id = ? "
                                      "and status <> 'fact' order by token_start", [rid]))
        failed = dicts(con.execute("select severity, expectation, char_start, char_end from dq.failed_rows "
                                    "where report_id = ? and run_id = ?", [rid, run]))
        html_text = review.render_review(report, facts, mentions, [f for f in failed if f["severity"] == "error"],
                                         [f for f in failed if f["severity"] == "warn" and f["char_start"] is not None], back)
        (out / "reports" / review.page_name(report["source_file"], rid)).write_text(html_text, encoding="utf-8")
        links[report["source_file"]] = review.page_href(report["source_file"], rid)
    return links


def dicts(cur: duckdb.DuckDBPyConnection) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def latest_run_id(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute("select run_id from dq.runs order by started_at desc limit 1").fetchone()
    if row is None:
        raise ValueError("the warehouse holds no run yet")
    return row[0]


def write_report(warehouse: Path, out: Path, run_id: str | None = None) -> Path:
    """Write index.html, summary.md and reports/*.html for run_id (default: the latest run)."""
    out.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        run_id = run_id or latest_run_id(con)
        runs = dicts(con.execute("select * from dq.runs where run_id = ?", [run_id]))
        if not runs:
            raise ValueError(f"no run {run_id} in the warehouse")
        run = runs[0]
        s = {name: query(con, title, sql, run_id) for name, title, sql in (
            ("status", "Files by status", FILE_STATUS_SQL), ("files", "Files not loaded", FILES_SQL),
            ("checks", "Checks", CHECKS_SQL), ("failed", "Failing and flagged rows", FAILED_ROWS_SQL),
            ("reasons", "Top extraction-failure reasons", REASONS_SQL), ("unparsed", "Unparsed numbers", UNPARSED_SQL),
            ("orgs", "Reporting bodies without a key", ORGS_SQL),
            ("runs", "Facts and failures across recent runs", RUNS_SQL), ("reports", "Reports (review pages)", REPORTS_SQL))}
        links = write_review_pages(con, out)
    (out / "index.html").write_text(render_index(run, s, links), encoding="utf-8")
    (out / "summary.md").write_text(render_markdown(run, s, out), encoding="utf-8")
    return out / "index.html"


TILES = [("files_seen", "files seen"), ("reports_loaded", "reports loaded"), ("reports_unchanged", "unchanged"),
         ("duplicates", "duplicates"), ("files_quarantined", "files not loaded"), ("facts_event", "event facts"),
         ("facts_count", "count facts"), ("facts_rate", "rate facts"), ("facts_in_warehouse", "facts in warehouse"),
         ("facts_quarantined", "rows quarantined"), ("mentions_unparsed", "numbers unparsed"), ("checks_failed", "checks failed")]
BAD_WHEN_NONZERO = {"files_quarantined", "facts_quarantined", "mentions_unparsed", "checks_failed"}


def failed_rows(s: dict[str, Section], links: dict[str, str]) -> list[list]:
    """Failing rows, each linked to its span on the report's review page."""
    rows = []
    for f in (dict(zip(s["failed"].columns, r)) for r in s["failed"].rows):
        report = ({"href": f"{links[f['source_file']]}#m{f['char_start']}", "text": f["source_file"]}
                  if f["source_file"] in links else f["source_file"])
        rows.append([f["severity"], f["expectation"], report, snippet_cell(f), _row_summary(f["row_json"])])
    return rows


def index_sections(s: dict[str, Section], links: dict[str, str]) -> list[dict]:
    """The run report's sections in page order: heading, reproducing SQL, charts, table."""
    def section(key: str, columns: list[str] | None = None, rows: list[list] | None = None, numeric: tuple = (),
                charts_: list | None = None) -> dict:
        sec = s[key]
        return {"id": key, "title": sec.title, "sql": sec.sql.strip(), "columns": columns or sec.columns,
                "rows": plain_rows(sec) if rows is None else rows, "numeric": numeric, "charts": charts_ or []}

    return [
        section("status", numeric=("files",)), section("files", numeric=("bytes",)),
        section("checks", ["result", "suite", "expectation", "column", "severity", "observed", "threshold", "why"],
                check_rows(s["checks"])),
        section("failed", ["severity", "expectation", "report", "source snippet", "row"], failed_rows(s, links)),
        section("reasons", numeric=("n", "files")),
        section("unparsed", rows=plain_rows(s["unparsed"], links)), section("orgs", rows=plain_rows(s["orgs"], links)),
        section("runs", charts_=run_charts(s["runs"])), section("reports", rows=plain_rows(s["reports"], links)),
    ]


def render_index(run: dict, s: dict[str, Section], links: dict[str, str]) -> str:
    css, words = verdict(run)
    tiles = [{"value": run.get(k), "label": label, "bad": k in BAD_WHEN_NONZERO and bool(run.get(k))} for k, label in TILES]
    return render("index.html", title=f"lawreports run {run['run_id']}: {run['status']}", run=run, verdict_css=css,
                  verdict_words=words, tiles=tiles, sections=index_sections(s, links))


def _row_summary(row_json: str | None) -> str:
    row = json.loads(row_json or "{}")
    keys = ("kind", "subject", "value", "unit", "approx", "metric_code", "org_name", "report_year", "fact_count", "previous_fact_count")
    return ", ".join(f"{k}={row[k]}" for k in keys if k in row and row[k] is not None)


def render_markdown(run: dict, s: dict[str, Section], out: Path) -> str:
    css, words = verdict(run)
    lines = [f"# lawreports run {run['run_id']}: {css.upper()}", "", words, "",
             " · ".join(f"{label} {run.get(k)}" for k, label in TILES), ""]
    failing = [r for r in s["checks"].rows if not r[s["checks"].columns.index("success")]]
    lines += ["## Checks not passing", ""] + ([f"- {r[3]} {r[0]}.{r[1]}({r[2]}): {r[6]} rows" for r in failing] or ["- none"])
    lines += ["", "## Top extraction-failure reasons", ""] + ([f"- {r[0]} / {r[1]}: {r[2]} ({r[3]} files)" for r in s["reasons"].rows[:10]] or ["- none"])
    lines += ["", "## Reporting bodies without a key", ""] + ([f"- {r[1]}: {r[0]} ({r[2] or 'nothing read'}){': ' + r[3] if r[3] else ''}" for r in s["orgs"].rows[:20]] or ["- none"])
    lines += ["", "## Files not loaded", ""] + ([f"- {r[0]}: {r[1]}, {r[2]}" for r in s["files"].rows[:20]] or ["- none"])
    lines += ["", f"Pages: {out / 'index.html'} (one review page per report under {out / 'reports'})", ""]
    return "\n".join(lines)
