-- Depth features on the contact: the rhythm the user intends (null = learned from the history)
-- and the short "looking for" / "can help with" notes that introductions are suggested from.
alter table contact add column rhythm_days integer;
alter table contact add column looking_for varchar(500);
alter table contact add column can_help_with varchar(500);
