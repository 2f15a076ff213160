"""Writes facts_v2.jsonl: the gold facts the v2 catalogue round labels (two blind passes, as in
INSTRUCTIONS.md): every gold fact with no metric gold yet (batches j-k) and every fact whose metric
gold is null under the v1 catalogue (v2 adds metrics for concepts v1 lacked). Run from the root:

    .venv/bin/python dev/annotation/metric_gold/make_facts_v2.py
"""
import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).parent
SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sentence_at(text: str, anchor: str, occurrence: int) -> str:
    at = -1
    for _ in range(occurrence):
        at = text.find(anchor, at + 1)
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in SENTENCE_END.finditer(text, at)), len(text))
    return text[start:end].strip()


v1 = {(m["doc"], m["anchor"], m["occurrence"], m["subject"]): m["metric_code"] for m in read(ROOT / "dev/metric_gold.jsonl")}
split = {p["doc"]: p["split"] for p in read(ROOT / "dev/pages.jsonl")}
facts = []
for g in read(ROOT / "dev/gold.jsonl"):
    key = (g["doc"], g["anchor"], g.get("occurrence", 1), g["subject"])
    if key in v1 and v1[key] is not None:
        continue
    text = (ROOT / "dev/texts" / g["doc"]).read_text(encoding="utf-8")
    facts.append({"id": f"{g['doc']}#{g['anchor']}#{key[2]}", "split": split[g["doc"]], "kind": g["kind"], "value": g["value"],
                  "unit": g["unit"], "subject": g["subject"], "anchor": g["anchor"], "sentence": sentence_at(text, g["anchor"], key[2])})
(HERE / "facts_v2.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
with open(ROOT / "transforms/data/metrics.csv", encoding="utf-8") as src, open(HERE / "catalogue_v2.csv", "w", encoding="utf-8", newline="") as out:
    rows = csv.DictReader(line for line in src if not line.startswith("#"))
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["code", "name_zh", "name_en", "task", "kind", "unit_class", "definition"])
    w.writerows([r[c] for c in ("code", "name_zh", "name_en", "task", "kind", "unit_class", "definition")] for r in rows)
print(len(facts), "facts ->", HERE / "facts_v2.jsonl")
