"""The data-quality report of the latest run: self-contained HTML (no network assets) and markdown."""
from __future__ import annotations

import html
from pathlib import Path

import duckdb

SECTIONS = {
    "Files": "select source_file, status, reason, bytes from dq.files where run_id = $run order by status, source_file",
    "Checks": "select suite, expectation, column_name, severity, success, unexpected_count, round(unexpected_percent, 2) as unexpected_pct, threshold from dq.check_results where run_id = $run order by success, suite",
    "Failed and flagged rows": "select suite, expectation, severity, source_file, char_start, char_end, row_json from dq.failed_rows where run_id = $run limit 200",
    "Extraction issues by kind": "select issue, count(*) as n from dq.extraction_issues where run_id = $run group by issue order by n desc",
    "Unparsed numbers": "select source_file, token, char_start, detail from dq.extraction_issues where run_id = $run and issue = 'unparsed_number' limit 200",
    "Recent runs": "select run_id, status, files_seen, reports_loaded, facts_event + facts_count + facts_rate as facts, facts_quarantined, mentions_unparsed, checks_failed from dq.runs order by started_at desc limit 14",
}


def _table(cols: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))[:400]}</td>" for v in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def write_report(warehouse: Path, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        run = con.execute("select * from dq.runs order by started_at desc limit 1").fetchone()
        run_cols = [d[0] for d in con.description]
        if run is None:
            raise ValueError("the warehouse holds no run yet")
        run_id = run[0]
        parts, md = [], [f"# lawreports run {run_id}", ""]
        md += [f"- {c}: {v}" for c, v in zip(run_cols, run)]
        for title, sql in SECTIONS.items():
            cur = con.execute(sql, {"run": run_id} if "$run" in sql else None)
            cols, rows = [d[0] for d in cur.description], cur.fetchall()
            parts.append(f"<h2>{html.escape(title)}</h2><details><summary>SQL</summary><pre>{html.escape(sql)}</pre></details>{_table(cols, rows)}")
            md += ["", f"## {title}", "", f"{len(rows)} rows"]
    header = _table(run_cols, [run])
    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>lawreports run {html.escape(run_id)}</title>"
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:13px}"
            "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}th{background:#eee}</style></head>"
            f"<body><h1>lawreports run {html.escape(run_id)}: {html.escape(str(run[3]))}</h1>{header}{''.join(parts)}</body></html>")
    (out / "index.html").write_text(page, encoding="utf-8")
    (out / "summary.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    return out / "index.html"
