-- core.dim_report: one row per report (report_id = sha256 of the decoded text), with its body.
create or replace table core.dim_report as
select r.report_id, r.source_file, r.file_sha256, r.encoding, r.org_key, r.org_name, r.org_type, r.department_type,
       r.province, r.province_code, r.city, r.city_code, r.county, r.county_code,
       r.org_method, r.org_evidence_start, r.org_evidence_end, r.org_aliases, r.org_issue, r.org_candidates,
       r.report_year, r.published_date, r.source_url, r.text_chars, r.text, r.extractor_version, r.loaded_run_id
from staging.stg_reports r;
