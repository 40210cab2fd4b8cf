-- Passkeys (WebAuthn). Spring Security's JdbcUserCredentialRepository reads and writes
-- user_credentials with exactly these column names. Each account gets one WebAuthn user handle
-- (random bytes, base64url) in passkey_user, tied to the account by id rather than by email, so a
-- changed email keeps its passkeys; both tables go with the account (on delete cascade).
-- bytea is PostgreSQL's binary type and an alias of H2's varbinary, so one script serves both.

create table passkey_user (
    id       varchar(100) primary key,
    owner_id bigint not null references app_user (id) on delete cascade,
    constraint passkey_user_owner_unique unique (owner_id)
);

create table user_credentials (
    credential_id                varchar(1400) primary key,
    user_entity_user_id          varchar(100)  not null references passkey_user (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint        not null,
    uv_initialized               boolean       not null,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp with time zone,
    last_used                    timestamp with time zone,
    label                        varchar(1000) not null
);
create index user_credentials_user on user_credentials (user_entity_user_id);
