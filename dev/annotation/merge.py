"""Build the dev set's data files from the collectors' and annotators' passes (run from the repo root).

    .venv/bin/python dev/annotation/merge.py
- dev/pages.jsonl: one line per page (url, labels, org_key computed from the labelled county and
  body via the gazetteer, split tune|measure by body, so one body's years stay in one half, or tune_extra as collected);
- dev/gold.jsonl: pass A's facts with the adjudicated disagreements with pass B applied
  (dev/annotation/adjudication.jsonl: take A, take B, or drop);
- dev/skipped.jsonl: pass A's skipped tokens.
"""
import hashlib
import json
from pathlib import Path

from transforms import gazetteer
from transforms.org_resolution import department_names

DEV = Path("dev")
PASSES = DEV / "annotation"


def read(path):
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def label_key(page, gaz):
    level = "county" if page["county"] else "city"
    name = page["county"] or page["city"]
    city_government = page["org_type"] == "other" and (page["org"] or "").endswith("人民政府")
    if not name or not page["org"] or page["org_type"] not in ("township", "street", "county_government", "department") and not city_government:
        return None  # a provincial body, a court, an unnamed body ...: no key the resolver could give
    seats = [p for p in gaz.named(name, level) if p.province == page["province"]]
    if len(seats) != 1:
        return None
    seat = seats[0]
    if page["org_type"] == "county_government" or city_government:  # a city government keys like a county's
        return f"{seat.code}/人民政府"
    if page["org_type"] == "department":
        return f"{seat.code}/{department_names().get(page['department_type'], page['department_type'])}"
    unit = page["org"]
    for prefix in (page["province"], page["city"], page["county"]):
        unit = unit.removeprefix(prefix or "")
    unit = unit.removesuffix("办事处").removesuffix("人民政府")
    towns = [t.name for t in gaz.named(unit, "town") if t.county_code == seat.code]
    return f"{seat.code}/{towns[0] if towns else unit}"


def main():
    gaz = gazetteer.load()
    pages = [p for f in sorted(PASSES.glob("pages_*.jsonl")) for p in read(f)]
    overrides = {o["doc"]: o for o in read(PASSES / "label_overrides.jsonl")} if (PASSES / "label_overrides.jsonl").exists() else {}
    for p in pages:
        p.update(overrides.get(p["doc"], {}))
        p["org_key"] = p.get("org_key") or label_key(p, gaz)
        # a page collected with its split (the tune_extra batch: excerpts whose predictions were read before they
        # were annotated) keeps it; the rest split by body
        p["split"] = p.get("split") or ("tune" if int(hashlib.sha256(p["org"].encode()).hexdigest(), 16) % 2 == 0 else "measure")
    (DEV / "pages.jsonl").write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pages), encoding="utf-8")
    decisions = {(d["doc"], d["anchor"], d["occurrence"]): d for d in read(PASSES / "adjudication.jsonl")}
    gold_a = [g for f in sorted(PASSES.glob("passA_*.jsonl")) for g in read(f)]
    gold_b = [g for f in sorted(PASSES.glob("passB_*.jsonl")) for g in read(f)]
    key = lambda g: (g["doc"], g["anchor"], g["occurrence"])  # noqa: E731
    gold = [g for g in gold_a if decisions.get(key(g), {}).get("take", "A") == "A"]
    gold += [g for g in gold_b if decisions.get(key(g), {}).get("take") == "B"]
    order = {p["doc"]: i for i, p in enumerate(pages)}
    gold.sort(key=lambda g: (order[g["doc"]], g["doc"]))
    (DEV / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    skipped = [s for f in sorted(PASSES.glob("skipped_*.jsonl")) for s in read(f)]
    (DEV / "skipped.jsonl").write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in skipped), encoding="utf-8")
    print(f"{len(pages)} pages ({sum(p['split'] == 'tune' for p in pages)} tune), {len(gold)} facts, "
          f"{len(skipped)} skipped; label keys missing: {[p['doc'] for p in pages if not p['org_key']]}")


if __name__ == "__main__":
    main()
