-- analytics.org_scorecard: one row per reporting body (org_key) and report year: how much its
-- report(s) say and about which 纲要(2021-2025) tasks (facts and distinct metrics per task T1..T9, see
-- core.dim_metric), and the key rates as stated (analytics.org_metric_year's value rule).
-- T1 职能 T2 制度 T3 决策 T4 执法 T5 应急 T6 矛盾纠纷 T7 监督 T8 数字 T9 党的领导/学法/普法.
create or replace view analytics.org_scorecard as
with counted as (
    select f.org_key, f.report_year, any_value(f.org_name) as org_name, any_value(f.org_type) as org_type,
           any_value(f.province) as province, any_value(f.city) as city, any_value(f.county) as county,
           count(distinct f.report_id) as reports, count(f.fact_id) as facts, count(f.metric_code) as facts_mapped,
           count(distinct f.metric_code) as metrics,
       count(f.fact_id) filter (where m.task = 'T1') as t1_facts, count(distinct f.metric_code) filter (where m.task = 'T1') as t1_metrics,
       count(f.fact_id) filter (where m.task = 'T2') as t2_facts, count(distinct f.metric_code) filter (where m.task = 'T2') as t2_metrics,
       count(f.fact_id) filter (where m.task = 'T3') as t3_facts, count(distinct f.metric_code) filter (where m.task = 'T3') as t3_metrics,
       count(f.fact_id) filter (where m.task = 'T4') as t4_facts, count(distinct f.metric_code) filter (where m.task = 'T4') as t4_metrics,
       count(f.fact_id) filter (where m.task = 'T5') as t5_facts, count(distinct f.metric_code) filter (where m.task = 'T5') as t5_metrics,
       count(f.fact_id) filter (where m.task = 'T6') as t6_facts, count(distinct f.metric_code) filter (where m.task = 'T6') as t6_metrics,
       count(f.fact_id) filter (where m.task = 'T7') as t7_facts, count(distinct f.metric_code) filter (where m.task = 'T7') as t7_metrics,
       count(f.fact_id) filter (where m.task = 'T8') as t8_facts, count(distinct f.metric_code) filter (where m.task = 'T8') as t8_metrics,
       count(f.fact_id) filter (where m.task = 'T9') as t9_facts, count(distinct f.metric_code) filter (where m.task = 'T9') as t9_metrics,
    from analytics.facts f left join core.dim_metric m using (metric_code)
    where f.org_key is not null and f.report_year is not null
    group by f.org_key, f.report_year
),
rates as (
    select org_key, report_year,
           any_value(value) filter (where metric_code = 'mediation_success_rate') as mediation_success_rate,
           any_value(value) filter (where metric_code = 'closure_rate') as closure_rate,
           any_value(value) filter (where metric_code = 'satisfaction_rate') as satisfaction_rate,
           any_value(value) filter (where metric_code = 'court_appearance_rate') as court_appearance_rate
    from analytics.org_metric_year where kind = 'rate' group by all
)
select c.*, r.mediation_success_rate, r.closure_rate, r.satisfaction_rate, r.court_appearance_rate
from counted c left join rates r using (org_key, report_year);
