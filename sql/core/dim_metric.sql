-- core.dim_metric: one row per canonical metric of the catalogue: what it counts (definition,
-- 纲要 task T1..T9), the kind and unit class of its facts, and the words its rules match on.
create or replace table core.dim_metric as
select code as metric_code, name_zh, name_en, task, kind, unit_class, definition,
       string_split(heads, '|') as heads, string_split(nullif(verbs, ''), '|') as verbs,
       string_split(nullif(qualifiers, ''), '|') as qualifiers, string_split(nullif(excludes, ''), '|') as excludes,
       string_split(nullif(sentence_excludes, ''), '|') as sentence_excludes,
       string_split(nullif(context_qualifiers, ''), '|') as context_qualifiers,
       string_split(nullif(context_topic, ''), '|') as context_topic,
       string_split(nullif(stretch_excludes, ''), '|') as stretch_excludes
from raw.metrics;
