-- analytics.org_metric_year: one row per reporting body (org_key), metric and report year: the
-- figure an analyst compares across bodies and years, with every statement behind it.
-- Value rule, when the body's reports of that year state the metric several times:
--   * a breakdown part (其中…) of a total of the same metric is never a candidate;
--   * counts and events: the largest statement. A total is restated (全年受理纠纷254件 … 共受理254件)
--     or stated beside its own parts; summing would count it twice, and the largest is the total;
--   * rates: the first stated (the headline figure; later ones are usually for a sub-group).
-- value_rule says which applied; fact_ids lists all statements, fact_id is the one taken.
-- unit_family (core.dim_unit) tells which units compare (件 and 宗 do, 人 and 人次 do not).
-- Bodies without an org_key are left out: their reports cannot be followed across years.
create or replace view analytics.org_metric_year as
with candidates as (
    -- a breakdown part of a same-metric total already has no metric (normalise.without_parts_of_the_same_metric)
    select f.* from analytics.facts f
    where f.org_key is not null and f.metric_code is not null and f.report_year is not null
),
ranked as (
    select c.*,
           count(*) over body_year as n_facts,
           list(c.fact_id order by c.report_id, c.char_start) over body_year as fact_ids,
           row_number() over (partition by c.org_key, c.metric_code, c.report_year
                              order by case when c.kind = 'rate' then 0 else -c.value end, c.report_id, c.char_start) as pick
    from candidates c
    window body_year as (partition by c.org_key, c.metric_code, c.report_year)
)
select r.org_key, r.org_name, r.org_type, r.province, r.city, r.county, r.metric_code, m.name_zh as metric_name_zh,
       m.task, r.kind, r.unit, coalesce(u.unit_family, r.unit) as unit_family, r.report_year, r.value, r.approx,
       case when r.n_facts = 1 then 'single statement'
            when r.kind = 'rate' then 'first of ' || r.n_facts || ' rates stated'
            else 'largest of ' || r.n_facts || ' statements' end as value_rule,
       r.n_facts, r.fact_ids, r.fact_id, r.source_file, r.report_id, r.char_start, r.char_end, r.evidence
from ranked r join core.dim_metric m using (metric_code)
left join core.dim_unit u on u.unit = r.unit
where r.pick = 1;
