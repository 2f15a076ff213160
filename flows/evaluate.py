"""How well a warehouse's extraction matches a gold annotation (dev/GUIDELINE.md).

Facts: every gold anchor is located in its text (nth occurrence); a predicted fact matches a gold
fact when their spans overlap (one to one, best agreement first). Detection counts matches; a
match is strict when kind, value, unit and subject are all right. A subject is right when it holds
one of the gold subject_keys and is a clean phrase (no clause punctuation, at most twice the gold
phrase's length + 2). Texts that are web excerpts cut mid-sentence are scored up to their last
sentence end.

Organisations: a report's predicted org_key against the labelled one: right, wrong (another body)
or missing; same-body year pairs linked when both reports get the same non-null key.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import duckdb

from transforms.gazetteer import traditional_reading

CLAUSE_PUNCT = set("，。；：、！？,.;:!?（）()“”\"\n")
SENTENCE_END = "。！？；!?;\n"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def decoded_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def nth_find(text: str, needle: str, n: int) -> int:
    position = -1
    for _ in range(n):
        position = text.find(needle, position + 1)
        if position < 0:
            break
    return position


def scorable_end(text: str) -> int:
    """Offset after the last sentence end: an excerpt's cut-off last sentence is not scored."""
    return max(text.rfind(c) for c in SENTENCE_END) + 1


def _simplified(text: str) -> str:
    """A traditional-character report's subjects and units come out in simplified characters (個 is 个)."""
    return text.translate(traditional_reading())


def subject_right(predicted: str | None, keys: list[str], gold_subject: str) -> bool:
    p = _simplified((predicted or "").strip())
    if not p or any(c in CLAUSE_PUNCT for c in p) or len(p) > 2 * len(gold_subject) + 2:
        return False
    return any(k and (k in p or (len(p) >= 2 and p in k)) for k in map(_simplified, keys))


def same_number(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


_ALTERNATIVE_UNIT = re.compile(r"[(（][^)）]*[)）]|/.*$")  # 4场(次), 17001个/件/台/套: the first unit, the others offered as other readings


def same_unit(a: str | None, b: str | None) -> bool:
    clean = lambda u: _ALTERNATIVE_UNIT.sub("", _simplified((u or "").strip())).replace("余", "").replace("多", "").replace("％", "%")  # noqa: E731
    return clean(a) == clean(b)


def located_gold(gold: list[dict], texts: dict[str, str]) -> tuple[dict[str, list[dict]], list[str]]:
    """Gold facts by document with their span; problems for anchors not found."""
    by_doc, problems = defaultdict(list), []
    for g in gold:
        text = texts.get(g["doc"])
        start = nth_find(text, g["anchor"], int(g.get("occurrence", 1))) if text is not None else -1
        if start < 0:
            problems.append(f"{g['doc']}: anchor {g['anchor']!r} #{g.get('occurrence', 1)} not found")
            continue
        by_doc[g["doc"]].append(g | {"span": (start, start + len(g["anchor"]))})
    return by_doc, problems


def _agreement(g: dict, p: dict) -> tuple[bool, bool, bool]:
    return (p["kind"] == g["kind"], same_number(p["value"], g["value"]) and same_unit(p["unit"], g["unit"]),
            subject_right(p["subject"], g.get("subject_keys") or [g["subject"]], g["subject"]))


def match_facts(golds: list[dict], preds: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """One-to-one pairs of overlapping spans, best agreement first; then the unmatched of each side."""
    pairs = sorted((-(4 * s + 2 * k + v), gi, pi)
                   for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                   if p["span"][0] < g["span"][1] and g["span"][0] < p["span"][1]
                   for k, v, s in [_agreement(g, p)])
    used_g, used_p, matched = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((golds[gi], preds[pi]))
    return (matched, [g for i, g in enumerate(golds) if i not in used_g],
            [p for i, p in enumerate(preds) if i not in used_p])


def f1(hits: int, predicted: int, gold: int) -> float:
    return 2 * hits / (predicted + gold) if predicted + gold else 1.0


@dataclass
class FactScore:
    docs: int
    gold: int
    predicted: int
    matched: int
    strict: int
    kind_right: int
    value_right: int
    subject_right: int
    errors: list[str]
    metric_judged: int = 0  # matched facts whose gold carries a metric_code (null: no catalogue metric fits)
    metric_mapped: int = 0  # ... that the warehouse mapped to a metric
    metric_right: int = 0  # ... to the gold's metric
    metric_in_gold: int = 0  # judged facts for which the gold names a metric

    def figures(self) -> dict:
        m = max(self.matched, 1)
        return {"docs": self.docs, "gold": self.gold, "predicted": self.predicted,
                "precision": round(self.matched / max(self.predicted, 1), 4), "recall": round(self.matched / max(self.gold, 1), 4),
                "f1": round(f1(self.matched, self.predicted, self.gold), 4), "strict_f1": round(f1(self.strict, self.predicted, self.gold), 4),
                "kind_acc": round(self.kind_right / m, 4), "value_acc": round(self.value_right / m, 4),
                "subject_acc": round(self.subject_right / m, 4), "metric_judged": self.metric_judged,
                "metric_coverage": round(self.metric_mapped / max(self.metric_judged, 1), 4),
                "metric_precision": round(self.metric_right / max(self.metric_mapped, 1), 4),
                "metric_gold_share": round(self.metric_in_gold / max(self.metric_judged, 1), 4),
                "metric_recall": round(self.metric_right / max(self.metric_in_gold, 1), 4)}

    def add_metric(self, doc: str, g: dict, p: dict) -> None:
        """A matched fact's metric against the metric gold (facts without one are not judged)."""
        if "metric_code" not in g:
            return
        self.metric_judged += 1
        self.metric_in_gold += g["metric_code"] is not None
        self.metric_mapped += p.get("metric_code") is not None
        self.metric_right += p.get("metric_code") is not None and p["metric_code"] == g["metric_code"]
        if p.get("metric_code") != g["metric_code"]:
            self.errors.append(f"METRIC {doc} {g['anchor']!r}: gold {g['metric_code']} | got {p.get('metric_code')}"
                               f" ({p.get('metric_note') or 'mapped'}) {p['kind']} {p['unit']} {p['subject']}")


def score_facts(gold: list[dict], predicted: dict[str, list[dict]], texts: dict[str, str]) -> FactScore:
    """Score predicted facts (by document: kind, subject, value, unit, span) on the given documents."""
    located, problems = located_gold(gold, texts)
    score = FactScore(len(texts), 0, 0, 0, 0, 0, 0, 0, list(problems))
    for doc, text in sorted(texts.items()):
        end = scorable_end(text)
        golds = [g for g in located.get(doc, []) if g["span"][0] < end]
        preds = [p for p in predicted.get(doc, []) if p["span"][0] < end]
        matched, missed, spurious = match_facts(golds, preds)
        score.gold, score.predicted, score.matched = score.gold + len(golds), score.predicted + len(preds), score.matched + len(matched)
        for g, p in matched:
            k, v, s = _agreement(g, p)
            score.kind_right, score.value_right, score.subject_right = score.kind_right + k, score.value_right + v, score.subject_right + s
            score.strict += k and v and s
            score.add_metric(doc, g, p)
            if not (k and v and s):
                score.errors.append(f"WRONG  {doc} {g['anchor']!r}: gold {g['kind']}/{g['value']}{g['unit']}/{g['subject']}"
                                    f" | got {p['kind']}/{p['value']}{p['unit']}/{p['subject']}")
        score.errors += [f"MISSED {doc} {g['anchor']!r} #{g.get('occurrence', 1)} {g['kind']} {g['subject']}" for g in missed]
        score.errors += [f"EXTRA  {doc} {text[p['span'][0]:p['span'][1]]!r} {p['kind']} {p['value']}{p['unit']} {p['subject']}"
                         for p in spurious]
    return score


def with_metric_gold(gold: list[dict], metric_gold: list[dict]) -> list[dict]:
    """Gold facts carrying the metric gold's metric_code (keyed by doc, anchor, occurrence, subject:
    several rates can share one anchor)."""
    codes = {(m["doc"], m["anchor"], m["occurrence"], m["subject"]): m["metric_code"] for m in metric_gold}
    return [g | {"metric_code": codes[k]} if (k := (g["doc"], g["anchor"], g.get("occurrence", 1), g["subject"])) in codes else g
            for g in gold]


def warehouse_facts(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict]]:
    predicted = defaultdict(list)
    for src, kind, subject, value, unit, start, end, metric, note in con.execute(
            "select source_file, kind, subject, value, unit, char_start, char_end, metric_code, metric_note from analytics.facts").fetchall():
        predicted[Path(src).name].append({"kind": kind, "subject": subject, "value": value, "unit": unit, "span": (start, end),
                                          "metric_code": metric, "metric_note": note})
    return predicted


def score_orgs(labels: list[dict], predicted: dict[str, dict]) -> dict:
    """org_key right / wrong / missing per report, and same-body year pairs linked."""
    determined = [lab for lab in labels if lab.get("determined_by") == "text"]
    right = sum(predicted.get(lab["doc"], {}).get("org_key") == lab["org_key"] for lab in determined)
    wrong = [lab["doc"] for lab in labels
             if predicted.get(lab["doc"], {}).get("org_key") not in (None, lab["org_key"])]
    by_body = defaultdict(list)
    for lab in labels:
        if lab["org_key"]:  # a body the gazetteer cannot key pairs with nothing
            by_body[lab["org_key"]].append(lab)
    pairs = [(a, b) for series in by_body.values() for a in series for b in series if a["year"] < b["year"]]
    linked = sum(predicted.get(a["doc"], {}).get("org_key") is not None and
                 predicted[a["doc"]]["org_key"] == predicted.get(b["doc"], {}).get("org_key") for a, b in pairs)
    years = sum(predicted.get(lab["doc"], {}).get("report_year") == lab["year"] for lab in labels)
    return {"reports": len(labels), "determined_by_text": len(determined),
            "org_right_of_determined": round(right / max(len(determined), 1), 4),
            "org_wrong": len(wrong), "org_wrong_share": round(len(wrong) / max(len(labels), 1), 4),
            "org_key_missing": sum(predicted.get(lab["doc"], {}).get("org_key") is None for lab in labels),
            "year_pairs": len(pairs), "year_pairs_linked": linked,
            "year_right": round(years / max(len(labels), 1), 4), "wrong_docs": wrong}


def warehouse_orgs(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    rows = con.execute("select source_file, org_key, org_name, report_year from analytics.reports").fetchall()
    return {Path(src).name: {"org_key": key, "org_name": name, "report_year": year} for src, key, name, year in rows}
