-- Question: what does each body report about, by 纲要 task, in its latest report year? One row per
-- body: facts per task (T4 执法, T6 矛盾纠纷, T9 学法普法...) and share of facts mapped to a metric.
select org_key, org_name, org_type, report_year, facts, round(facts_mapped / facts, 3) as mapped_share,
       t1_facts, t2_facts, t3_facts, t4_facts, t5_facts, t6_facts, t7_facts, t8_facts, t9_facts
from analytics.org_scorecard
qualify report_year = max(report_year) over (partition by org_key)
order by org_key;
