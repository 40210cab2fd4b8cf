-- One row the health check rewrites, to prove the database still accepts writes (a full disk or
-- a read-only file lets reads through but not writes).
create table storage_probe (
    id         integer primary key,
    checked_at timestamp with time zone not null
);
insert into storage_probe (id, checked_at) values (1, current_timestamp);
