-- ContestRepository.entries for staff: one edition's entries by number (page @PAGE@), the bounded count, the page's rows
SELECT x.* FROM contest_entry x WHERE x.id IN (
  SELECT e.id FROM contest_entry e WHERE e.edition_id = '@EDITION@'
   @AFTER@ ORDER BY e.number ASC NULLS LAST, e.id ASC NULLS LAST OFFSET @OFFSET@ LIMIT 21);
SELECT count(*) FROM (SELECT 1 FROM contest_entry e WHERE e.edition_id = '@EDITION@' LIMIT @COUNT_LIMIT@) c;
