-- The search box (issue #23) finds calendar events by title, place and chairperson, accents aside:
-- a generated search key as the other features have, with a trigram index for LIKE '%word%'.
ALTER TABLE calendar_event ADD COLUMN search_key text GENERATED ALWAYS AS
    (f_search_key(title || ' ' || coalesce(place, '') || ' ' || coalesce(chair_name, ''))) STORED;
CREATE INDEX calendar_event_search_trgm_idx ON calendar_event USING gin (search_key gin_trgm_ops);
