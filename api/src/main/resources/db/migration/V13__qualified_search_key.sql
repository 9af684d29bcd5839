-- pg_restore runs with an empty search_path: a function body must name the schema of what it calls,
-- or restoring a backup fails on the first generated column that uses f_search_key (see deploy/backup).
CREATE OR REPLACE FUNCTION f_search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.f_unaccent($1)) $$;
