-- Per-contact score state: the decayed sums of docs/scoring.md anchored at a day, so a score can be read
-- for any later day in O(1) without touching the interaction rows (see docs/decisions/0004).
-- A contact without any interaction has no row. Deleting a contact drops its state.

create table score_state (
    contact_id        bigint primary key references contact (id) on delete cascade,
    owner_id          bigint not null references app_user (id) on delete cascade,
    anchor_on         date not null,
    short_me          double precision not null,
    short_them        double precision not null,
    short_mutual      double precision not null,
    short_service     double precision not null,
    long_me           double precision not null,
    long_them         double precision not null,
    long_mutual       double precision not null,
    long_service      double precision not null,
    services_given    double precision not null,
    services_received double precision not null,
    known_since       date,
    first_on          date,
    last_on           date,
    last_live_on      date,
    next_planned_on   date
);
create index score_state_owner on score_state (owner_id);

-- The fingerprint of the rapport.scoring.* constants the stored states were computed with: when
-- the constants change, the application recomputes every state at startup.
create table score_constants (
    name        varchar(50) primary key,
    fingerprint varchar(64) not null
);
