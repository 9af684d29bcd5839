-- Keyset (cursor) pagination walks an index in the list's order from the cursor on (issue #8): the
-- orders that large lists use by default, ending with the id that breaks ties.

-- the union office's directory (every status) by name; the public one (active only) has association_status_name_idx
CREATE INDEX association_name_order_idx ON association (lower(name), id);
-- contest entries of an edition by number (the default order), and across editions
CREATE INDEX contest_entry_edition_number_idx ON contest_entry (edition_id, number, id);
CREATE INDEX contest_entry_number_idx ON contest_entry (number, id);
-- released bulletin issues, newest month first (the default order)
CREATE INDEX bulletin_issue_month_order_idx ON bulletin_issue (issue_month DESC, id);
