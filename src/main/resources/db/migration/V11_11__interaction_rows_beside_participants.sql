-- Each participant row keeps a copy of its interaction's date, kind and direction, so that one
-- contact's rows (the contact page's timeline and year of counts, "last broke bread", the
-- scoring refresh after logging) are read through an index on that contact alone, in date order,
-- instead of looking up every one of the contact's interactions by id (10,000 lookups for a busy
-- contact, docs/benchmarks.md). The copies are written with the participant row (the mapping's
-- custom insert, the backup restore) and rewritten when an interaction is edited.
alter table interaction_participant add column occurred_on date;
alter table interaction_participant add column kind varchar(20);
alter table interaction_participant add column direction varchar(10);

update interaction_participant
set occurred_on = (select i.occurred_on from interaction i where i.id = interaction_participant.interaction_id),
    kind = (select i.kind from interaction i where i.id = interaction_participant.interaction_id),
    direction = (select i.direction from interaction i where i.id = interaction_participant.interaction_id);

alter table interaction_participant alter column occurred_on set not null;
alter table interaction_participant alter column kind set not null;
alter table interaction_participant alter column direction set not null;

-- A contact's rows latest first (the timeline, the last interaction, a date range of them).
create index interaction_participant_contact_date
    on interaction_participant (contact_id, occurred_on desc, interaction_id desc);
-- The latest row of each kind and direction: one step into this index each.
create index interaction_participant_contact_kind
    on interaction_participant (contact_id, kind, direction, occurred_on desc);
