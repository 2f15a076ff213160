-- core.fact_delta: one row per year-on-year change stated in a report (同比增长40%, 下降3个百分点).
create or replace table core.fact_delta as
select d.report_id, r.org_key, r.report_year, d.value, d.unit, d.char_start, d.char_end, d.evidence, d.extractor_version
from raw.deltas d join core.dim_report r using (report_id);
