-- core.dim_org: one row per reporting body (org_key = its county's, or city's, division code +
-- canonical unit name), with every name variant any of its reports used for it.
create or replace table core.dim_org as
select org_key,
       arg_max(org_name, report_year) as org_name,
       any_value(org_type) as org_type, any_value(department_type) as department_type,
       any_value(province) as province, any_value(province_code) as province_code,
       any_value(city) as city, any_value(city_code) as city_code,
       any_value(county) as county, any_value(county_code) as county_code,
       list_sort(list_distinct(flatten(list(org_aliases)))) as aliases,
       count(*) as reports, min(report_year) as first_year, max(report_year) as last_year
from staging.stg_reports where org_key is not null group by org_key;
