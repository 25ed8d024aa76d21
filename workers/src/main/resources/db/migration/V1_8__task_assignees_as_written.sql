-- A task's assignee is a username: compared as written, so a person whose username differs from another's only by
-- an accent, a letter's case or an emoji (which utf8mb4_unicode_ci weighs alike) never finds, nor completes, the
-- other's task.
ALTER TABLE human_task MODIFY assignee VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
