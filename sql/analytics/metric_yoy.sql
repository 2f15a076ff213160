-- analytics.metric_yoy: one row per reporting body (org_key), metric and report year (from
-- analytics.org_metric_year), with the body's previous reported year of that metric and the change.
-- comparable is false when the unit's family changed (人 one year, 人次 the next; 件 and 宗 compare,
-- core.dim_unit): change is then null.
-- years_apart > 1 when the body skipped a year; change_pct is null when the previous value is 0.
create or replace view analytics.metric_yoy as
with series as (
    select *, lag(report_year) over w as previous_year, lag(value) over w as previous_value,
           lag(unit_family) over w as previous_unit_family
    from analytics.org_metric_year
    window w as (partition by org_key, metric_code order by report_year)
)
select org_key, org_name, org_type, metric_code, metric_name_zh, task, kind, unit, report_year, value, approx,
       previous_year, previous_value, report_year - previous_year as years_apart,
       previous_year is not null and unit_family = previous_unit_family as comparable,
       case when unit_family = previous_unit_family then value - previous_value end as change,
       case when unit_family = previous_unit_family and previous_value <> 0
            then round(100 * (value - previous_value) / previous_value, 1) end as change_pct,
       fact_id, source_file, char_start, char_end
from series;
