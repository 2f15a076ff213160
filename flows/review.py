"""Review page per report: the text with every extracted fact highlighted by kind, skipped
numbers marked with their reason, unparsed numbers and quarantined facts shown as failures.

An analyst audits extraction here (hover for a summary, click for the full fact), the way
LangExtract's visualiser shows LLM extractions over their source.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import quote

from flows.pages import esc, json_script, page, table

# what wins where two marks overlap: failures first, then facts, then skipped numbers
PRIORITY = {"quarantined": 0, "unparsed": 1, "fact": 2, "skipped": 3}
KIND_COLOURS = {"event": "#bbdefb", "count": "#c8e6c9", "rate": "#ffe0b2"}

CSS = """
.text{white-space:pre-wrap;line-height:1.9;font-size:15px;border:1px solid #ddd;padding:1em;max-width:60em}
mark{border-radius:3px;padding:0 1px;cursor:pointer}
mark.event{background:#bbdefb}mark.count{background:#c8e6c9}mark.rate{background:#ffe0b2}
mark.flagged{outline:2px dashed #b26a00}
mark.skipped{background:none;border-bottom:1px dotted #999;color:#666;cursor:help}
mark.unparsed,mark.quarantined{background:#ffcdd2;outline:2px solid #c62828}
mark.active{box-shadow:0 0 0 3px #333}
.layout{display:flex;gap:1.5em;align-items:flex-start}
#detail{position:sticky;top:1em;min-width:18em;max-width:26em;border:1px solid #ccc;border-radius:6px;padding:.6em;font-size:13px}
.legend mark{cursor:default}
"""

# click a mark: show the facts behind it in the side panel
SCRIPT = """
const facts = JSON.parse(document.getElementById('facts-data').textContent);
const panel = document.getElementById('detail');
function show(mark) {
  document.querySelectorAll('mark.active').forEach(m => m.classList.remove('active'));
  mark.classList.add('active');
  panel.replaceChildren();
  const ids = (mark.dataset.facts || '').split(',').filter(Boolean);
  const heading = document.createElement('b');
  heading.textContent = mark.dataset.what;
  panel.append(heading);
  for (const i of ids) {
    const dl = document.createElement('dl');
    for (const [k, v] of Object.entries(facts[Number(i)])) {
      const dt = document.createElement('dt'); dt.textContent = k;
      const dd = document.createElement('dd'); dd.textContent = v === null ? '' : String(v);
      dl.append(dt, dd);
    }
    panel.append(dl);
  }
}
document.querySelectorAll('mark[data-what]').forEach(m => m.addEventListener('click', () => show(m)));
"""


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    status: str  # fact | skipped | unparsed | quarantined
    css: str
    label: str  # tooltip
    fact_rows: tuple[int, ...] = ()  # indices into the page's fact details


def non_overlapping(marks: list[Mark], text_len: int) -> list[Mark]:
    """Marks inside the text, in order; where two overlap the higher-priority one is kept."""
    chosen: list[Mark] = []
    for m in sorted((m for m in marks if 0 <= m.start < m.end <= text_len), key=lambda m: (PRIORITY[m.status], m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def highlighted_text(text: str, marks: list[Mark]) -> str:
    """The escaped text with each mark wrapped in <mark>."""
    out, pos = [], 0
    for m in non_overlapping(marks, len(text)):
        out.append(esc(text[pos:m.start]))
        facts = ",".join(map(str, m.fact_rows))
        out.append(f"<mark class='{m.css}' id='m{m.start}' title='{esc(m.label)}' data-what='{esc(m.label)}' "
                   f"data-facts='{facts}'>{esc(text[m.start:m.end])}</mark>")
        pos = m.end
    return "".join(out) + esc(text[pos:])


def fact_label(f: dict) -> str:
    qualifier = "" if f["approx"] == "exact" else f" ({f['approx']})"
    return f"{f['kind']} · {f['value']:g} {f['unit']}{qualifier} · {f['subject']} · {f['metric_code'] or 'no metric'}"


def fact_marks(facts: list[dict], flags: dict[tuple[int, int], list[str]]) -> list[Mark]:
    """One mark per fact span; a shared rate (参考率、通过率均达100%) puts several facts on one span."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(facts):
        by_span.setdefault((f["char_start"], f["char_end"]), []).append(i)
    marks = []
    for (start, end), rows in by_span.items():
        flagged = flags.get((start, end), [])
        label = " | ".join(fact_label(facts[i]) for i in rows) + "".join(f" ⚠ {w}" for w in flagged)
        css = facts[rows[0]]["kind"] + (" flagged" if flagged else "")
        marks.append(Mark(start, end, "fact", css, label, tuple(rows)))
    return marks


def ledger_marks(mentions: list[dict], quarantined: list[dict]) -> list[Mark]:
    """Skipped and unparsed numbers from the ledger, and facts that validation quarantined."""
    marks = [Mark(m["token_start"], m["token_end"], m["status"], m["status"],
                  f"{'not a fact' if m['status'] == 'skipped' else 'could not extract'}: {m['reason']}")
             for m in mentions if m["status"] in ("skipped", "unparsed")]
    marks += [Mark(q["char_start"], q["char_end"], "quarantined", "quarantined", f"quarantined by {q['expectation']}")
              for q in quarantined if q["char_start"] is not None and q["char_end"] is not None]
    return marks


def page_name(source_file: str, report_id: str) -> str:
    """A file name that is safe on every OS and unique per report."""
    return re.sub(r"[^\w.-]+", "_", source_file).strip("._")[:80] + f"-{report_id[:8]}.html"


def page_href(source_file: str, report_id: str) -> str:
    return "reports/" + quote(page_name(source_file, report_id))


def render_review(report: dict, facts: list[dict], mentions: list[dict], quarantined: list[dict],
                  flagged: list[dict]) -> str:
    flags: dict[tuple[int, int], list[str]] = {}
    for f in flagged:
        flags.setdefault((f["char_start"], f["char_end"]), []).append(f["expectation"])
    marks = fact_marks(facts, flags) + ledger_marks(mentions, quarantined)
    kinds = Counter(f["kind"] for f in facts)
    statuses = Counter(m["status"] for m in mentions)
    reasons = Counter(m["reason"] for m in mentions if m["status"] == "skipped")
    title = f"{report['org_name'] or '(org not found)'} {report['report_year'] or '(year not found)'}"
    legend = ("<p class='legend'>" + " ".join(f"<mark class='key {k}'>{k} {kinds[k]}</mark>" for k in KIND_COLOURS)
              + f" <mark class='key skipped'>skipped {statuses['skipped']}</mark> <mark class='key unparsed'>unparsed "
              f"{statuses['unparsed']}</mark> <mark class='key quarantined'>quarantined {len(quarantined)}</mark>"
              f" <mark class='key count flagged'>flagged {len(flagged)}</mark></p>")
    fact_rows = [[f"<a href='#m{f['char_start']}'>{f['char_start']}</a>", esc(f["kind"]), esc(f"{f['value']:g}"), esc(f["unit"]),
                  esc(f["approx"]), esc(f["subject"]), esc(f["metric_code"] or "")] for f in facts]
    body = (f"<p><a href='../index.html'>&larr; run report</a></p><h1>{esc(title)}</h1>"
            f"<p class='note'>{esc(report['source_file'])} · report {esc(report['report_id'][:16])} · "
            f"{report['text_chars']} characters · extractor {esc(report['extractor_version'])}</p>{legend}"
            f"<div class='layout'><div class='text' id='text'>{highlighted_text(report['text'], marks)}</div>"
            "<div id='detail'><b>Click a highlighted number</b><p class='note'>Hover shows a summary; click shows every field "
            "of the fact. Dotted numbers were skipped (reason on hover); red ones are failures.</p></div></div>"
            "<h2>Skipped numbers by reason</h2>" + table(["reason", "numbers"], [[esc(r), str(n)] for r, n in reasons.most_common()], ["numbers"])
            + "<h2>Facts</h2>" + table(["at", "kind", "value", "unit", "approx", "subject", "metric"], fact_rows, ["value"])
            + json_script("facts-data", [{k: f[k] for k in ("kind", "value", "unit", "approx", "subject", "metric_code",
                                                             "char_start", "char_end", "evidence", "fact_id")} for f in facts]))
    return page(f"review: {title}", body, extra_css=CSS, script=SCRIPT)
