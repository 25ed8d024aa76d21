-- An officer's review notes and a commissioner's decision notes are kept whole, however long: MEDIUMTEXT, as every
-- column that holds what people write at length (platform.web.TextLimits).
ALTER TABLE fair_work_check MODIFY review_notes MEDIUMTEXT NULL;
ALTER TABLE fair_work_uplift_review MODIFY decision_notes MEDIUMTEXT NULL;
