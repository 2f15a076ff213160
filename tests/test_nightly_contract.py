"""The nightly contract on a tiny folder (issue 15), with the real flow (session Prefect harness):
a dotfile is not an input, manifest.json fills what the text lacks, summary.md says exactly what
the run did, `report --run` reports the run asked for, an extractor-version bump re-extracts every
file and keeps the replaced facts in raw.facts_history, and a publish that raises leaves a failed
dq.runs row and the CLI exits 1. One warehouse for the module; the tests run in file order."""
import json

import duckdb
import pytest
from typer.testing import CliRunner

REPORT_A = ("杭州市临平区塘栖镇人民政府2023年度法治政府建设工作报告\n"
            "一、主要成效\n全年开展普法宣传活动12场次，受理矛盾纠纷40件，调处38件，调处成功率95%。\n"
            "二、下一步工作计划\n计划开展培训10次。\n")
REPORT_B = ("法治政府建设情况报告\n"
            "一、工作成效\n举办法治讲座5场，办理法律援助案件8件。\n")
MANIFEST = [{"file": "b.txt", "url": "http://example.gov.cn/b", "org": "", "published": "2024-02-20"}]


def query(warehouse, sql, params=None):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def tiny(prefect_harness, tmp_path_factory):
    from flows.pipeline import nightly

    tmp = tmp_path_factory.mktemp("contract")
    inputs = tmp / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (inputs / "b.txt").write_text(REPORT_B, encoding="utf-8")
    (inputs / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(range(256)))  # a dotfile: never an input
    (inputs / ".notes.txt").write_text(REPORT_B.replace("5场", "50场"), encoding="utf-8")
    (inputs / "manifest.json").write_text(json.dumps(MANIFEST, ensure_ascii=False), encoding="utf-8")
    warehouse = tmp / "wh" / "lawreports.duckdb"
    first = nightly(input_dir=str(inputs), warehouse=str(warehouse), batch_size=10)
    return {"inputs": inputs, "warehouse": warehouse, "first": first, "tmp": tmp}


def test_dotfiles_and_the_manifest_are_not_inputs(tiny):
    first, warehouse = tiny["first"], tiny["warehouse"]
    assert (first["status"], first["files_seen"], first["reports_loaded"]) == ("succeeded", 2, 2)
    assert query(warehouse, "select source_file, status from dq.files order by source_file") == [("a.txt", "loaded"), ("b.txt", "loaded")]
    assert query(warehouse, "select count(*) from analytics.facts where value = 50") == [(0,)]


def test_manifest_json_gives_the_url_the_publication_date_and_so_the_year(tiny):
    rows = query(tiny["warehouse"], "select source_file, source_url, published_date::varchar, report_year from analytics.reports "
                                    "order by source_file")
    assert rows == [("a.txt", None, None, 2023), ("b.txt", "http://example.gov.cn/b", "2024-02-20", 2023)]


def test_the_facts_of_the_tiny_folder(tiny):
    rows = query(tiny["warehouse"], "select source_file, kind, value, unit from analytics.facts order by source_file, char_start")
    assert rows == [("a.txt", "event", 12.0, "场次"), ("a.txt", "count", 40.0, "件"), ("a.txt", "count", 38.0, "件"),
                    ("a.txt", "rate", 95.0, "%"), ("b.txt", "event", 5.0, "场"), ("b.txt", "count", 8.0, "件")]
    assert (tiny["first"]["facts_event"], tiny["first"]["facts_count"], tiny["first"]["facts_rate"]) == (2, 3, 1)


def test_summary_md_says_what_the_run_did(tiny, tmp_path):
    from flows.report import write_report

    first = tiny["first"]
    write_report(tiny["warehouse"], tmp_path)
    lines = (tmp_path / "summary.md").read_text(encoding="utf-8").split("\n")
    assert lines == SUMMARY_FIRST(first["run_id"], tmp_path)


def test_report_run_writes_the_report_of_that_run(tiny, tmp_path):
    from flows.cli import app
    from flows.pipeline import nightly

    again = nightly(input_dir=str(tiny["inputs"]), warehouse=str(tiny["warehouse"]), batch_size=10)
    assert (again["reports_unchanged"], again["reports_loaded"]) == (2, 0)
    first_id = tiny["first"]["run_id"]
    result = CliRunner().invoke(app, ["report", "--warehouse", str(tiny["warehouse"]), "--out", str(tmp_path / "r1"), "--run", first_id])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r1" / "summary.md").read_text(encoding="utf-8").split("\n") == SUMMARY_FIRST(first_id, tmp_path / "r1")
    result = CliRunner().invoke(app, ["report", "--warehouse", str(tiny["warehouse"]), "--out", str(tmp_path / "r2")])
    latest = (tmp_path / "r2" / "summary.md").read_text(encoding="utf-8").split("\n")
    assert latest[0] == f"# lawreports run {again['run_id']}: OK" and latest[4].startswith("files seen 2 · reports loaded 0 · unchanged 2")
    result = CliRunner().invoke(app, ["report", "--warehouse", str(tiny["warehouse"]), "--out", str(tmp_path / "r3"), "--run", "nope"])
    assert result.exit_code == 2 and not (tmp_path / "r3" / "summary.md").exists()


def test_an_extractor_version_bump_reextracts_every_file_and_keeps_the_old_facts(tiny, monkeypatch):
    from flows.pipeline import nightly
    from transforms import normalise

    warehouse = tiny["warehouse"]
    before = query(warehouse, "select report_id, subject, value, unit from raw.facts order by report_id, char_start")
    monkeypatch.setattr(normalise, "EXTRACTOR_VERSION", "99.0.0-contract")
    bumped = nightly(input_dir=str(tiny["inputs"]), warehouse=str(warehouse), batch_size=10)
    assert (bumped["reports_loaded"], bumped["reports_unchanged"], bumped["extractor_version"]) == (2, 0, "99.0.0-contract")
    assert query(warehouse, "select distinct extractor_version from raw.reports") == [("99.0.0-contract",)]
    assert query(warehouse, "select distinct extractor_version from raw.facts") == [("99.0.0-contract",)]
    history = query(warehouse, "select report_id, subject, value, unit from raw.facts_history where replaced_in_run_id = ? "
                               "order by report_id, char_start", [bumped["run_id"]])
    assert history == before and len(history) == 6
    assert query(warehouse, "select report_id, subject, value, unit from raw.facts order by report_id, char_start") == before
    assert query(warehouse, "select count(*) from raw.report_history") == [(0,)]  # same texts: no replaced version


def test_a_publish_that_raises_leaves_a_failed_run_and_the_cli_exits_1(tiny, monkeypatch, tmp_path):
    import flows.pipeline
    from flows.cli import app

    def broken_publish(*args, **kwargs):
        raise RuntimeError("disk on fire")

    warehouse = tiny["warehouse"]
    facts_before = query(warehouse, "select count(*) from analytics.facts")
    (tiny["inputs"] / "c.txt").write_text(REPORT_B.replace("5场", "6场"), encoding="utf-8")  # new work, so the publish is reached
    monkeypatch.setattr(flows.pipeline, "publish", broken_publish)
    result = CliRunner().invoke(app, ["run", "--input", str(tiny["inputs"]), "--warehouse", str(warehouse),
                                      "--report-dir", str(tmp_path / "report"), "--workers", "1"])
    assert result.exit_code == 1, result.output
    failed = query(warehouse, "select run_id, status, error, files_seen from dq.runs order by started_at desc limit 1")
    assert [(status, error, seen) for _, status, error, seen in failed] == [("failed", "RuntimeError: disk on fire", None)]
    assert query(warehouse, "select count(*) from analytics.facts") == facts_before  # nothing published
    summary = (tmp_path / "report" / "summary.md").read_text(encoding="utf-8").split("\n")
    assert summary[:3] == [f"# lawreports run {failed[0][0]}: FAILED", "", "run failed: RuntimeError: disk on fire"]


def SUMMARY_FIRST(run_id, out):  # noqa: N802 - the expected file of the first run, given its id and folder
    return [
        f"# lawreports run {run_id}: REVIEW", "",
        "succeeded, to review: 2 checks failed", "",
        "files seen 2 · reports loaded 2 · unchanged 0 · duplicates 0 · files not loaded 0 · event facts 2 · count facts 3 · "
        "rate facts 1 · facts in warehouse 6 · rows quarantined 0 · numbers unparsed 0 · checks failed 2", "",
        "## Checks not passing", "",
        "- warn reports.expect_column_values_to_not_be_null(org_key): 1 rows",
        "- warn reports.expect_column_values_to_not_be_null(org_name): 1 rows", "",
        "## Top extraction-failure reasons", "",
        "- no_org / no reporting body in the title, metadata block, opening sentence, signature or manifest: 1 (1 files)", "",
        "## Reporting bodies without a key", "",
        "- b.txt: no_org (nothing read)", "",  # a.txt names its body in the title
        "## Files not loaded", "",
        "- none", "",
        f"Pages: {out / 'index.html'} (one review page per report under {out / 'reports'})", "",
    ]


def test_a_model_sql_change_is_rebuilt_by_a_run_that_loads_nothing(tiny, monkeypatch, tmp_path):
    import shutil

    import flows.warehouse as warehouse_module
    from flows.pipeline import nightly

    nightly(input_dir=str(tiny["inputs"]), warehouse=str(tiny["warehouse"]), batch_size=10)  # settles what earlier tests changed
    sql = tmp_path / "sql"
    shutil.copytree(warehouse_module.SQL_DIR, sql)
    view = sql / "analytics" / "unmapped_subjects.sql"
    view.write_text(view.read_text(encoding="utf-8").replace("select subject,", "select 'rebuilt' as marker, subject,", 1),
                    encoding="utf-8")
    monkeypatch.setattr(warehouse_module, "SQL_DIR", sql)
    run = nightly(input_dir=str(tiny["inputs"]), warehouse=str(tiny["warehouse"]), batch_size=10)
    assert (run["status"], run["reports_loaded"]) == ("succeeded", 0)
    columns = [r[0] for r in query(tiny["warehouse"], "select column_name from information_schema.columns "
                                                      "where table_schema = 'analytics' and table_name = 'unmapped_subjects'")]
    assert columns[0] == "marker"
