-- One row per loaded report (the current version of each input file).
create table if not exists raw.reports (
    report_id varchar primary key, source_file varchar not null, file_sha256 varchar, encoding varchar,
    org_name varchar, org_level varchar, parent_place varchar, report_year integer, published_date varchar,
    text varchar, text_chars bigint, extractor_version varchar, loaded_run_id varchar, source_url varchar
);
-- columns added after the first release: warehouses built earlier gain them here
alter table raw.reports add column if not exists source_url varchar;
alter table raw.reports add column if not exists fact_count bigint;  -- facts extracted, before quarantine
