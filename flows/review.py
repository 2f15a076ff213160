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

from flows.pages import macros, render

# what wins where two marks overlap: failures first, then facts, then skipped numbers
PRIORITY = {"quarantined": 0, "unparsed": 1, "fact": 2, "skipped": 3}
KINDS = ("event", "count", "rate")  # legend order; their colours are in templates/review.html


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


def segments(text: str, marks: list[Mark]) -> list[tuple[str, Mark | None]]:
    """The text cut at the kept marks: (chunk, its mark or None for plain text)."""
    out: list[tuple[str, Mark | None]] = []
    pos = 0
    for m in non_overlapping(marks, len(text)):
        out += [(text[pos:m.start], None), (text[m.start:m.end], m)]
        pos = m.end
    return out + [(text[pos:], None)]


def highlighted_text(text: str, marks: list[Mark]) -> str:
    """The escaped text with each mark wrapped in <mark id='m<start>'> (the link target)."""
    return macros().marked_text(segments(text, marks))


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


FACT_FIELDS = ("kind", "value", "unit", "approx", "subject", "metric_code", "char_start", "char_end", "evidence", "fact_id")


def fact_rows(facts: list[dict]) -> list[list]:
    return [[{"href": f"#m{f['char_start']}", "text": f["char_start"]}, f["kind"], f"{f['value']:g}", f["unit"], f["approx"],
             f["subject"], f["metric_code"] or ""] for f in facts]


def render_review(report: dict, facts: list[dict], mentions: list[dict], quarantined: list[dict],
                  flagged: list[dict], back: str = "run report") -> str:
    """The page; `back` names what ../index.html is (the run report, or the trend pages)."""
    flags: dict[tuple[int, int], list[str]] = {}
    for f in flagged:
        flags.setdefault((f["char_start"], f["char_end"]), []).append(f["expectation"])
    marks = fact_marks(facts, flags) + ledger_marks(mentions, quarantined)
    kinds = Counter(f["kind"] for f in facts)
    statuses = Counter(m["status"] for m in mentions)
    reasons = Counter(m["reason"] for m in mentions if m["status"] == "skipped")
    heading = f"{report['org_name'] or '(org not found)'} {report['report_year'] or '(year not found)'}"
    return render("review.html", title=f"review: {heading}", heading=heading, back=back, report=report,
                  segments=segments(report["text"], marks), kinds=[(k, kinds[k]) for k in KINDS],
                  skipped=statuses["skipped"], unparsed=statuses["unparsed"], quarantined=len(quarantined),
                  flagged=len(flagged), reasons=[list(r) for r in reasons.most_common()], fact_rows=fact_rows(facts),
                  fact_data=[{k: f[k] for k in FACT_FIELDS} for f in facts])
