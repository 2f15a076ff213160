"""Builds dev/metric_gold.jsonl: the metric of each gold fact (or null: no catalogue metric fits),
from two blind passes (passA_*, passB_*: one line per line of facts_*.jsonl, same order) and the
adjudication of every disagreement (adjudication.jsonl). Round v2 (catalogue_v2.csv: facts_v2,
passA_v2, passB_v2, adjudication_v2) labels the facts v1 left null and batches j-k; its label
replaces v1's. Run from the repository root:

    .venv/bin/python dev/annotation/metric_gold/merge.py
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parents[1] / "metric_gold.jsonl"


def lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled(parts: list[str], adjudication: str) -> dict[tuple, dict]:
    """(doc, anchor, occurrence, subject) -> metric gold line, for one round of two passes over the
    facts files named by parts (facts_P, passA_P, passB_P for each P)."""
    decided = {(r["id"], r["subject"]): r["decision"] for r in lines(adjudication)}
    out, disagreements = {}, 0
    rows = [(f | {"split": f.get("split", part)}, a, b) for part in parts
            for f, a, b in zip(lines(f"facts_{part}.jsonl"), lines(f"passA_{part}.jsonl"), lines(f"passB_{part}.jsonl"), strict=True)]
    for fact, a, b in rows:
        assert fact["id"] == a["id"] == b["id"], fact["id"]
        if a["metric_code"] != b["metric_code"]:
            disagreements += 1
            code = decided[(fact["id"], fact["subject"])]  # every disagreement has a decision
        else:
            code = a["metric_code"]
        doc, anchor, occurrence = fact["id"].rsplit("#", 2)
        out[(doc, anchor, int(occurrence), fact["subject"])] = {
            "doc": doc, "anchor": anchor, "occurrence": int(occurrence), "subject": fact["subject"], "split": fact["split"],
            "metric_code": code}
    assert disagreements == len(decided), (adjudication, disagreements, len(decided))
    print(f"{'+'.join(parts)}: {len(out)} facts, {disagreements} adjudicated")
    return out


merged = labelled(["tune", "measure"], "adjudication.jsonl") | labelled(["v2"], "adjudication_v2.jsonl")
rounds = sorted(HERE.glob("facts_v*.jsonl"), key=lambda f: int(f.stem.removeprefix("facts_v")))
for later in [r for r in rounds if int(r.stem.removeprefix("facts_v")) >= 3]:  # rounds for new batches: facts with no label yet
    merged |= labelled([later.stem.removeprefix("facts_")], f"adjudication_{later.stem.removeprefix('facts_')}.jsonl")
OUT.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in merged.values()), encoding="utf-8")
print(f"{len(merged)} facts, {sum(m['metric_code'] is not None for m in merged.values())} with a metric -> {OUT}")
