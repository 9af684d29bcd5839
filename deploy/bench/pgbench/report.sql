SELECT * FROM program WHERE id = '@PROGRAM_ID@';
SELECT t.*, i.* FROM program_task t, program_item i
 WHERE i.id = t.item_id AND t.program_id = '@PROGRAM_ID@' AND t.year = @YEAR@ ORDER BY i.position, t.id LIMIT 10000;
SELECT count(t.id) FROM program_task t, program_item i WHERE i.id = t.item_id AND t.program_id = '@PROGRAM_ID@' AND t.year = @YEAR@;
SELECT c.* FROM program_task_coordinator c JOIN program_task t ON t.id = c.task_id
 WHERE t.program_id = '@PROGRAM_ID@' AND t.year = @YEAR@ ORDER BY c.task_id, c.position;
SELECT r.* FROM task_progress r
 WHERE r.task_id IN (SELECT id FROM program_task WHERE program_id = '@PROGRAM_ID@' AND year = @YEAR@)
 ORDER BY r.reported_on DESC, r.created_at DESC;
SELECT e.id, e.progress_id, e.file_name, e.content_type, e.size_bytes, e.created_at FROM task_evidence e
 WHERE e.progress_id IN (SELECT r.id FROM task_progress r JOIN program_task t ON t.id = r.task_id
                         WHERE t.program_id = '@PROGRAM_ID@' AND t.year = @YEAR@);
