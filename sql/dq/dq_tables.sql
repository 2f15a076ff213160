-- Data-quality records, append-only, keyed by run_id.
-- dq.runs: one row per run.
create table if not exists dq.runs (
    run_id varchar primary key, started_at timestamp, finished_at timestamp, status varchar, extractor_version varchar,
    input_dir varchar, files_seen bigint, reports_loaded bigint, reports_unchanged bigint, files_quarantined bigint,
    duplicates bigint, facts_event bigint, facts_count bigint, facts_rate bigint, facts_quarantined bigint,
    mentions_unparsed bigint, checks_failed bigint
);
-- added after 0.4.0: facts held after the run, and why a failed run failed
alter table dq.runs add column if not exists facts_in_warehouse bigint;
alter table dq.runs add column if not exists error varchar;
-- the run whose lock this run took over because it had died (killed, machine restarted)
alter table dq.runs add column if not exists recovered_from varchar;
-- where the run's time went (wall seconds): ingest+extract+validate of all batches, then the publish
alter table dq.runs add column if not exists extract_seconds double;
alter table dq.runs add column if not exists publish_seconds double;
-- dq.files: one row per input file per run.
create table if not exists dq.files (
    run_id varchar, source_file varchar, sha256 varchar, bytes bigint, status varchar, reason varchar, report_id varchar
);
-- dq.check_results: one row per expectation per run.
create table if not exists dq.check_results (
    run_id varchar, suite varchar, expectation varchar, column_name varchar, severity varchar, success boolean,
    observed_value varchar, element_count bigint, unexpected_count bigint, unexpected_percent double, threshold varchar
);
-- threshold: what the expectation demands (its arguments); description: why it exists
alter table dq.check_results add column if not exists description varchar;
-- dq.failed_rows: quarantined (severity error) or flagged (severity warn) rows.
create table if not exists dq.failed_rows (
    run_id varchar, suite varchar, expectation varchar, severity varchar, report_id varchar, source_file varchar,
    char_start bigint, char_end bigint, row_json varchar
);
-- dq.extraction_issues: what could not be extracted, with where and why.
create table if not exists dq.extraction_issues (
    run_id varchar, report_id varchar, source_file varchar, issue varchar, token varchar,
    char_start bigint, char_end bigint, detail varchar
);
-- reason: why it failed, in words (detail holds the sentence or the file message)
alter table dq.extraction_issues add column if not exists reason varchar;
