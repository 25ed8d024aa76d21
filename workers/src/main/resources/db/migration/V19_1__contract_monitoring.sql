-- Proportionate contract monitoring (package monitoring): every live contract once, its risk tier and why, each
-- review with the provider's return and the officer's rating, findings, and outcomes in people's own words.

-- How often each tier is reviewed and how (reference data 'monitoring-tiers').
CREATE TABLE monitoring_tier_figure (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tier                     VARCHAR(10)   NOT NULL,
    effective_from           DATE          NOT NULL,
    effective_to             DATE          NULL,
    review_interval_months   INT           NOT NULL,
    review_type              VARCHAR(20)   NOT NULL,
    officer_hours_per_review DECIMAL(5, 1) NOT NULL,
    source_note              VARCHAR(1000) NOT NULL,
    recorded_by              VARCHAR(200)  NOT NULL,
    recorded_at              TIMESTAMP(6)  NOT NULL,
    CONSTRAINT monitoring_tier_figure_from UNIQUE (tier, effective_from)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- Starting figures, for each council to set (inferred from common practice; no national figure): high risk a visit
-- every quarter, medium a desk review twice a year, low a light desk review once a year.
INSERT INTO monitoring_tier_figure (tier, effective_from, review_interval_months, review_type,
                                    officer_hours_per_review, source_note, recorded_by, recorded_at)
VALUES ('HIGH', '2020-04-01', 3, 'VISIT', 7.5, 'Starting figures loaded with the product', 'system',
        '2020-04-01 00:00:00'),
       ('MEDIUM', '2020-04-01', 6, 'DESK_REVIEW', 3.0, 'Starting figures loaded with the product', 'system',
        '2020-04-01 00:00:00'),
       ('LOW', '2020-04-01', 12, 'DESK_REVIEW', 1.5, 'Starting figures loaded with the product', 'system',
        '2020-04-01 00:00:00');

-- The points each risk factor adds to a contract's risk score (reference data 'monitoring-risk-weights').
CREATE TABLE monitoring_risk_weights (
    id                           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    effective_from               DATE          NOT NULL,
    effective_to                 DATE          NULL,
    points_per_100k_value        INT           NOT NULL,
    points_complex_client_group  INT           NOT NULL,
    points_per_10_people         INT           NOT NULL,
    points_per_grade_below_good  INT           NOT NULL,
    points_not_graded            INT           NOT NULL,
    points_per_upheld_complaint  INT           NOT NULL,
    points_per_enforcement       INT           NOT NULL,
    points_per_recent_finding    INT           NOT NULL,
    hours_tolerance_percent      DECIMAL(5, 2) NOT NULL,
    source_note                  VARCHAR(1000) NOT NULL,
    recorded_by                  VARCHAR(200)  NOT NULL,
    recorded_at                  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT monitoring_risk_weights_from UNIQUE (effective_from)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

INSERT INTO monitoring_risk_weights (effective_from, points_per_100k_value, points_complex_client_group,
                                     points_per_10_people, points_per_grade_below_good, points_not_graded,
                                     points_per_upheld_complaint, points_per_enforcement, points_per_recent_finding,
                                     hours_tolerance_percent, source_note, recorded_by, recorded_at)
VALUES ('2020-04-01', 5, 15, 2, 10, 10, 8, 25, 10, 5.00, 'Starting weights loaded with the product', 'system',
        '2020-04-01 00:00:00');

CREATE TABLE monitored_contract (
    contract_reference       VARCHAR(120)   NOT NULL PRIMARY KEY,
    kind                     VARCHAR(40)    NOT NULL,
    title                    VARCHAR(500)   NOT NULL,
    provider_reference       VARCHAR(40)    NULL,
    provider_name            VARCHAR(200)   NOT NULL,
    commissioner             VARCHAR(200)   NULL,
    annual_value             DECIMAL(14, 2) NULL,
    people_supported         INT            NULL,
    care_inspectorate_number VARCHAR(20)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    entered_at               TIMESTAMP(6)   NOT NULL,
    process_instance_key     BIGINT         NULL,
    tier                     VARCHAR(10)    NULL,
    tier_reason              VARCHAR(2000)  NULL,
    risk_score               INT            NULL,
    review_type              VARCHAR(20)    NULL,
    review_interval_months   INT            NULL,
    cycle_started_at         TIMESTAMP(6)   NOT NULL,
    next_review_due          TIMESTAMP(6)   NULL,
    tiered_at                TIMESTAMP(6)   NULL,
    standing                 VARCHAR(20)    NOT NULL,
    INDEX monitored_contract_provider (provider_reference),
    INDEX monitored_contract_inspection (care_inspectorate_number)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE monitoring_review (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_reference   VARCHAR(120)   NOT NULL,
    review_number        INT            NOT NULL,
    return_key           VARCHAR(140)   NOT NULL,
    tier                 VARCHAR(10)    NOT NULL,
    review_type          VARCHAR(20)    NOT NULL,
    requested_at         TIMESTAMP(6)   NOT NULL,
    period_from          DATE           NULL,
    period_to            DATE           NULL,
    planned_hours        DECIMAL(9, 2)  NULL,
    delivered_hours      DECIMAL(9, 2)  NULL,
    lowest_hourly_pay    DECIMAL(7, 2)  NULL,
    return_submitted_by  VARCHAR(200)   NULL,
    return_submitted_at  TIMESTAMP(6)   NULL,
    rating               VARCHAR(20)    NULL,
    officer_notes        MEDIUMTEXT         NULL,
    officer_hours        DECIMAL(5, 1)  NULL,
    reviewed_by          VARCHAR(200)   NULL,
    reviewed_at          TIMESTAMP(6)   NULL,
    improvement_actions  MEDIUMTEXT         NULL,
    improvement_due      DATE           NULL,
    improvement_met      BOOLEAN        NULL,
    CONSTRAINT monitoring_review_number UNIQUE (contract_reference, review_number),
    CONSTRAINT monitoring_review_return UNIQUE (return_key),
    CONSTRAINT monitoring_review_contract FOREIGN KEY (contract_reference)
        REFERENCES monitored_contract (contract_reference)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE monitoring_finding (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_reference VARCHAR(120)  NOT NULL,
    review_id          BIGINT        NOT NULL,
    source             VARCHAR(20)   NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    raised_at          TIMESTAMP(6)  NOT NULL,
    CONSTRAINT monitoring_finding_once UNIQUE (review_id, source, description(255)),
    CONSTRAINT monitoring_finding_review FOREIGN KEY (review_id) REFERENCES monitoring_review (id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- Outcomes in people's own words, per person supported, in the Talking Points categories.
CREATE TABLE monitoring_person_outcome (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id          BIGINT        NOT NULL,
    contract_reference VARCHAR(120)  NOT NULL,
    person_reference   VARCHAR(120)  NOT NULL,
    category           VARCHAR(40)   NOT NULL,
    spoken_by          VARCHAR(20)   NOT NULL,
    words              MEDIUMTEXT      NOT NULL,
    recorded_at        TIMESTAMP(6)  NOT NULL,
    INDEX monitoring_person_outcome_contract (contract_reference),
    CONSTRAINT monitoring_person_outcome_review FOREIGN KEY (review_id) REFERENCES monitoring_review (id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
