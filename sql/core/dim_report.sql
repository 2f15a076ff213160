-- core.dim_report: one row per report (report_id = sha256 of the decoded text).
create or replace table core.dim_report as
select r.report_id, r.source_file, r.file_sha256, r.encoding, o.org_id, r.org_name, r.org_level, r.report_year,
       r.published_date, r.source_url, r.text_chars, r.text, r.extractor_version, r.loaded_run_id
from staging.stg_reports r left join core.dim_org o using (org_name);
