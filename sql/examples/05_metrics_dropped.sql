-- Question: which metrics did a body stop reporting? One row per body, metric and the year of its
-- next report that no longer states a metric its previous report stated.
with years as (
    select org_key, report_year, lead(report_year) over (partition by org_key order by report_year) as next_year
    from (select distinct org_key, report_year from analytics.reports where org_key is not null and report_year is not null)
)
select o.org_key, o.org_name, o.metric_code, o.report_year as last_stated, y.next_year as missing_in
from analytics.org_metric_year o
join years y using (org_key, report_year)
where y.next_year is not null
  and not exists (select 1 from analytics.org_metric_year n
                  where n.org_key = o.org_key and n.metric_code = o.metric_code and n.report_year = y.next_year)
order by o.org_key, o.metric_code;
