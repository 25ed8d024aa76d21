-- A task the engine hands over twice at once is still stored once: among the current engine's tasks a task key is
-- unique (tasks of a lost engine are set apart, and their keys may come again).
ALTER TABLE human_task
    ADD COLUMN current_task_key BIGINT GENERATED ALWAYS AS (CASE WHEN past_engine THEN NULL ELSE task_key END) STORED,
    ADD UNIQUE INDEX human_task_current_key (current_task_key);
