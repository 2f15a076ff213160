-- analytics.metric_yoy: one row per reporting body (org_key), metric and year: the year's value
-- (sum of top-level facts; breakdown parts are excluded so totals are not double-counted; rates
-- averaged), the previous reported year's value and the change. Bodies without an org_key are
-- left out: their reports cannot be followed across years.
create or replace view analytics.metric_yoy as
with yearly as (
    select f.org_key, f.metric_code, f.report_year, any_value(f.org_name) as org_name, any_value(f.kind) as kind,
           any_value(f.unit) as unit,
           case when any_value(f.kind) = 'rate' then avg(f.value) else sum(f.value) end as value
    from analytics.facts f
    where f.org_key is not null and f.metric_code is not null and f.report_year is not null and f.parent_fact_id is null
    group by f.org_key, f.metric_code, f.report_year
)
select org_key, org_name, metric_code, report_year, kind, unit, value,
       lag(report_year) over w as previous_year,
       lag(value) over w as previous_value,
       value - lag(value) over w as change,
       case when lag(value) over w > 0 then round(100 * (value - lag(value) over w) / lag(value) over w, 1) end as change_pct
from yearly
window w as (partition by org_key, metric_code order by report_year);
