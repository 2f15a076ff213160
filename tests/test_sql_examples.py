"""Every analyst question in sql/examples/ run against a two-year warehouse built by the real flow:
the five seeds, and a next-year version of each written from its year-one facts (each body's
figures scaled by its own factor, one body's 普法 figures no longer stated). The expected rows
come from the year-one facts and the rewrite plan, through a small independent oracle of the
marts' value rule, never from the marts themselves."""
import re
import shutil
from collections import defaultdict
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "sql" / "examples").glob("*.sql"))
FACTORS = [0.7, 1.5, 1.0, 0.75, 1.3]  # by org_key order: two bodies fall by more than 20%, one is flat
DROPPED_METRIC = "pufa_events"  # the flat body stops stating it
YEAR = re.compile(r"(?<![0-9])(20[0-4][0-9])(?![0-9])")
FACT_SQL = """select fact_id, source_file, report_id, org_key, org_name, org_type, report_year, kind, subject, metric_code, metric_note, value, unit,
                     char_start, char_end, parent_fact_id from analytics.facts"""


def shift_years(text: str) -> str:
    return YEAR.sub(lambda m: str(int(m.group()) + 1), text)


def rewrite(text: str, replacements: dict[tuple[int, int], str]) -> str:
    """The text a year on: years +1 and each (start, end) span replaced."""
    out, pos = [], 0
    for (start, end), new in sorted(replacements.items()):
        out += [shift_years(text[pos:start]), new]
        pos = end
    return "".join(out) + shift_years(text[pos:])


def test_rewrite_shifts_years_and_replaces_figures():
    text = "2023年受理纠纷254件，调处244件。2024年1月"
    assert rewrite(text, {(9, 12): "178", (16, 19): "171"}) == "2024年受理纠纷178件，调处171件。2025年1月"


def digits_span(fact: dict, text: str) -> tuple[int, int] | None:
    """The figure's leading ASCII digits when they spell its value (1万余 and 五 are left alone)."""
    m = re.match(r"[0-9]+", text[fact["char_start"]:fact["char_end"]])
    if m and fact["kind"] != "rate" and float(m.group()) == fact["value"]:
        return fact["char_start"], fact["char_start"] + m.end()
    return None


def plan_next_year(facts: list[dict], restated: list[dict], texts: dict[str, str]) -> tuple[dict[str, dict], list[dict]]:
    """(replacements per source file, the facts the next-year texts must give). restated: totals
    the text restates (所转办的107件信访件中…), scaled with their total so they stay restatements."""
    factor = {org: FACTORS[i % len(FACTORS)] for i, org in enumerate(sorted({f["org_key"] for f in facts}))}
    flat_body = next(org for org, k in factor.items() if k == 1.0)
    replacements, expected = defaultdict(dict), []
    dropped = {(f["source_file"], f["char_start"]) for f in facts if f["org_key"] == flat_body and f["metric_code"] == DROPPED_METRIC
               and digits_span(f, texts[f["source_file"]])}
    for f in facts:
        span = digits_span(f, texts[f["source_file"]])
        if (f["source_file"], f["char_start"]) in dropped:
            replacements[f["source_file"]][span] = "若干"  # an unquantified amount: no fact next year
            continue
        value = round(f["value"] * factor[f["org_key"]]) if span else f["value"]
        if span:
            replacements[f["source_file"]][span] = str(value)
        expected.append(f | {"value": float(value), "report_year": f["report_year"] + 1})
    for m in restated:
        if span := digits_span(m, texts[m["source_file"]]):
            replacements[m["source_file"]][span] = str(round(m["value"] * factor[m["org_key"]]))
    return replacements, expected


def org_metric_year(facts: list[dict]) -> dict[tuple, dict]:
    """The marts' value rule, written again: parts of a same-metric total never count; the largest
    count or event, the first rate."""
    metric_of = {f["fact_id"]: f["metric_code"] for f in facts}
    groups = defaultdict(list)
    for f in facts:
        if f["org_key"] and f["metric_code"] and metric_of.get(f["parent_fact_id"]) != f["metric_code"]:
            groups[(f["org_key"], f["metric_code"], f["report_year"])].append(f)
    return {key: (min(fs, key=lambda f: f["char_start"]) if fs[0]["kind"] == "rate" else max(fs, key=lambda f: f["value"]))
            for key, fs in groups.items()}


@pytest.fixture(scope="module")
def two_years(prefect_harness, tmp_path_factory):
    from flows.pipeline import nightly

    tmp = tmp_path_factory.mktemp("examples")
    shutil.copytree(ROOT / "seeds", tmp / "in")
    first = tmp / "first.duckdb"
    assert nightly(input_dir=str(tmp / "in"), warehouse=str(first))["status"] == "succeeded"
    with duckdb.connect(str(first), read_only=True) as con:
        cur = con.execute(FACT_SQL)
        year_one = [dict(zip([d[0] for d in cur.description], r)) for r in cur.fetchall()]
        cur = con.execute("""select r.source_file, r.org_key, 'count' as kind, m.value, m.token_start as char_start,
                                    m.token_end as char_end from raw.mentions m join analytics.reports r using (report_id)
                             where m.reason = 'restated_total'""")
        restated = [dict(zip([d[0] for d in cur.description], r)) for r in cur.fetchall()]
    texts = {p.name: p.read_text(encoding="utf-8-sig") for p in (tmp / "in").iterdir()}
    replacements, year_two = plan_next_year(year_one, restated, texts)
    for name, text in texts.items():
        (tmp / "in" / f"next_{name}").write_text(rewrite(text, replacements[name]), encoding="utf-8")
    both = tmp / "both.duckdb"
    assert nightly(input_dir=str(tmp / "in"), warehouse=str(both))["status"] == "succeeded"
    return both, year_one, year_two


def run_example(warehouse: Path, name: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute((ROOT / "sql" / "examples" / name).read_text(encoding="utf-8")).fetchall()


def test_every_example_states_its_question_and_runs(two_years):
    assert len(EXAMPLES) >= 8
    for path in EXAMPLES:
        assert path.read_text(encoding="utf-8").startswith("-- Question:"), path.name
        run_example(two_years[0], path.name)


def test_the_next_year_texts_give_the_planned_facts(two_years):
    both, year_one, year_two = two_years
    with duckdb.connect(str(both), read_only=True) as con:
        got = sorted(con.execute("select org_key, report_year, metric_code, value from analytics.facts where source_file like 'next_%'").fetchall(),
                     key=repr)
    assert got == sorted(((f["org_key"], f["report_year"], f["metric_code"], f["value"]) for f in year_two), key=repr)


def test_01_bodies_whose_mediated_disputes_fell(two_years):
    both, year_one, year_two = two_years
    before, after = org_metric_year(year_one), org_metric_year(year_two)
    expected = []
    for (org, metric, year), f in after.items():
        prev = before.get((org, metric, year - 1))
        if metric == "mediation_resolved" and prev and prev["unit"] == f["unit"] and prev["value"]:
            pct = round(100 * (f["value"] - prev["value"]) / prev["value"], 1)
            if pct < -20:
                expected.append((org, f["org_name"], year, year - 1, prev["value"], f["value"], pct))
    assert expected, "the fixture must contain a fall"
    assert run_example(both, "01_mediated_disputes_fell.sql") == sorted(expected, key=lambda r: (r[6], r[0], r[2]))


def coverage(facts: list[dict], metric: str, org_type: str) -> list[tuple]:
    years = sorted({f["report_year"] for f in facts})
    rows = []
    for y in years:
        bodies = {f["org_key"] for f in facts if f["report_year"] == y and f["org_type"] == org_type}
        stating = {org for (org, m, yy) in org_metric_year(facts) if m == metric and yy == y and org in bodies}
        if bodies:
            rows.append((y, len(stating), len(bodies), round(len(stating) / len(bodies), 4)))
    return rows


def test_02_townships_reporting_a_litigation_loss_rate_each_year(two_years):
    both, year_one, year_two = two_years
    assert run_example(both, "02_townships_reporting_litigation_loss_rate.sql") == coverage(
        year_one + year_two, "admin_litigation_loss_rate", "township")


def test_03_top_bodies_by_pufa_events(two_years):
    both, year_one, year_two = two_years
    marts = org_metric_year(year_one + year_two)
    expected = []
    for year in sorted({y for (_, m, y) in marts if m == "pufa_events"}):
        rows = [f for (o, m, y), f in marts.items() if m == "pufa_events" and y == year and f["org_type"] in ("street", "township")]
        for f in rows:
            rank = 1 + sum(other["value"] > f["value"] for other in rows)
            expected.append((year, rank, f["org_key"], f["org_name"], f["value"]))
    assert run_example(both, "03_top_bodies_by_pufa_events.sql") == sorted(expected, key=lambda r: (r[0], r[1], r[2]))


def test_04_metric_coverage_per_year(two_years):
    both, year_one, year_two = two_years
    facts = year_one + year_two
    marts = org_metric_year(facts)
    expected = []
    for year in sorted({f["report_year"] for f in facts}):
        bodies = len({f["org_key"] for f in facts if f["report_year"] == year and f["org_key"]})
        per_metric = defaultdict(set)
        for (org, metric, y), f in marts.items():
            if y == year:
                per_metric[metric].add(org)
        expected += [(m, year, len(orgs), bodies, round(len(orgs) / bodies, 3)) for m, orgs in per_metric.items()]
    rows = run_example(both, "04_metric_coverage_by_year.sql")
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in rows] == sorted(expected, key=lambda r: (r[1], -r[2], r[0]))


def test_05_the_dropped_metric_is_listed(two_years):
    both, year_one, year_two = two_years
    before, after = org_metric_year(year_one), org_metric_year(year_two)
    expected = sorted((org, f["org_name"], metric, year, year + 1) for (org, metric, year), f in before.items()
                      if (org, metric, year + 1) not in after)
    assert any(r[2] == DROPPED_METRIC for r in expected)
    assert run_example(both, "05_metrics_dropped.sql") == expected


def test_06_low_mediation_success_rates_with_their_sentence(two_years):
    both, year_one, year_two = two_years
    marts = org_metric_year(year_one + year_two)
    expected = sorted(((o, f["org_name"], y, f["value"]) for (o, m, y), f in marts.items() if m == "mediation_success_rate" and f["value"] < 95),
                      key=lambda r: (r[3], r[0], r[2]))
    rows = run_example(both, "06_low_mediation_success_rate.sql")
    assert [r[:4] for r in rows] == expected
    assert all(f"{r[3]:g}%" in r[4] for r in rows)


def test_07_task_profile_counts_each_bodys_latest_facts(two_years):
    both, year_one, year_two = two_years
    rows = run_example(both, "07_task_profile_latest_year.sql")
    latest = {f["org_key"]: f["report_year"] for f in year_two}
    assert [(r[0], r[3], r[4]) for r in rows] == sorted(
        (org, year, sum(1 for f in year_two if f["org_key"] == org)) for org, year in latest.items())


def test_08_every_statement_behind_a_series_and_the_one_used(two_years):
    both, year_one, year_two = two_years
    used = {f["fact_id"] for f in org_metric_year(year_one).values()}
    rows = [r for r in run_example(both, "08_evidence_behind_a_series.sql") if not r[2].startswith("next_")]
    expected = sorted((f["org_key"], f["report_year"], f["source_file"], f["value"], f["fact_id"] in used, f["char_start"])
                      for f in year_one if f["metric_code"] == "mediation_cases" and f["org_key"])
    assert sorted((r[0], r[1], r[2], r[3], r[7], r[5]) for r in rows) == expected
    assert sum(r[7] for r in rows) == len({(r[0], r[1]) for r in rows})  # one figure used per body and year


def test_09_biggest_increases_are_the_scaled_up_bodies(two_years):
    both, year_one, year_two = two_years
    rows = run_example(both, "09_biggest_increases.sql")
    grown = {org for org in {f["org_key"] for f in year_one} if FACTORS[sorted({f["org_key"] for f in year_one}).index(org)] > 1}
    assert rows and {r[0] for r in rows} <= grown
    assert [r[8] for r in rows] == sorted((r[8] for r in rows), reverse=True)


def test_10_unmapped_subjects_counted_with_their_reason(two_years):
    both, year_one, year_two = two_years
    counts = defaultdict(int)
    for f in year_one + year_two:
        if f["metric_code"] is None:
            counts[(f["subject"], f["kind"], f["unit"], f["metric_note"])] += 1
    expected = sorted((key + (n,) for key, n in counts.items()), key=lambda r: (-r[4], r[0]))[:50]
    assert [r[:5] for r in run_example(both, "10_unmapped_subjects.sql")] == expected


def test_export_writes_each_mart_to_its_sheet_with_chinese_headers(two_years, tmp_path):
    from openpyxl import load_workbook

    from flows.export import SHEETS, write_workbook

    out = tmp_path / "marts.xlsx"
    written = write_workbook(two_years[0], out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [name for name, _, _ in SHEETS]
    with duckdb.connect(str(two_years[0]), read_only=True) as con:
        for name, mart, _ in SHEETS:
            rows = list(book[name].iter_rows(values_only=True))
            assert written[name] == len(rows) - 2 == con.execute(f"select count(*) from {mart}").fetchone()[0]
    yoy = list(book["同比变化"].iter_rows(values_only=True))
    assert "机构编码 (org_key)" in yoy[1] and "变化率(%) (change_pct)" in yoy[1]
    value = yoy[1].index("数值 (value)")
    assert yoy[2:] and all(isinstance(r[value], int | float) for r in yoy[2:])  # numbers stay numbers for Excel's formulas


def test_sql_shell_opens_the_warehouse_read_only(two_years):
    import subprocess
    import sys

    cli = Path(sys.executable).with_name("lawreports")
    ok = subprocess.run([cli, "sql", "--warehouse", two_years[0], "-csv", "-c", "select count(*) from analytics.metric_yoy"],
                        capture_output=True, text=True)
    with duckdb.connect(str(two_years[0]), read_only=True) as con:
        assert ok.stdout.split() == ["count_star()", str(con.execute("select count(*) from analytics.metric_yoy").fetchone()[0])]
    write = subprocess.run([cli, "sql", "--warehouse", two_years[0], "-c", "create table analytics.x (a int)"],
                           capture_output=True, text=True)
    assert write.returncode != 0 and "read-only" in (write.stdout + write.stderr).lower()
