-- One row per year-on-year change (同比增长40%): useful, but not a level fact.
create table if not exists raw.deltas (
    report_id varchar, char_start bigint, char_end bigint, value double, unit varchar, evidence varchar,
    extractor_version varchar
);
