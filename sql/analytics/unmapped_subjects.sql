-- analytics.unmapped_subjects: one row per fact subject with no catalogue metric, for review.
create or replace view analytics.unmapped_subjects as
select subject, kind, unit, count(*) as facts, any_value(evidence) as example
from analytics.facts where metric_code is null group by all order by facts desc;
