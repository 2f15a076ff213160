-- Question: which bodies' mediated disputes (矛盾纠纷调处件数) fell by more than 20% year on year?
-- One row per body and year with such a fall, biggest fall first. comparable excludes unit changes.
select org_key, org_name, report_year, previous_year, previous_value, value, change_pct
from analytics.metric_yoy
where metric_code = 'mediation_resolved' and comparable and change_pct < -20
order by change_pct, org_key, report_year;
