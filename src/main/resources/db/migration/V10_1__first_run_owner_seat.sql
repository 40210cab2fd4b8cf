-- While registration is closed only the first visitor may sign up, and the database, not a
-- check-then-insert, makes sure that happens once: an account created under closed registration
-- takes the one seat (TRUE); a unique constraint refuses a second. Accounts created while
-- registration is open leave it NULL, which the constraint allows any number of times.
alter table app_user add column first_run_owner boolean;
alter table app_user add constraint app_user_first_run_owner_unique unique (first_run_owner);
