SELECT a.* FROM association a
 WHERE a.search_key LIKE '%hoi%' ESCAPE '\' AND a.search_key LIKE '%khoa%' ESCAPE '\' AND a.search_key LIKE '%hoc%' ESCAPE '\'
 ORDER BY lower(a.name), a.id OFFSET 0 LIMIT 20;
SELECT count(a.id) FROM association a
 WHERE a.search_key LIKE '%hoi%' ESCAPE '\' AND a.search_key LIKE '%khoa%' ESCAPE '\' AND a.search_key LIKE '%hoc%' ESCAPE '\';
