-- ExpertRepository.search without words, for an anonymous caller (visible = public), when the
-- instance's counts are current: the page along the name index, with the directory's generation
-- read in the same statement. @OFFSET@ is the page's offset. The total and facets come from
-- DirectorySummaries (counted by expert-search.sql's statement without its page, once per change).
WITH p AS (
    SELECT e.id, e.name_key, e.title_code, e.degree_code, e.field_codes, e.association_ids,
           CASE WHEN (e.availability_visibility IN ('public') OR false) THEN e.availability END AS availability,
           CASE WHEN (e.availability_visibility IN ('public') OR false) THEN e.busy_until END AS busy_until,
           0 AS rank, e.full_name, e.position, e.organisation, e.membership
    FROM expert e
    WHERE ((e.membership = 'active' AND e.profile_visibility IN ('public')) OR false) AND true
    ORDER BY e.name_key, e.id LIMIT 21 OFFSET @OFFSET@
)
SELECT CAST(json_build_object('generation', (SELECT value FROM expert_directory_generation WHERE id = 1),
    'items', COALESCE((SELECT json_agg(json_build_object(
            'id', p.id, 'fullName', p.full_name, 'titleCode', p.title_code, 'degreeCode', p.degree_code,
            'position', p.position, 'organisation', p.organisation, 'availability', p.availability,
            'busyUntil', p.busy_until, 'membership', p.membership,
            'fieldCodes', p.field_codes, 'k', json_build_array(p.rank, p.name_key))
        ORDER BY p.name_key, p.id) FROM p), '[]')) AS text);
