CREATE TABLE tender (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference                VARCHAR(40)   NOT NULL,
    title                    VARCHAR(300)  NOT NULL,
    need_description         TEXT          NOT NULL,
    service_type             VARCHAR(30)   NOT NULL,
    estimated_value_ex_vat   DECIMAL(14,2) NOT NULL,
    estimated_value_inc_vat  DECIMAL(14,2) NOT NULL,
    contract_start_date      DATE          NOT NULL,
    contract_months          INT           NOT NULL,
    outcomes                 JSON          NOT NULL,
    co_production            JSON          NOT NULL,
    existing_service         BOOLEAN       NOT NULL,
    existing_provider        JSON,
    continuity_decision      VARCHAR(40)   NOT NULL,
    continuity_reasons       TEXT,
    people_told_timetable    TEXT,
    quality_weight           INT           NOT NULL,
    price_weight             INT           NOT NULL,
    fair_work_weight         INT           NOT NULL,
    evaluators               JSON          NOT NULL,
    response_period_days     INT           NOT NULL,
    notices_electronic       BOOLEAN       NOT NULL,
    payment_terms            TEXT          NOT NULL,
    monitoring_arrangements  TEXT          NOT NULL,
    commissioner_name        VARCHAR(200)  NOT NULL,
    commissioner_email       VARCHAR(320)  NOT NULL,
    commissioning_body       VARCHAR(300)  NOT NULL,
    status                   VARCHAR(40)   NOT NULL,
    procurement_route        VARCHAR(40),
    notice_duty              VARCHAR(40),
    standstill_days          INT,
    contract_notice_id       VARCHAR(100),
    response_deadline        TIMESTAMP(6)  NULL,
    round_number             INT           NOT NULL,
    process_instance_key     BIGINT,
    created_by               VARCHAR(200)  NOT NULL,
    created_at               TIMESTAMP(6)  NOT NULL,
    closed_reason            TEXT,
    CONSTRAINT tender_reference UNIQUE (reference)
);

-- Providers who said they are interested: every clarification answer goes to each of them.
CREATE TABLE tender_interest (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_reference    VARCHAR(40)   NOT NULL,
    provider_reference  VARCHAR(40)   NOT NULL,
    provider_name       VARCHAR(200)  NOT NULL,
    contact_email       VARCHAR(320)  NOT NULL,
    registered_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT tender_interest_once UNIQUE (tender_reference, provider_reference)
);

CREATE TABLE clarification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_reference    VARCHAR(40)   NOT NULL,
    asked_by            VARCHAR(40)   NOT NULL,
    question            TEXT          NOT NULL,
    asked_at            TIMESTAMP(6)  NOT NULL,
    answer              TEXT,
    answered_by         VARCHAR(200),
    answered_at         TIMESTAMP(6)  NULL,
    shared_with         JSON
);
CREATE INDEX clarification_tender ON clarification (tender_reference);

-- Sealed until the response deadline has passed: the API refuses to show a response of a tender whose responses
-- are not yet opened, but the row is kept from the moment it arrives.
CREATE TABLE provider_response (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_reference       VARCHAR(40)   NOT NULL,
    round_number           INT           NOT NULL,
    provider_reference     VARCHAR(40)   NOT NULL,
    provider_name          VARCHAR(200)  NOT NULL,
    contact_email          VARCHAR(320)  NOT NULL,
    submitted_by           VARCHAR(200)  NOT NULL,
    submitted_at           TIMESTAMP(6)  NOT NULL,
    total_price            DECIMAL(14,2) NOT NULL,
    hourly_rate            DECIMAL(8,2)  NOT NULL,
    quality_statement      TEXT          NOT NULL,
    outcomes_approach      TEXT          NOT NULL,
    fair_work_declaration  JSON          NOT NULL,
    compliant              BOOLEAN,
    compliance_notes       TEXT,
    fair_work_outcome      VARCHAR(20),
    fair_work_summary      TEXT,
    CONSTRAINT provider_response_once UNIQUE (tender_reference, round_number, provider_reference)
);

CREATE TABLE evaluation_score (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_reference  VARCHAR(40)   NOT NULL,
    response_id       BIGINT        NOT NULL,
    evaluator         VARCHAR(200)  NOT NULL,
    stage             VARCHAR(20)   NOT NULL,
    quality_score     DECIMAL(5,2)  NOT NULL,
    fair_work_score   DECIMAL(5,2)  NOT NULL,
    comments          TEXT          NOT NULL,
    recorded_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT evaluation_score_once UNIQUE (response_id, evaluator, stage)
);

CREATE TABLE award_decision (
    id                          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_reference            VARCHAR(40)   NOT NULL,
    winning_response_id         BIGINT,
    winner_reference            VARCHAR(40)   NOT NULL,
    winner_name                 VARCHAR(200)  NOT NULL,
    winner_email                VARCHAR(320)  NOT NULL,
    contract_value              DECIMAL(14,2) NOT NULL,
    hourly_rate                 DECIMAL(8,2)  NOT NULL,
    ranking                     JSON,
    rationale                   TEXT          NOT NULL,
    decided_by                  VARCHAR(200)  NOT NULL,
    decided_on                  DATE          NOT NULL,
    standstill_ends_at          TIMESTAMP(6)  NULL,
    award_notice_due_on         DATE          NOT NULL,
    award_notice_id             VARCHAR(100),
    award_notice_published_on   DATE,
    contract_reference          VARCHAR(60),
    contract_signed             BOOLEAN,
    CONSTRAINT award_decision_tender UNIQUE (tender_reference)
);

CREATE TABLE debrief_letter (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_reference    VARCHAR(40)   NOT NULL,
    response_id         BIGINT        NOT NULL,
    provider_reference  VARCHAR(40)   NOT NULL,
    letter              TEXT          NOT NULL,
    sent_at             TIMESTAMP(6)  NOT NULL,
    CONSTRAINT debrief_letter_once UNIQUE (tender_reference, response_id)
);

CREATE TABLE standstill_challenge (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_reference    VARCHAR(40)   NOT NULL,
    provider_reference  VARCHAR(40)   NOT NULL,
    grounds             TEXT          NOT NULL,
    received_at         TIMESTAMP(6)  NOT NULL,
    outcome             VARCHAR(20),
    outcome_reasons     TEXT,
    decided_by          VARCHAR(200)
);
CREATE INDEX standstill_challenge_tender ON standstill_challenge (tender_reference);
