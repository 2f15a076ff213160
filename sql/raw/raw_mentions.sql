-- One row per numeric token of a loaded report: fact, skipped (with reason) or unparsed.
create table if not exists raw.mentions (
    report_id varchar, token varchar, token_start bigint, token_end bigint, status varchar, reason varchar,
    anchor_start bigint, anchor_end bigint, kind varchar, value double, unit varchar, approx varchar,
    subjects varchar[], parent_row bigint, evidence varchar, section varchar, sentence_start bigint
);
