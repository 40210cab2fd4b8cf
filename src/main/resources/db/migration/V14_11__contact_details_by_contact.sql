-- Numbered after the tables it changes (important_date V13_1, contact_email, contact_phone and
-- contact_address V14_1), though it belongs to issue 11 (like V15_10 for issue 10).
--
-- A contact page reads the contact's emails, phones, addresses, dates and follow-ups with
-- "owner_id = ? and contact_id = ?". Until H2 has statistics for a table (it gathers them after
-- about 2,000 changed rows), it weighs the owner's foreign-key index like the contact's and may
-- take the owner's, reading every row of the owner for one contact's few (docs/benchmarks.md).
-- An index on both columns, contact first, matches the whole condition, so H2 takes it with or
-- without statistics, and PostgreSQL alike. It replaces the contact-only index it extends
-- (the foreign keys keep their own indexes on H2; PostgreSQL needs none for them).
create index contact_email_contact_owner on contact_email (contact_id, owner_id);
drop index contact_email_contact;
create index contact_phone_contact_owner on contact_phone (contact_id, owner_id);
drop index contact_phone_contact;
create index contact_address_contact_owner on contact_address (contact_id, owner_id);
drop index contact_address_contact;
create index important_date_contact_owner on important_date (contact_id, owner_id);
drop index important_date_contact;
create index follow_up_contact_owner on follow_up (contact_id, owner_id);
drop index follow_up_contact;
