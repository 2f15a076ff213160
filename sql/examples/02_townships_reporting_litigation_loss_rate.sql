-- Question: how many townships report a 行政诉讼败诉率 (administrative litigation loss rate) each
-- year, out of the townships with a report that year? One row per report year (zero included).
select report_year, bodies_reporting, bodies_with_report, share
from analytics.metric_coverage
where metric_code = 'admin_litigation_loss_rate' and org_type = 'township'
order by report_year;
