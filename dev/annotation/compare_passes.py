"""List where two independent annotation passes of the dev set disagree, for adjudication.

    python dev/annotation/compare_passes.py A.jsonl B.jsonl > disagreements.txt
A fact is keyed by (doc, anchor, occurrence, subject-or-rate-name order); kind, value, unit, approx
must agree, and each pass's subject must hold one of the other's subject_keys.
"""
import json
import sys
from collections import defaultdict


def load(path):
    out = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if line.strip():
            g = json.loads(line)
            out[(g["doc"], g["anchor"], int(g.get("occurrence", 1)))].append(g)
    return out


def agree(a, b):
    same = all(str(a[k]) == str(b[k]) for k in ("kind", "unit", "approx")) and float(a["value"]) == float(b["value"])
    subj = any(k in b["subject"] for k in a["subject_keys"]) or any(k in a["subject"] for k in b["subject_keys"])
    return same, subj


def main(pa, pb):
    a, b = load(pa), load(pb)
    n = 0
    for key in sorted(set(a) | set(b)):
        fa, fb = a.get(key, []), b.get(key, [])
        if not fa or not fb or len(fa) != len(fb):
            n += 1
            print(f"{'ONLY_A' if not fb else 'ONLY_B' if not fa else 'COUNT'} {key}\n  A: {fa}\n  B: {fb}")
            continue
        for x, y in zip(fa, fb):
            same, subj = agree(x, y)
            if not (same and subj):
                n += 1
                print(f"{'FIELDS' if not same else 'SUBJECT'} {key}\n  A: {x}\n  B: {y}")
    print(f"# {n} disagreements; A {sum(map(len, a.values()))} facts, B {sum(map(len, b.values()))} facts", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
