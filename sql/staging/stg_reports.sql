-- staging.stg_reports: one row per loaded report, typed and renamed for the core layer.
create or replace view staging.stg_reports as
select report_id, source_file, file_sha256, encoding, org_key, org_name, org_type, department_type,
       province, province_code, city, city_code, county, county_code, org_method, org_evidence_start, org_evidence_end,
       coalesce(org_aliases, []) as org_aliases, org_issue, org_candidates,
       cast(report_year as integer) as report_year, try_cast(published_date as date) as published_date,
       text, text_chars, extractor_version, loaded_run_id, source_url
from raw.reports;
