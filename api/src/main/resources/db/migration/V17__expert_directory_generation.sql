-- The expert directory's generation: which committed transaction last changed a profile. Each API
-- instance keeps the total and facet counts of a browse without words and reuses them while the
-- generation it reads with the page is the one they were counted at
-- (vn.lhh.expert.DirectorySummaries), so counting the whole directory happens once per change, not
-- once per request, and a write on one instance is seen by all of them at its commit.
--
-- The value is the writing transaction's id: distinct per transaction, with no counter to keep.
-- The row is updated at commit (a deferred constraint trigger), after every other lock the
-- transaction takes, so writers of profiles wait on it only for their commit and cannot deadlock
-- over it. The links tables (expert_field, expert_association) update the profile's arrays, so
-- they reach this trigger too.
CREATE TABLE expert_directory_generation (
    id     smallint PRIMARY KEY CHECK (id = 1),
    value  bigint   NOT NULL
);
INSERT INTO expert_directory_generation VALUES (1, txid_current());

CREATE FUNCTION expert_directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- once per transaction in effect: later rows of the same transaction find the value already set
    UPDATE expert_directory_generation SET value = txid_current() WHERE id = 1 AND value <> txid_current();
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER expert_directory_changed AFTER INSERT OR UPDATE OR DELETE ON expert
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION expert_directory_changed();
CREATE TRIGGER expert_directory_truncated AFTER TRUNCATE ON expert
    FOR EACH STATEMENT EXECUTE FUNCTION expert_directory_changed();
