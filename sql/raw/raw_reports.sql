-- One row per loaded report (the current version of each input file), with its reporting body as
-- resolved by transforms/org_resolution.py (org_key null where nothing in the text or manifest decides it).
create table if not exists raw.reports (
    report_id varchar primary key, source_file varchar not null, file_sha256 varchar, encoding varchar,
    org_name varchar, report_year integer, published_date varchar,
    text varchar, text_chars bigint, extractor_version varchar, loaded_run_id varchar, source_url varchar
);
-- columns added after the first release: warehouses built earlier gain them here
alter table raw.reports add column if not exists source_url varchar;
alter table raw.reports add column if not exists fact_count bigint;  -- facts extracted, before quarantine
alter table raw.reports add column if not exists org_key varchar;
alter table raw.reports add column if not exists org_type varchar;
alter table raw.reports add column if not exists department_type varchar;
alter table raw.reports add column if not exists province varchar;
alter table raw.reports add column if not exists province_code varchar;
alter table raw.reports add column if not exists city varchar;
alter table raw.reports add column if not exists city_code varchar;
alter table raw.reports add column if not exists county varchar;
alter table raw.reports add column if not exists county_code varchar;
alter table raw.reports add column if not exists org_method varchar;
alter table raw.reports add column if not exists org_evidence_start bigint;
alter table raw.reports add column if not exists org_evidence_end bigint;
alter table raw.reports add column if not exists org_aliases varchar[];
alter table raw.reports add column if not exists org_issue varchar;
alter table raw.reports add column if not exists org_candidates varchar;
