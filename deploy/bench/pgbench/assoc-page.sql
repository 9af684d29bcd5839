SELECT a.*, lower(a.name), a.id FROM association a WHERE a.status = 'active'
 ORDER BY lower(a.name) ASC NULLS LAST, a.id ASC NULLS LAST OFFSET @OFFSET@ LIMIT 21;
SELECT count(*) FROM (SELECT a.id FROM association a WHERE a.status = 'active' LIMIT @COUNT_LIMIT@) c;
