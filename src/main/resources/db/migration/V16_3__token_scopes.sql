-- API token scopes and expiry. Tokens made before this migration keep full access and never
-- expire: scope defaults to READ_WRITE and expires_at stays null.

alter table access_token add column scope varchar(10) default 'READ_WRITE' not null;
alter table access_token add column expires_at timestamp with time zone;
alter table access_token add constraint access_token_scope_known check (scope in ('READ', 'READ_WRITE'));
