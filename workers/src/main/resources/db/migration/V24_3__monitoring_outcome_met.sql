-- Whether each person's outcome is met, partly met or not met, as the return reports it: the contract's outcome
-- indicators with a target figure are compared with the share met. Null where the return did not say.
ALTER TABLE monitoring_person_outcome
    ADD COLUMN met VARCHAR(20) NULL;
