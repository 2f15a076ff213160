-- core.dim_metric: one row per canonical metric of the catalogue: what it counts (definition,
-- 纲要 task T1..T9), the kind and unit class of its facts, the words its rules match on, and for a count of
-- people the event metric whose audience it counts (audience_of: 覆盖人数350人 after 法治专题培训13场次).
create or replace table core.dim_metric as
select code as metric_code, name_zh, name_en, task, kind, unit_class, definition,
       string_split(heads, '|') as heads, string_split(nullif(verbs, ''), '|') as verbs,
       string_split(nullif(qualifiers, ''), '|') as qualifiers, string_split(nullif(excludes, ''), '|') as excludes,
       string_split(nullif(sentence_excludes, ''), '|') as sentence_excludes,
       string_split(nullif(context_qualifiers, ''), '|') as context_qualifiers,
       string_split(nullif(context_topic, ''), '|') as context_topic,
       string_split(nullif(stretch_excludes, ''), '|') as stretch_excludes,
       nullif(audience_of, '') as audience_of
from raw.metrics;
