-- One row per fact that passed validation (quarantined rows are in dq.failed_rows).
create table if not exists raw.facts (
    fact_id varchar primary key, report_id varchar not null, kind varchar, subject varchar, value double,
    unit varchar, approx varchar, char_start bigint, char_end bigint, evidence varchar, section varchar,
    parent_fact_id varchar, extractor_version varchar, metric_code varchar, rate_consistent boolean
);
-- why a fact has no metric: no_metric, or metric_ambiguous with the candidate codes
alter table raw.facts add column if not exists metric_note varchar;
