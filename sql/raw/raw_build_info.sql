-- One row: the digest of the model SQL and metric catalogue the core tables were last built
-- from (a change rebuilds them even on a run that loads nothing).
create table if not exists raw.build_info (build_sha256 varchar, built_at timestamp);
