-- analytics.reports: one row per report, the contract other tools read.
create or replace view analytics.reports as
select source_file, report_id, org_key, org_name, org_type, department_type, province, province_code, city, city_code,
       county, county_code, org_method, org_issue, org_candidates, report_year, published_date, source_url, text_chars, encoding, extractor_version
from core.dim_report;
