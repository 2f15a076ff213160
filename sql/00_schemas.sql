-- Schemas: raw (loaded rows, delete+insert per report), staging (rename/cast views),
-- core (star schema), analytics (analyst views), dq (data-quality records, append-only).
create schema if not exists raw;
create schema if not exists staging;
create schema if not exists core;
create schema if not exists analytics;
create schema if not exists dq;
