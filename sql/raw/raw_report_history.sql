-- One row per report version replaced by a later run: what was loaded and which run replaced it.
create table if not exists raw.report_history (
    report_id varchar, source_file varchar, replaced_by_report_id varchar, replaced_in_run_id varchar,
    fact_count bigint, replaced_at timestamp
);
