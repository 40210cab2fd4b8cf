-- The contact list sorts by first name, then last name, ignoring case, then id. Sorting by
-- lower(first_name) made the database sort every contact of the owner for each page of 20 (H2
-- cannot index an expression), so the names are also stored lower-cased, in an index in the
-- list's order: a page is read by index, its first rows only (docs/benchmarks.md). New rows get
-- the keys from their writer (dev.rapport.contact.NameSortKey: the entity, the imports, the
-- backup restore); this fills the rows that exist. A null last name stays null, so the order of
-- contacts without one is what each database gave before (first on H2, last on PostgreSQL).
-- Wider than the names: lower-casing can lengthen a string (the dotted capital I).
--
-- Numbered in issue 11's own range like V11_11 (a follow-up of issue 11): it reads only
-- first_name and last_name, which V1 creates and no later migration changes, and no later
-- migration inserts contacts, so it may run before or after V13_1 .. V17_2 (out-of-order on).
alter table contact add column sort_first varchar(200);
alter table contact add column sort_last varchar(200);

update contact set sort_first = lower(first_name), sort_last = lower(last_name);

alter table contact alter column sort_first set not null;

-- The list's filter (owner, archived) and its order; it also serves whatever the old
-- (owner_id, archived, first_name) index served by its first two columns.
drop index contact_owner_name;
create index contact_owner_sort_name on contact (owner_id, archived, sort_first, sort_last, id);
