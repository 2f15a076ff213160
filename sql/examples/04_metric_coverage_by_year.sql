-- Question: which metrics do most bodies report, year by year? One row per metric and year:
-- bodies (of every type) stating it, out of bodies with a report, most reported first.
select metric_code, metric_name_zh, report_year, sum(bodies_reporting) as bodies_reporting,
       sum(bodies_with_report) as bodies_with_report,
       round(sum(bodies_reporting) / sum(bodies_with_report), 3) as share
from analytics.metric_coverage
group by all
having sum(bodies_reporting) > 0
order by report_year, bodies_reporting desc, metric_code;
