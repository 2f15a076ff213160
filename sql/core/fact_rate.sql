-- core.fact_rate: one row per rate fact (see dev/GUIDELINE.md for the kinds).
create or replace table core.fact_rate as
select f.fact_id, f.report_id, r.org_key, r.report_year, f.metric_code, f.subject, f.value, f.unit, f.approx,
       f.char_start, f.char_end, f.evidence, f.section, f.parent_fact_id, f.rate_consistent, f.extractor_version
from staging.stg_facts f join core.dim_report r using (report_id)
where f.kind = 'rate';
