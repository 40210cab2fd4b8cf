-- Numbered after the pending_import table it changes (V15_2), though it belongs to issue 10.
-- An API import (POST /api/v1/imports?dryRun=...) reads its upload within the one request that
-- sent it. Such uploads are marked, so that neither counts towards the user's waiting previews nor
-- is dropped to make room for another upload: parallel API imports of one user must not take each
-- other's file away mid-request. A crash leaves them to the ordinary expiry.
alter table pending_import add column one_shot boolean default false not null;
