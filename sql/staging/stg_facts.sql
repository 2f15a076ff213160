-- staging.stg_facts: one row per validated fact.
create or replace view staging.stg_facts as
select fact_id, report_id, kind, subject, cast(value as double) as value, unit, approx,
       cast(char_start as bigint) as char_start, cast(char_end as bigint) as char_end, evidence, section,
       parent_fact_id, extractor_version, metric_code, metric_note, rate_consistent
from raw.facts;
