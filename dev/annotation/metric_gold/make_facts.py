"""Writes facts_ROUND.jsonl, the gold facts a round of two blind passes labels (INSTRUCTIONS.md), and
catalogue_v2.csv, the catalogue columns annotators read. Round v2 (catalogue v2) took every fact with
no metric gold (batches j-k) and every fact v1 left null (v2 added metrics for concepts v1 lacked):
`--also-null`; later rounds take the facts of new batches, which have no metric gold yet. Run from the root:

    .venv/bin/python dev/annotation/metric_gold/make_facts.py v3
"""
import sys
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
    if key in v1 and (v1[key] is not None or "--also-null" not in sys.argv):
        continue
    text = (ROOT / "dev/texts" / g["doc"]).read_text(encoding="utf-8")
    facts.append({"id": f"{g['doc']}#{g['anchor']}#{key[2]}", "split": split[g["doc"]], "kind": g["kind"], "value": g["value"],
                  "unit": g["unit"], "subject": g["subject"], "anchor": g["anchor"], "sentence": sentence_at(text, g["anchor"], key[2])})
(HERE / f"facts_{sys.argv[1]}.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
with open(ROOT / "transforms/data/metrics.csv", encoding="utf-8") as src, open(HERE / "catalogue_v2.csv", "w", encoding="utf-8", newline="") as out:
    rows = csv.DictReader(line for line in src if not line.startswith("#"))
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["code", "name_zh", "name_en", "task", "kind", "unit_class", "definition"])
    w.writerows([r[c] for c in ("code", "name_zh", "name_en", "task", "kind", "unit_class", "definition")] for r in rows)
print(len(facts), "facts ->", HERE / f"facts_{sys.argv[1]}.jsonl")
