-- core.dim_metric: one row per canonical metric of the catalogue.
create or replace table core.dim_metric as
select code as metric_code, name_zh, name_en, kind, unit_class, task, string_split(terms, '|') as terms
from raw.metrics;
