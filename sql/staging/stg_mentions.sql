-- staging.stg_mentions: one row per numeric token (the mentions ledger).
create or replace view staging.stg_mentions as
select report_id, token, token_start, token_end, status, nullif(reason, '') as reason,
       anchor_start, anchor_end, evidence, section
from raw.mentions;
