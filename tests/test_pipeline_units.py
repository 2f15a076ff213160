"""The nightly flow's pure functions on tiny frames, exact answers (issue 15): what a file's status
is, what a loaded file's note says, which rows become extraction issues, how checks add up over
batches and what the run record counts. No Prefect run, no warehouse: fast enough for make mutate."""
import datetime as dt
import os

import polars as pl
import pytest

from flows.pipeline import (ORG_ISSUE_REASONS, discover_files, extraction_issues, loaded_by_batch, loaded_rows,
                            file_statuses, run_record, summarise_checks, with_load_notes)
from transforms import normalise


def test_discover_files_skips_dotfiles_hidden_folders_and_the_top_level_manifest(tmp_path):
    for rel in ["b.txt", "a.txt", ".hidden.txt", ".git/config", "sub/c.txt", "sub/.d.txt", "manifest.csv", "manifest.json",
                "sub/manifest.csv", "z/a.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "sub", target_is_directory=True)
    # sorted within each folder, folders after the files beside them; a linked folder is listed, never entered
    assert discover_files(tmp_path) == ["a.txt", "b.txt", "linked", "sub/c.txt", "sub/manifest.csv", "z/a.txt"]


def test_discover_files_of_an_empty_folder(tmp_path):
    assert discover_files(tmp_path) == []


INGESTED = pl.DataFrame({
    "source_file": ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"],
    "file_sha256": ["sa", "sb", "sc", "sd", "se", "sf"],
    "bytes": [10, 20, 30, 40, 50, 60],
    "status": ["ok", "ok", "quarantined", "ok", "unchanged", "failed"],
    "reason": ["", "repaired", "empty file", "", "same content", "cannot read file: denied"],
    "report_id": ["r1", "r1", None, "r9", "r5", None],
})
KNOWN = pl.DataFrame({"source_file": ["old.txt", "e.txt"], "report_id": ["r9", "r5"]})


def test_file_statuses_mark_a_second_copy_of_a_text_a_duplicate_of_the_first_name():
    files = file_statuses(INGESTED, KNOWN)
    assert files.columns == ["source_file", "sha256", "bytes", "status", "reason", "report_id"]
    assert files.rows() == [
        ("a.txt", "sa", 10, "loaded", "", "r1"),
        ("b.txt", "sb", 20, "duplicate", "same text as a.txt", "r1"),  # earlier in this run
        ("c.txt", "sc", 30, "quarantined", "empty file", None),
        ("d.txt", "sd", 40, "duplicate", "same text as old.txt", "r9"),  # already in the warehouse under another name
        ("e.txt", "se", 50, "unchanged", "same content", "r5"),
        ("f.txt", "sf", 60, "failed", "cannot read file: denied", None),
    ]


def test_with_load_notes_says_what_a_loaded_report_lacks():
    files = pl.DataFrame({"source_file": ["a", "b", "c", "d", "e", "f", "g"],
                          "status": ["loaded", "loaded", "loaded", "quarantined", "loaded", "failed", "loaded"],
                          "reason": ["repaired 2 bytes", "", "", "bad", "repaired 1 byte", "cannot read", "repaired 3 bytes"],
                          "report_id": ["r1", "r2", "r3", "r4", "r5", None, "r6"]})
    reports = pl.DataFrame({"report_id": ["r1", "r2", "r3", "r4", "r5", "r6"], "report_year": [None, 2023, 2023, None, None, 2023],
                            "org_key": ["k", None, "k", None, None, "k"],
                            "org_issue": [None, "no_org", None, "no_org", "org_conflict", None]})
    assert with_load_notes(files, reports).rows() == [
        ("a", "loaded", "repaired 2 bytes; loaded without a report year", "r1"),
        ("b", "loaded", "loaded without a reporting body key (no_org)", "r2"),
        ("c", "loaded", "", "r3"),
        ("d", "quarantined", "bad", "r4"),  # only loaded files get notes
        ("e", "loaded", "repaired 1 byte; loaded without a report year; loaded without a reporting body key (org_conflict)", "r5"),
        ("f", "failed", "cannot read", None),  # a file without a report stays
        ("g", "loaded", "repaired 3 bytes", "r6"),  # nothing lacking: no dangling separator
    ]


def test_extraction_issues_one_row_per_problem_with_its_reason():
    reports = pl.DataFrame({
        "report_id": ["r1", "r2"], "source_file": ["a.txt", "b.txt"], "report_year": [2023, None],
        "org_issue": [None, "org_ambiguous"], "org_name": [None, "城关镇"], "org_evidence_start": [None, 0],
        "org_evidence_end": [None, 3], "org_candidates": [None, "甲县|乙县"]}).vstack(pl.DataFrame({
            "report_id": ["r3"], "source_file": ["e.txt"], "report_year": [2023], "org_issue": ["org_new_kind"], "org_name": ["某镇"],
            "org_evidence_start": [7], "org_evidence_end": [9], "org_candidates": [None]}, schema_overrides={"org_candidates": pl.String}))
    mentions = pl.DataFrame({"report_id": ["r1", "r1", "r9", "r1"], "token": ["7", "3", "8", "2023"], "token_start": [5, 9, 1, 0],
                             "token_end": [6, 10, 2, 4], "status": ["unparsed", "fact", "unparsed", "skipped"],
                             "reason": ["number_without_unit", "", "number_without_unit", "date"],
                             "evidence": ["涉及资金7。", "", "", "2023年"]})  # a skipped date is no issue
    facts = pl.DataFrame({"report_id": ["r1", "r1", "r2"], "subject": ["办理", "培训", "调解"], "metric_code": [None, "training", None],
                          "metric_note": ["", "", "metric_ambiguous: a|b"], "char_start": [1, 2, 3], "char_end": [4, 5, 6],
                          "evidence": ["e1", "e2", "e3"]})
    files = pl.DataFrame({"source_file": ["c.txt", "a.txt", "d.txt"], "status": ["quarantined", "loaded", "failed"],
                          "reason": ["not a report: too short (12 chars)", "", "cannot read file: denied"], "report_id": [None, "r1", None]})
    issues = extraction_issues(reports, mentions, facts, files)
    assert issues.columns == ["report_id", "source_file", "issue", "reason", "token", "char_start", "char_end", "detail"]
    assert issues.rows() == [
        ("r1", "a.txt", "unparsed_number", "number_without_unit", "7", 5, 6, "涉及资金7。"),  # r9 is not a loaded report
        ("r1", "a.txt", "unmapped_subject", "no catalogue metric matches the subject", "办理", 1, 4, "e1"),
        ("r2", "b.txt", "unmapped_subject", "metric_ambiguous: a|b", "调解", 3, 6, "e3"),
        ("r2", "b.txt", "no_year", "no report year in the title, the text or the manifest", None, None, None, None),
        ("r2", "b.txt", "org_ambiguous", ORG_ISSUE_REASONS["org_ambiguous"], "城关镇", 0, 3, "甲县|乙县"),
        ("r3", "e.txt", "org_new_kind", None, "某镇", 7, 9, None),  # an issue without a sentence yet: no reason, no crash
        (None, "c.txt", "unreadable_file", "not a report", None, None, None, "not a report: too short (12 chars)"),
        (None, "d.txt", "unreadable_file", "cannot read file", None, None, None, "cannot read file: denied"),
    ]


def test_summarise_checks_adds_up_the_batches_per_expectation():
    checks = pl.DataFrame({
        "suite": ["facts", "facts", "facts", "reports"], "expectation": ["e1", "e1", "e2", "e1"],
        "column_name": ["value", "value", "unit", "value"], "severity": ["error", "error", "warn", "error"],
        "success": [True, False, True, False], "observed_value": ["0", "3", None, "1"], "element_count": [10, 30, 0, 1],
        "unexpected_count": [0, 3, 0, 1], "threshold": ["t1", "t2", None, "t3"], "description": ["d1", "d2", "d3", "d4"]})
    summary = summarise_checks(checks)
    assert summary.columns == ["suite", "expectation", "column_name", "severity", "success", "observed_value", "element_count",
                               "unexpected_count", "threshold", "description", "unexpected_percent"]
    assert summary.rows() == [
        ("facts", "e1", "value", "error", False, "3", 40, 3, "t1", "d1", 7.5),
        ("facts", "e2", "unit", "warn", True, None, 0, 0, None, "d3", 0.0),  # no rows: 0 %, not a division by zero
        ("reports", "e1", "value", "error", False, "1", 1, 1, "t3", "d4", 100.0),
    ]


def test_run_record_counts_files_facts_and_failures():
    files = pl.DataFrame({"status": ["loaded", "loaded", "unchanged", "quarantined", "failed", "duplicate", "duplicate"]})
    facts = pl.DataFrame({"kind": ["event", "count", "count", "rate", "rate", "rate"]})
    ledger = pl.DataFrame({"status": ["unparsed", "unparsed", "fact", "skipped"]})  # a skipped number is not unparsed
    failed = pl.DataFrame({"severity": ["error", "warn", "error", "error"]})
    checks = pl.DataFrame({"success": [True, False, False]})
    before = dt.datetime.now()
    run = run_record("R1", "2024-01-02T03:04:05", "in", files, facts, ledger, failed, checks)
    finished = run.pop("finished_at")
    assert before <= finished <= dt.datetime.now()
    assert run == {"run_id": "R1", "started_at": dt.datetime(2024, 1, 2, 3, 4, 5), "status": "succeeded",
                   "extractor_version": normalise.EXTRACTOR_VERSION, "input_dir": "in", "files_seen": 7, "reports_loaded": 2,
                   "reports_unchanged": 1, "files_quarantined": 2, "duplicates": 2, "facts_event": 1, "facts_count": 2,
                   "facts_rate": 3, "facts_quarantined": 3, "mentions_unparsed": 2, "checks_failed": 2}


def test_loaded_rows_come_from_the_batch_holding_the_loaded_file(tmp_path):
    batches = []
    for i, (ids, files) in enumerate([(["r1", "r2"], ["a.txt", "b.txt"]), (["r1", "r3"], ["c.txt", "d.txt"])]):
        paths = {"reports": str(tmp_path / f"reports_{i}.parquet"), "facts": str(tmp_path / f"facts_{i}.parquet")}
        pl.DataFrame({"report_id": ids, "source_file": files}).write_parquet(paths["reports"])
        pl.DataFrame({"report_id": ids, "kind": ["count", "rate"], "value": [float(i), float(i + 10)]}).write_parquet(paths["facts"])
        batches.append(paths)
    # r1 was read as a.txt in batch 0 and again as c.txt (same text) in batch 1: it loads from batch 0 only
    loaded = pl.DataFrame({"report_id": ["r1", "r3"], "source_file": ["a.txt", "d.txt"]})
    by_batch = loaded_by_batch(batches, loaded)
    assert [ids["report_id"].to_list() for _, ids in by_batch] == [["r1"], ["r3"]]
    assert loaded_rows(by_batch, "facts", ["report_id", "value"]).rows() == [("r1", 0.0), ("r3", 11.0)]
    assert loaded_rows(by_batch, "facts", ["value"], pl.col("kind") == "rate").rows() == [(11.0,)]
    empty = loaded_rows([], "facts", ["report_id", "value"])
    assert empty.is_empty() and empty.schema == {"report_id": pl.String, "value": pl.String}


def test_a_report_whose_extraction_fails_is_recorded_failed_and_the_others_load(tmp_path, monkeypatch):
    from flows.batch import extract_batch, ingest_batch
    from transforms import mentions

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("2023年，西连镇开展普法宣传活动20次。", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_text("2023年，南山镇调解纠纷35件。", encoding="utf-8")
    real = mentions.extract_sentence

    def breaks_on_one_text(sentence, offset, **kw):  # a rule that fails on one report's wording
        if "南山镇" in sentence:
            raise IndexError("list index out of range")
        return real(sentence, offset, **kw)

    monkeypatch.setattr(mentions, "extract_sentence", breaks_on_one_text)
    pl.DataFrame(schema={"source_file": pl.String, "file_sha256": pl.String, "extractor_version": pl.String}).write_parquet(
        tmp_path / "known.parquet")
    ingested = ingest_batch(str(tmp_path / "in"), ["bad.txt", "good.txt"], str(tmp_path / "known.parquet"), str(tmp_path / "ingested.parquet"))
    paths = extract_batch(ingested, str(tmp_path / "out"), str(tmp_path / "in"))
    files = pl.read_parquet(paths["ingested"]).select("source_file", "status", "reason").sort("source_file").rows()
    assert files[0][:2] == ("bad.txt", "failed") and "IndexError" in files[0][2]
    assert files[1][:2] == ("good.txt", "ok")
    assert pl.read_parquet(paths["facts"])["value"].to_list() == [20.0]
    assert not [p.name for p in (tmp_path / "out").iterdir() if p.is_dir()]  # the one-at-a-time probes leave nothing behind
