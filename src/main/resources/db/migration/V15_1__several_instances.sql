-- Several instances on one database: each keeps its own in-memory cache of score states, so each
-- must learn when another instance changed a user's scores. Every transaction that changes score
-- states bumps the generation of the user's bucket (owner_id mod 64) as its last write; a cache
-- entry remembers the generation it was loaded at and is reloaded when that moved on
-- (docs/decisions/0015-several-instances.md). Fixed buckets rather than a row per user: the rows
-- always exist, so a bump is one plain update and never races to create its row.
create table score_generation (
    bucket     integer primary key,
    generation bigint not null
);
insert into score_generation (bucket, generation) values
    (0, 0),
    (1, 0),
    (2, 0),
    (3, 0),
    (4, 0),
    (5, 0),
    (6, 0),
    (7, 0),
    (8, 0),
    (9, 0),
    (10, 0),
    (11, 0),
    (12, 0),
    (13, 0),
    (14, 0),
    (15, 0),
    (16, 0),
    (17, 0),
    (18, 0),
    (19, 0),
    (20, 0),
    (21, 0),
    (22, 0),
    (23, 0),
    (24, 0),
    (25, 0),
    (26, 0),
    (27, 0),
    (28, 0),
    (29, 0),
    (30, 0),
    (31, 0),
    (32, 0),
    (33, 0),
    (34, 0),
    (35, 0),
    (36, 0),
    (37, 0),
    (38, 0),
    (39, 0),
    (40, 0),
    (41, 0),
    (42, 0),
    (43, 0),
    (44, 0),
    (45, 0),
    (46, 0),
    (47, 0),
    (48, 0),
    (49, 0),
    (50, 0),
    (51, 0),
    (52, 0),
    (53, 0),
    (54, 0),
    (55, 0),
    (56, 0),
    (57, 0),
    (58, 0),
    (59, 0),
    (60, 0),
    (61, 0),
    (62, 0),
    (63, 0);

-- ShedLock's table: scheduled work (planned interactions arriving, clean-ups) runs on one instance
-- at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
