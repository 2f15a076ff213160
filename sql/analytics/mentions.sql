-- analytics.mentions: one row per numeric token with the report it came from.
create or replace view analytics.mentions as
select r.source_file, r.org_key, r.org_name, r.report_year, m.*
from staging.stg_mentions m join core.dim_report r using (report_id);
