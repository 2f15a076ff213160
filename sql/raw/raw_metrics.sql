-- The metric catalogue as loaded from transforms/data/metrics.csv (replaced every run): one row
-- per metric with its definition and matching rules (see transforms/metrics.py).
create table if not exists raw.metrics (
    code varchar primary key, name_zh varchar, name_en varchar, task varchar, kind varchar, unit_class varchar,
    definition varchar, heads varchar, verbs varchar, qualifiers varchar, excludes varchar, sentence_excludes varchar,
    context_qualifiers varchar, context_topic varchar, stretch_excludes varchar, audience_of varchar
);
-- warehouses built before the catalogue carried definitions and rules
alter table raw.metrics add column if not exists definition varchar;
alter table raw.metrics add column if not exists heads varchar;
alter table raw.metrics add column if not exists verbs varchar;
alter table raw.metrics add column if not exists qualifiers varchar;
alter table raw.metrics add column if not exists excludes varchar;
alter table raw.metrics add column if not exists sentence_excludes varchar;
alter table raw.metrics add column if not exists context_qualifiers varchar;
alter table raw.metrics add column if not exists context_topic varchar;
alter table raw.metrics add column if not exists stretch_excludes varchar;
alter table raw.metrics add column if not exists audience_of varchar;
