-- analytics.facts: one row per fact, the contract other tools read (with the reporting body's key and places).
create or replace view analytics.facts as
select r.source_file, f.report_id, r.org_key, r.org_name, r.org_type, r.province, r.province_code, r.city, r.city_code,
       r.county, r.county_code, r.report_year, f.kind, f.subject, f.metric_code, f.metric_note, f.value, f.unit,
       f.approx, f.char_start, f.char_end, f.evidence, f.section, f.parent_fact_id, f.fact_id, f.extractor_version
from staging.stg_facts f join core.dim_report r using (report_id);
