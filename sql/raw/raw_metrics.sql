-- The metric catalogue as loaded from transforms/data/metrics.csv (replaced every run).
create table if not exists raw.metrics (
    code varchar primary key, name_zh varchar, name_en varchar, kind varchar, unit_class varchar, task varchar, terms varchar
);
