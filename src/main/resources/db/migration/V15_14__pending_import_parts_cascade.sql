-- Numbered after the pending_import table it changes (V15_2), though it belongs to issue 14 (as
-- V15_10 belongs to issue 10): V14_n would sort before the table exists.
--
-- pending_import.content has not been written since uploads are kept in parts (V14_3): it goes.
-- The parts table was created before pending_import, so it could not reference its upload; now it
-- does, and deleting an upload (discard, commit, eviction, expiry, the account) takes its parts
-- with it. Parts left without their upload are deleted first, or the constraint could not be added.
alter table pending_import drop column content;

delete from pending_import_part
where not exists (select 1 from pending_import u where u.id = pending_import_part.pending_import_id);

alter table pending_import_part add constraint pending_import_part_upload
    foreign key (pending_import_id) references pending_import (id) on delete cascade;
