\set n random(1, :ntasks)
SELECT * FROM program_task WHERE id = md5('task' || :n)::uuid;
SELECT i.* FROM program_item i JOIN program_task t ON t.item_id = i.id WHERE t.id = md5('task' || :n)::uuid;
SELECT * FROM program_task_coordinator WHERE task_id = md5('task' || :n)::uuid ORDER BY position;
SELECT * FROM task_progress WHERE task_id = md5('task' || :n)::uuid ORDER BY reported_on DESC, created_at DESC;
