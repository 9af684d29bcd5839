-- Rate limit counters shared by every instance of the API (the API keeps no state of its own): one row per
-- client key ('ip:<address>' for anonymous callers, 'partner:<client id>' for partner tokens) with the hits in
-- its current one-minute window. Each request bumps its row with one atomic INSERT ... ON CONFLICT DO UPDATE,
-- so concurrent instances never lose a hit. UNLOGGED: no WAL for this hot, disposable data; after a crash or a
-- failover the counters start again from zero, which only forgives the current minute.
CREATE UNLOGGED TABLE rate_limit_counter (
    bucket       varchar(300) PRIMARY KEY,
    window_start timestamptz  NOT NULL,
    hits         integer      NOT NULL
);
