-- core.dim_org: one row per reporting body (name as read from the reports).
create or replace table core.dim_org as
select md5(org_name) as org_id, org_name, any_value(org_level) as org_level, any_value(parent_place) as parent_place,
       count(*) as reports
from staging.stg_reports where org_name is not null group by org_name;
