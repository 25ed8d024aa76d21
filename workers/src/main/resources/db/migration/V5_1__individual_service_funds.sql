-- Self-directed Support Option 2: individual service funds (ISFs), their agreements, ledger and reviews.

-- The rules an ISF runs by, as versions effective from a date. Review thresholds and notice periods are local policy
-- that a council changes; the row in force on a date is the one with the latest effective_from not after it.
CREATE TABLE isf_policy (
    id                          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    effective_from              DATE          NOT NULL,
    overspend_review_percent    DECIMAL(5, 2) NOT NULL,
    underspend_review_percent   DECIMAL(5, 2) NOT NULL,
    provider_change_notice_days INT           NOT NULL,
    review_interval_months      INT           NOT NULL,
    signing_deadline_days       INT           NOT NULL,
    reason                      VARCHAR(500)  NOT NULL,
    recorded_by                 VARCHAR(200)  NOT NULL,
    recorded_at                 TIMESTAMP(6)  NOT NULL,
    CONSTRAINT isf_policy_effective_from UNIQUE (effective_from)
);

-- Starting figures, to be set by each council: a review when spend runs 10% over or 25% under the budget to date,
-- 28 days' notice to change provider, a review every 12 months, 14 days to sign. (inferred; no national figure)
INSERT INTO isf_policy (effective_from, overspend_review_percent, underspend_review_percent,
                        provider_change_notice_days, review_interval_months, signing_deadline_days, reason,
                        recorded_by, recorded_at)
VALUES ('2020-04-01', 10.00, 25.00, 28, 12, 14, 'Starting policy loaded with the product', 'system',
        '2020-04-01 00:00:00');

CREATE TABLE isf (
    id                        BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference                 VARCHAR(40)    NOT NULL,
    person_name               VARCHAR(200)   NOT NULL,
    person_user_id            VARCHAR(200)   NOT NULL,
    person_email              VARCHAR(320)   NOT NULL,
    council_name              VARCHAR(200)   NOT NULL,
    social_worker_name        VARCHAR(200)   NOT NULL,
    social_worker_email       VARCHAR(320)   NOT NULL,
    indicative_annual_budget  DECIMAL(12, 2) NOT NULL,
    weekly_hours              DECIMAL(6, 2)  NOT NULL,
    status                    VARCHAR(30)    NOT NULL,
    representative_name       VARCHAR(200),
    representative_user_id    VARCHAR(200),
    representative_email      VARCHAR(320),
    representative_authority  VARCHAR(30),
    authority_reference       VARCHAR(100),
    chosen_provider_reference VARCHAR(40),
    choice_in_own_words       TEXT,
    choice_helped_by          VARCHAR(40),
    choice_helper_name        VARCHAR(200),
    choice_recorded_by        VARCHAR(200),
    current_provider_reference VARCHAR(40),
    next_review_date          DATE,
    ended_how                 VARCHAR(40),
    ended_detail              TEXT,
    moved_to                  VARCHAR(200),
    process_instance_key      BIGINT,
    created_by                VARCHAR(200)   NOT NULL,
    created_at                TIMESTAMP(6)   NOT NULL,
    ended_at                  TIMESTAMP(6)   NULL,
    CONSTRAINT isf_reference UNIQUE (reference)
);
CREATE INDEX isf_person ON isf (person_user_id);
CREATE INDEX isf_representative ON isf (representative_user_id);
CREATE INDEX isf_provider ON isf (current_provider_reference);

-- The assessed personal outcomes, in the order the person put them.
CREATE TABLE isf_outcome (
    isf_id   BIGINT       NOT NULL,
    position INT          NOT NULL,
    outcome  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (isf_id, position),
    CONSTRAINT isf_outcome_isf FOREIGN KEY (isf_id) REFERENCES isf (id)
);

-- Each three-party agreement (one per provider the person has chosen) and each variation of one.
CREATE TABLE isf_agreement (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    isf_id                BIGINT         NOT NULL,
    contract_reference    VARCHAR(80)    NOT NULL,
    kind                  VARCHAR(20)    NOT NULL,
    varies_reference      VARCHAR(80),
    provider_reference    VARCHAR(40)    NOT NULL,
    provider_name         VARCHAR(200)   NOT NULL,
    annual_budget         DECIMAL(12, 2) NOT NULL,
    carried_over_balance  DECIMAL(12, 2) NOT NULL,
    carried_over_hours    DECIMAL(8, 2)  NOT NULL,
    starts_on             DATE,
    ends_on               DATE,
    status                VARCHAR(30)    NOT NULL,
    contract_document_id  VARCHAR(100),
    contract_sha256       VARCHAR(64),
    created_at            TIMESTAMP(6)   NOT NULL,
    CONSTRAINT isf_agreement_reference UNIQUE (contract_reference),
    CONSTRAINT isf_agreement_isf FOREIGN KEY (isf_id) REFERENCES isf (id)
);

-- The budget by calendar month; a variation replaces the months from its effective date.
CREATE TABLE isf_budget_period (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    isf_id              BIGINT         NOT NULL,
    contract_reference  VARCHAR(80)    NOT NULL,
    provider_reference  VARCHAR(40)    NOT NULL,
    period_start        DATE           NOT NULL,
    period_end          DATE           NOT NULL,
    budget              DECIMAL(12, 2) NOT NULL,
    budgeted_hours      DECIMAL(8, 2)  NOT NULL,
    CONSTRAINT isf_budget_period_month UNIQUE (isf_id, period_start),
    CONSTRAINT isf_budget_period_isf FOREIGN KEY (isf_id) REFERENCES isf (id)
);

-- A provider's statement of actual spend. The provider's own statement id makes a repeated delivery harmless.
CREATE TABLE isf_spend_statement (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    isf_id              BIGINT         NOT NULL,
    provider_reference  VARCHAR(40)    NOT NULL,
    statement_id        VARCHAR(100)   NOT NULL,
    period_start        DATE           NOT NULL,
    amount_spent        DECIMAL(12, 2) NOT NULL,
    hours_delivered     DECIMAL(8, 2)  NOT NULL,
    notes               TEXT,
    submitted_by        VARCHAR(200)   NOT NULL,
    received_at         TIMESTAMP(6)   NOT NULL,
    CONSTRAINT isf_statement_provider_id UNIQUE (provider_reference, statement_id),
    CONSTRAINT isf_statement_isf FOREIGN KEY (isf_id) REFERENCES isf (id)
);
CREATE INDEX isf_statement_by_isf ON isf_spend_statement (isf_id, period_start);

CREATE TABLE isf_review (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    isf_id            BIGINT         NOT NULL,
    reason            VARCHAR(30)    NOT NULL,
    detail            TEXT           NOT NULL,
    raised_by         VARCHAR(200)   NOT NULL,
    opened_at         TIMESTAMP(6)   NOT NULL,
    outcome           VARCHAR(30),
    new_annual_budget DECIMAL(12, 2),
    notes             TEXT,
    reviewed_by       VARCHAR(200),
    closed_at         TIMESTAMP(6)   NULL,
    element_instance_key BIGINT      NOT NULL,
    CONSTRAINT isf_review_isf FOREIGN KEY (isf_id) REFERENCES isf (id)
);
CREATE INDEX isf_review_by_isf ON isf_review (isf_id, closed_at);

-- A change in the person's needs, reported by anyone (the person, a carer, the provider, a social worker).
CREATE TABLE isf_needs_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    isf_id       BIGINT       NOT NULL,
    reported_by  VARCHAR(200) NOT NULL,
    reporter_role VARCHAR(30) NOT NULL,
    description  TEXT         NOT NULL,
    reported_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT isf_needs_change_isf FOREIGN KEY (isf_id) REFERENCES isf (id)
);
