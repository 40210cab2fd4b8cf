-- An upload waiting between preview and commit is kept in parts of about 1 MB, written as the
-- multipart stream is read and read back one part at a time, so neither the upload nor an import
-- holds the whole file (up to 20 MB) in memory: PostgreSQL's driver reads a bytea value whole.
-- pending_import.content is no longer written.
--
-- This migration sorts before the pending_import table (V15_2), so a part cannot reference its
-- upload by foreign key; every statement that deletes uploads deletes their parts, the expiry
-- also deletes parts whose upload is gone, and owner_id lets deleting an account take its parts.
-- The last part of an upload is marked, so a reader that finds a part missing before it knows
-- the upload went away rather than ending the file early.
create table pending_import_part (
    pending_import_id bigint  not null,
    part_no           integer not null,
    owner_id          bigint  not null references app_user (id) on delete cascade,
    content           bytea   not null,
    last_part         boolean not null,
    constraint pending_import_part_pk primary key (pending_import_id, part_no)
);
create index pending_import_part_owner on pending_import_part (owner_id);
