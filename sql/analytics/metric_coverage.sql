-- analytics.metric_coverage: one row per metric, report year and body type (township, street,
-- department, county government...): how many bodies with a report that year state the metric,
-- their share, and the median and quartiles of the values (in the metric's most used unit family
-- that year, core.dim_unit, so 人 and 人次 are not mixed; unit says which).
create or replace view analytics.metric_coverage as
with bodies as (
    select report_year, coalesce(org_type, 'unknown') as org_type, count(distinct org_key) as bodies_with_report
    from analytics.reports where org_key is not null and report_year is not null group by all
),
stated as (
    select metric_code, report_year, coalesce(org_type, 'unknown') as org_type, org_key, unit_family as unit, value
    from analytics.org_metric_year
),
main_unit as (
    select metric_code, report_year, org_type, mode(unit) as unit from stated group by all
),
spread as (
    select s.metric_code, s.report_year, s.org_type, count(distinct s.org_key) as bodies_reporting,
           any_value(u.unit) as unit,
           quantile_cont(s.value, 0.25) filter (where s.unit = u.unit) as q1,
           quantile_cont(s.value, 0.5) filter (where s.unit = u.unit) as median,
           quantile_cont(s.value, 0.75) filter (where s.unit = u.unit) as q3
    from stated s join main_unit u using (metric_code, report_year, org_type)
    group by all
)
select m.metric_code, m.name_zh as metric_name_zh, m.task, b.report_year, b.org_type,
       coalesce(s.bodies_reporting, 0) as bodies_reporting, b.bodies_with_report,
       round(coalesce(s.bodies_reporting, 0) / b.bodies_with_report, 4) as share,
       s.unit, s.median, s.q1, s.q3
from core.dim_metric m cross join bodies b
left join spread s on s.metric_code = m.metric_code and s.report_year = b.report_year and s.org_type = b.org_type;
