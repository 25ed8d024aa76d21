-- Whether a national pay uplift's re-issue of schedules is still going on, so that an uplift the embedded engine lost
-- mid-signing is carried on when its framework's process is resumed. Uplifts recorded before this column are taken
-- as finished: whatever process they had either finished or was lost at a restart that never resumed them.
ALTER TABLE framework_uplift
    ADD COLUMN in_progress BOOLEAN NOT NULL DEFAULT FALSE;
