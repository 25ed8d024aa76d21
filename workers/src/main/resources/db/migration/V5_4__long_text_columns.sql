-- Notes people write about a fund are kept whole: the requests accept up to 100,000 characters
-- (platform.web.TextLimits.NOTE), more than a TEXT column's 64 kB at up to four bytes a character.
ALTER TABLE isf
    MODIFY choice_in_own_words MEDIUMTEXT NULL,
    MODIFY ended_detail        MEDIUMTEXT NULL;
ALTER TABLE isf_spend_statement MODIFY notes MEDIUMTEXT NULL;
ALTER TABLE isf_review
    MODIFY detail MEDIUMTEXT NOT NULL,
    MODIFY notes  MEDIUMTEXT NULL;
ALTER TABLE isf_needs_change MODIFY description MEDIUMTEXT NOT NULL;
