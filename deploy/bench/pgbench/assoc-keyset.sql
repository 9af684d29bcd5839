-- the page after a cursor (keyset): the sort keys of the previous page's last row, no OFFSET
SELECT a.*, lower(a.name), a.id FROM association a WHERE a.status = 'active'
   AND lower(a.name) >= '@K0@' AND (lower(a.name) > '@K0@' OR (lower(a.name) = '@K0@' AND a.id > '@K1@'))
 ORDER BY lower(a.name) ASC NULLS LAST, a.id ASC NULLS LAST LIMIT 21;
SELECT count(*) FROM (SELECT a.id FROM association a WHERE a.status = 'active' LIMIT 1001) c;
