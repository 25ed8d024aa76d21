-- Each yearly pay uplift review: the contracts found needing an uplift when a new pay floor takes effect, kept as
-- found so the commissioner's decision can always be read against what they were shown.
CREATE TABLE fair_work_uplift_review (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_key           VARCHAR(200)  NOT NULL,
    effective_from       DATE          NOT NULL,
    review               JSON          NOT NULL,
    found_at             TIMESTAMP(6)  NOT NULL,
    process_instance_key BIGINT        NULL,
    decision             VARCHAR(20)   NULL,
    decision_notes       TEXT          NULL,
    decided_by           VARCHAR(200)  NULL,
    decided_at           TIMESTAMP(6)  NULL,
    CONSTRAINT fair_work_uplift_review_key UNIQUE (review_key)
);
