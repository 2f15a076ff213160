-- One row per fact that a later run replaced (changed file or new extractor version): the old
-- value stays recoverable with the run that replaced it.
create table if not exists raw.facts_history (
    fact_id varchar, report_id varchar, kind varchar, subject varchar, value double,
    unit varchar, approx varchar, char_start bigint, char_end bigint, evidence varchar, section varchar,
    parent_fact_id varchar, extractor_version varchar, metric_code varchar, rate_consistent boolean,
    replaced_in_run_id varchar, replaced_at timestamp
);
alter table raw.facts_history add column if not exists metric_note varchar;
