\set n random(1, :ntasks)
BEGIN;
SELECT * FROM program_task WHERE id = md5('task' || :n)::uuid;
UPDATE program_task SET status = 'in_progress', lead_unit = 'Văn phòng Liên hiệp hội', updated_at = now(), version = version + 1
 WHERE id = md5('task' || :n)::uuid;
DELETE FROM program_task_coordinator WHERE task_id = md5('task' || :n)::uuid;
INSERT INTO program_task_coordinator (task_id, position, name) VALUES (md5('task' || :n)::uuid, 0, 'Sở Khoa học và Công nghệ');
INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state)
 VALUES (gen_random_uuid(), now(), 'staff', 'update', 'program-task', md5('task' || :n), '{"status": "done"}', '{"status": "in_progress"}');
COMMIT;
