-- Question: the 10 biggest year-on-year increases in percent, over all metrics counted in events or
-- numbers (rates left out: a change of a rate is in points). One row per body, metric and year.
select org_key, org_name, metric_code, metric_name_zh, previous_year, report_year, previous_value, value, change_pct
from analytics.metric_yoy
where comparable and kind <> 'rate' and change_pct > 0
order by change_pct desc, org_key, metric_code
limit 10;
