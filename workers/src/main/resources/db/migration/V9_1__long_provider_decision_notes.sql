-- The officer's notes on a registration decision are kept whole, however long: MEDIUMTEXT, as every column that
-- holds what people write at length (platform.web.TextLimits).
ALTER TABLE provider MODIFY decision_notes MEDIUMTEXT NULL;
