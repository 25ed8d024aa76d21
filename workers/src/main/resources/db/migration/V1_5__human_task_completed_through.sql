-- The endpoint that completes a task whose feature records its submission itself (e.g. an evaluator's scores).
ALTER TABLE human_task ADD COLUMN completed_through VARCHAR(300) NULL;
