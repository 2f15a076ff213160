-- Question: the top 10 streets and townships by 普法 (legal publicity) events, per year.
-- One row per year and ranked body (ties share a rank).
select report_year, rank, org_key, org_name, value as pufa_events
from (
    select *, rank() over (partition by report_year order by value desc) as rank
    from analytics.org_metric_year
    where metric_code = 'pufa_events' and org_type in ('street', 'township')
)
where rank <= 10
order by report_year, rank, org_key;
