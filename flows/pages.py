"""HTML building blocks for the data-quality pages: one page shell, tables, a bar chart.

Pages are self-contained (inline CSS and JS, no network asset) so they open from file://
and from a mail attachment. Every value from the warehouse goes through `esc`.
"""
from __future__ import annotations

import html
import json
from collections.abc import Sequence

CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em 2em;color:#222;max-width:1400px}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.8em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:13px;margin:.4em 0}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#f1f1f1}td.num{text-align:right;font-variant-numeric:tabular-nums}
.status{display:inline-block;padding:.15em .6em;border-radius:4px;color:#fff;font-weight:600}
.status.ok{background:#2e7d32}.status.review{background:#b26a00}.status.failed{background:#c62828}
.tiles{display:flex;flex-wrap:wrap;gap:.6em;margin:.8em 0}.tile{border:1px solid #ddd;border-radius:6px;padding:.4em .8em;min-width:7em}
.tile b{display:block;font-size:1.4em}.tile.bad b{color:#c62828}
details.sql summary{cursor:pointer;color:#555;font-size:12px}details.sql pre{background:#f7f7f7;padding:.5em;white-space:pre-wrap;font-size:12px}
.ok-cell{color:#2e7d32}.bad-cell{color:#c62828;font-weight:600}.warn-cell{color:#b26a00;font-weight:600}
.snippet{font-family:inherit;white-space:pre-wrap}.snippet mark{background:#ffcdd2}
.note{color:#555;font-size:13px}
"""


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def page(title: str, body: str, *, extra_css: str = "", script: str = "") -> str:
    js = f"<script>{script}</script>" if script else ""
    return (f"<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<meta name='viewport' content='width=device-width'><style>{CSS}{extra_css}</style></head>"
            f"<body>{body}{js}</body></html>")


def table(columns: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[str] = ()) -> str:
    """rows hold cell HTML that the caller already escaped (links and marks are allowed)."""
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    cls = [" class='num'" if c in numeric else "" for c in columns]
    body = "".join("<tr>" + "".join(f"<td{k}>{cell}</td>" for k, cell in zip(cls, r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>" if rows else "<p class='note'>none</p>"


def sql_block(sql: str) -> str:
    return f"<details class='sql'><summary>SQL that reproduces this section</summary><pre>{esc(sql.strip())}</pre></details>"


def json_script(element_id: str, data: object) -> str:
    """Data for inline JS; '<' is escaped so report text cannot close the script element."""
    payload = json.dumps(data, ensure_ascii=False, default=str).replace("<", "\\u003c")
    return f"<script type='application/json' id='{esc(element_id)}'>{payload}</script>"


def bar_chart(title: str, labels: Sequence[str], series: dict[str, Sequence[float]], colours: dict[str, str],
              height: int = 140, bar: int = 14) -> str:
    """Grouped bars as inline SVG, one group per label, a <title> tooltip on every bar."""
    peak = max([v for values in series.values() for v in values] + [1])
    group = bar * len(series) + 10
    width = max(group * len(labels) + 40, 320)
    parts = [f"<div class='note'><b>{esc(title)}</b> (tallest bar {peak:g})</div>",
             f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height + 40}' role='img' aria-label='{esc(title)}'>",
             f"<line x1='30' y1='{height + 20}' x2='{width}' y2='{height + 20}' stroke='#999'/>"]
    for i, label in enumerate(labels):
        x0 = 34 + i * group
        for j, (name, values) in enumerate(series.items()):
            h = round(values[i] / peak * height)
            parts.append(f"<rect x='{x0 + j * bar}' y='{height + 20 - h}' width='{bar - 2}' height='{h}' fill='{colours[name]}'>"
                         f"<title>{esc(label)}: {esc(name)} {values[i]:g}</title></rect>")
        parts.append(f"<text x='{x0}' y='{height + 34}' font-size='9'>{esc(label)}</text>")
    legend = " ".join(f"<span style='color:{c}'>&#9632;</span> {esc(n)}" for n, c in colours.items())
    return "".join(parts) + f"</svg><div class='note'>{legend}</div>"
