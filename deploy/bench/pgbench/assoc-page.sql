SELECT a.* FROM association a ORDER BY lower(a.name), a.id OFFSET @OFFSET@ LIMIT 20;
SELECT count(a.id) FROM association a;
