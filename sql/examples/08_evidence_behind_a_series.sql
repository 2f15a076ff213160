-- Question: where does each year's figure of a body's metric come from? One row per body, year
-- and statement of 受理矛盾纠纷 (disputes received): the sentence, its offsets in the file, and
-- whether it is the figure the marts use.
select o.org_key, o.report_year, f.source_file, f.value, f.unit, f.char_start, f.char_end,
       f.fact_id = o.fact_id as used_in_marts, f.evidence
from analytics.org_metric_year o
join analytics.facts f on f.fact_id in (select unnest(o.fact_ids))
where o.metric_code = 'mediation_cases'
order by o.org_key, o.report_year, f.char_start;
