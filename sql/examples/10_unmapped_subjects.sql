-- Question: which stated figures have no metric yet (candidates for the catalogue)? One row per
-- subject, kind and unit, most frequent first, with why (no_metric or metric_ambiguous: a|b).
select subject, kind, unit, metric_note, count(*) as facts, count(distinct org_key) as bodies, any_value(evidence) as example
from analytics.facts
where metric_code is null
group by all
order by facts desc, subject
limit 50;
