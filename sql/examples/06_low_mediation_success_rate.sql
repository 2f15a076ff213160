-- Question: which bodies state a mediation success rate (调处成功率) below 95%? One row per body and
-- year, lowest first, with the sentence it was read from.
select org_key, org_name, report_year, value as success_rate_pct, evidence
from analytics.org_metric_year
where metric_code = 'mediation_success_rate' and value < 95
order by value, org_key, report_year;
