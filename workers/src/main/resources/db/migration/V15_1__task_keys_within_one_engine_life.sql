-- The embedded engine numbers its jobs from the same start after every restart, so an engine's task key names one
-- task only within one life of the engine. Rows get a key of their own; those of an engine that was lost are marked,
-- and a task key then finds the current engine's task first.
ALTER TABLE human_task DROP PRIMARY KEY,
    ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST,
    ADD COLUMN past_engine BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX human_task_key ON human_task (task_key, past_engine);
