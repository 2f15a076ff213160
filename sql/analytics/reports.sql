-- analytics.reports: one row per report, the contract other tools read.
create or replace view analytics.reports as
select source_file, report_id, org_name, org_level, report_year, published_date, source_url, text_chars, encoding, extractor_version
from core.dim_report;
