"""Builds dev/metric_gold.jsonl: the metric of each gold fact (or null: no catalogue metric fits),
from two blind passes (passA_*, passB_*: one line per line of facts_*.jsonl, same order) and the
adjudication of every disagreement (adjudication.jsonl). Run from the repository root:

    .venv/bin/python dev/annotation/metric_gold/merge.py
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parents[1] / "metric_gold.jsonl"


def lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


decided = {(r["id"], r["subject"]): r["decision"] for r in lines("adjudication.jsonl")}
merged, disagreements = [], 0
for half in ("tune", "measure"):
    for fact, a, b in zip(lines(f"facts_{half}.jsonl"), lines(f"passA_{half}.jsonl"), lines(f"passB_{half}.jsonl"), strict=True):
        assert fact["id"] == a["id"] == b["id"], fact["id"]
        key = (fact["id"], fact["subject"])
        if a["metric_code"] != b["metric_code"]:
            disagreements += 1
            code = decided[key]  # every disagreement has a decision
        else:
            code = a["metric_code"]
        doc, anchor, occurrence = fact["id"].rsplit("#", 2)
        merged.append({"doc": doc, "anchor": anchor, "occurrence": int(occurrence), "subject": fact["subject"],
                       "split": half, "metric_code": code})
assert disagreements == len(decided), (disagreements, len(decided))
OUT.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in merged), encoding="utf-8")
print(f"{len(merged)} facts, {sum(m['metric_code'] is not None for m in merged)} with a metric, {disagreements} adjudicated -> {OUT}")
