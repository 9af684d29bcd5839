SELECT a.*, lower(a.name), a.id FROM association a
 WHERE a.search_key LIKE '%hoi%' ESCAPE '\' AND a.search_key LIKE '%khoa%' ESCAPE '\' AND a.search_key LIKE '%hoc%' ESCAPE '\'
   AND a.status = 'active'
 ORDER BY lower(a.name) ASC NULLS LAST, a.id ASC NULLS LAST OFFSET 0 LIMIT 21;
SELECT count(*) FROM (SELECT a.id FROM association a
 WHERE a.search_key LIKE '%hoi%' ESCAPE '\' AND a.search_key LIKE '%khoa%' ESCAPE '\' AND a.search_key LIKE '%hoc%' ESCAPE '\'
   AND a.status = 'active' LIMIT 1001) c;
