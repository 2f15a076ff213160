"""Run the metric matcher (transforms/metrics.py + transforms/data/metrics.csv) over the gold
facts of one dev half and print coverage, ambiguous and unmapped subjects. With a metric gold
(--gold dev/metric_gold.jsonl) also precision. Catalogue work only: the real score is `make eval`.

    .venv/bin/python dev/annotation/metric_check.py --facts dev/annotation/metric_gold/facts_tune.jsonl [--gold dev/metric_gold.jsonl] [--show-mapped]
"""
import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from transforms.metrics import clause_lead, clause_tail, metric_match  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--facts", required=True)
ap.add_argument("--gold")
ap.add_argument("--show-mapped", action="store_true")
a = ap.parse_args()
facts = [json.loads(line) for line in open(a.facts, encoding="utf-8")]
gold = {(f"{g['doc']}#{g['anchor']}#{g['occurrence']}", g["subject"]): g["metric_code"]
        for g in map(json.loads, open(a.gold, encoding="utf-8"))} if a.gold else {}
by_code, unmapped, ambiguous, wrong = collections.Counter(), [], [], []
right = judged = 0
for f in facts:
    at = f["sentence"].find(f["anchor"])
    code, note = metric_match(f["subject"], f["kind"], f["unit"], clause_lead(f["sentence"], at), f["sentence"], clause_tail(f["sentence"], at),
                              f["sentence"][:at])
    if code:
        by_code[code] += 1
        if a.show_mapped:
            print(f"  {code:32} {f['kind']:5} {f['unit']:3} {f['subject']}")
        if (key := (f["id"], f["subject"])) in gold:
            judged += 1
            right += gold[key] == code
            if gold[key] != code:
                wrong.append((code, gold[key], f))
    elif note.startswith("metric_ambiguous"):
        ambiguous.append((note, f))
    else:
        unmapped.append(f)
n = len(facts)
print(f"facts {n}  mapped {sum(by_code.values())} ({sum(by_code.values()) / n:.3f})  ambiguous {len(ambiguous)}  unmapped {len(unmapped)}"
      + (f"  precision {right}/{judged} = {right / max(judged, 1):.3f}" if gold else ""))
for note, f in ambiguous:
    print(f"AMBIGUOUS {note}: {f['kind']} {f['unit']} {f['subject']}  | {f['sentence'][:80]}")
for f in sorted(unmapped, key=lambda f: (f["kind"], f["subject"][-2:])):
    print(f"UNMAPPED {f['kind']} {f['unit']} {f['subject']}  | {f['sentence'][:80]}")
for code, g, f in wrong:
    print(f"WRONG {code} (gold {g}): {f['kind']} {f['unit']} {f['subject']}  | {f['sentence'][:80]}")
print("by metric:", dict(by_code.most_common()))
