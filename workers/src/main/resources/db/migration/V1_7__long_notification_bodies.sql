-- A notification can quote a clarification answer of up to 100,000 characters (platform.web.TextLimits.NOTE), more
-- than a TEXT column's 64 kB at up to four bytes a character.
ALTER TABLE notification MODIFY body MEDIUMTEXT NOT NULL;
