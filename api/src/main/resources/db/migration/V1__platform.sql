-- Platform: text search helpers, audit log, idempotency records.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- unaccent() is STABLE (it reads a dictionary); pinning the dictionary makes an IMMUTABLE
-- wrapper safe, which lets generated columns and indexes use it.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The accent- and case-free key every search compares against (Java: SearchText.normalize).
CREATE OR REPLACE FUNCTION f_search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(f_unaccent($1)) $$;

CREATE TABLE audit_event (
    id           uuid PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(200) NOT NULL,
    action       varchar(20)  NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    entity_type  varchar(60)  NOT NULL,
    entity_id    varchar(100) NOT NULL,
    before_state jsonb,
    after_state  jsonb,
    request_id   varchar(100)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at DESC);

-- One row per (caller, Idempotency-Key): written in the same transaction as the create it
-- guards, so a crash rolls both back and a concurrent retry waits on the primary key.
CREATE TABLE idempotency_record (
    principal     varchar(200)  NOT NULL,
    idem_key      varchar(200)  NOT NULL,
    request_hash  varchar(64)   NOT NULL,
    status        integer       NOT NULL,
    location      varchar(1000),
    etag          varchar(100),
    body          text,
    created_at    timestamptz   NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
