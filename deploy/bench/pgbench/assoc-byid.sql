SELECT * FROM association WHERE id = '@ASSOC_ID@';
SELECT * FROM association_term WHERE association_id = '@ASSOC_ID@' ORDER BY start_date DESC;
SELECT * FROM association_congress WHERE association_id = '@ASSOC_ID@';
SELECT * FROM association_leader WHERE association_id = '@ASSOC_ID@';
