-- What people write at length is kept whole: a TEXT column holds 64 kB, which a real quality statement or need
-- description outgrows (and overflowing it was a 500). MEDIUMTEXT holds 16 MB, room for the longest text the requests
-- accept (platform.web.TextLimits: 1,000,000 characters at up to four bytes each) and for letters that quote them.
ALTER TABLE tender
    MODIFY need_description        MEDIUMTEXT NOT NULL,
    MODIFY continuity_reasons      MEDIUMTEXT NULL,
    MODIFY people_told_timetable   MEDIUMTEXT NULL,
    MODIFY payment_terms           MEDIUMTEXT NOT NULL,
    MODIFY monitoring_arrangements MEDIUMTEXT NOT NULL,
    MODIFY closed_reason           MEDIUMTEXT NULL;
ALTER TABLE clarification
    MODIFY question MEDIUMTEXT NOT NULL,
    MODIFY answer   MEDIUMTEXT NULL;
ALTER TABLE provider_response
    MODIFY quality_statement MEDIUMTEXT NOT NULL,
    MODIFY outcomes_approach MEDIUMTEXT NOT NULL,
    MODIFY compliance_notes  MEDIUMTEXT NULL,
    MODIFY fair_work_summary MEDIUMTEXT NULL;
ALTER TABLE evaluation_score MODIFY comments MEDIUMTEXT NOT NULL;
ALTER TABLE award_decision MODIFY rationale MEDIUMTEXT NOT NULL;
ALTER TABLE debrief_letter MODIFY letter MEDIUMTEXT NOT NULL;
ALTER TABLE standstill_challenge
    MODIFY grounds         MEDIUMTEXT NOT NULL,
    MODIFY outcome_reasons MEDIUMTEXT NULL;
