-- ExpertRepository.search for an anonymous caller (visible = public); @WHERE_Q@ and @RANK@ are the
-- words' part (empty for a browse without words), @ORDER@ the ordering, @OFFSET@ the page's offset.
WITH m AS MATERIALIZED (
    SELECT e.id, e.name_key, e.title_code, e.degree_code, e.field_codes, e.association_ids,
           CASE WHEN (e.availability_visibility IN ('public') OR false) THEN e.availability END AS availability,
           CASE WHEN (e.availability_visibility IN ('public') OR false) THEN e.busy_until END AS busy_until,
           @RANK@ AS rank
    FROM expert e
    WHERE ((e.membership = 'active' AND e.profile_visibility IN ('public')) OR false) @WHERE_Q@
), p AS (
    SELECT m.*, x.full_name, x.position, x.organisation, x.membership
    FROM (SELECT * FROM m ORDER BY @ORDER@ LIMIT 20 OFFSET @OFFSET@) m JOIN expert x ON x.id = m.id
)
SELECT CAST(json_build_object(
    'total', (SELECT count(*) FROM m),
    'items', COALESCE((SELECT json_agg(json_build_object(
            'id', p.id, 'fullName', p.full_name, 'titleCode', p.title_code, 'degreeCode', p.degree_code,
            'position', p.position, 'organisation', p.organisation, 'availability', p.availability,
            'busyUntil', p.busy_until, 'membership', p.membership, 'fieldCodes', p.field_codes)
        ORDER BY @PORDER@) FROM p), '[]'),
    'fields', (SELECT json_object_agg(k, c) FROM (SELECT k, count(*) AS c FROM m, unnest(m.field_codes) AS k GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20) x),
    'qualifications', (SELECT json_object_agg(k, c) FROM (SELECT k, count(*) AS c FROM m,
            unnest(ARRAY[m.title_code, m.degree_code]) AS k WHERE k IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20) x),
    'associations', (SELECT json_object_agg(k, c) FROM (SELECT k, count(*) AS c FROM m, unnest(m.association_ids) AS k GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20) x),
    'availability', (SELECT json_object_agg(k, c) FROM (SELECT availability AS k, count(*) AS c FROM m WHERE availability IS NOT NULL GROUP BY 1) x)
) AS text);
