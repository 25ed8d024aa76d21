-- National framework agreements (package frameworks): the framework and its lots, providers' applications in each
-- round, admitted members, and each member's price schedule as effective-dated reference data.
CREATE TABLE framework (
    reference                 VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    title                     VARCHAR(300) NOT NULL,
    buyer_organisation        VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    buyer_name                VARCHAR(200) NOT NULL,
    contact_email             VARCHAR(320) NOT NULL,
    status                    VARCHAR(30)  NOT NULL,
    starts_on                 DATE         NOT NULL,
    ends_on                   DATE         NOT NULL,
    exceptional_term_reason   MEDIUMTEXT   NULL,
    quality_percent           INT          NOT NULL,
    price_percent             INT          NOT NULL,
    reopen_every_months       INT          NOT NULL,
    application_window_days   INT          NOT NULL,
    round_number              INT          NOT NULL,
    applications_close_at     TIMESTAMP(6) NULL,
    next_reopening_on         DATE         NULL,
    process_instance_key      BIGINT       NULL,
    set_up_by                 VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    set_up_at                 TIMESTAMP(6) NOT NULL
);

CREATE TABLE framework_lot (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_reference       VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    lot_number                INT          NOT NULL,
    title                     VARCHAR(300) NOT NULL,
    care_service              VARCHAR(200) NOT NULL,
    client_group              VARCHAR(200) NOT NULL,
    council_areas             JSON         NOT NULL,
    minimum_grade             INT          NOT NULL,
    priced_services           JSON         NOT NULL,
    CONSTRAINT framework_lot_number UNIQUE (framework_reference, lot_number)
);

-- A provider's application to one lot in one round, and what the admission checks decided.
CREATE TABLE framework_application (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_key           VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    framework_reference       VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    round_number              INT          NOT NULL,
    lot_number                INT          NOT NULL,
    provider_reference        VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    provider_name             VARCHAR(200) NOT NULL,
    service_numbers           JSON         NOT NULL,
    weekly_capacity_hours     INT          NULL,
    prices                    JSON         NOT NULL,
    fair_work_declaration     JSON         NOT NULL,
    outcome                   VARCHAR(30)  NOT NULL,
    outcome_reason            MEDIUMTEXT   NULL,
    submitted_by              VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    submitted_at              TIMESTAMP(6) NOT NULL,
    decided_at                TIMESTAMP(6) NULL,
    CONSTRAINT framework_application_key UNIQUE (application_key)
);

CREATE TABLE framework_member (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_reference       VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    lot_number                INT          NOT NULL,
    provider_reference        VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    provider_name             VARCHAR(200) NOT NULL,
    service_numbers           JSON         NOT NULL,
    lowest_grade              INT          NULL,
    framework_score           DECIMAL(6,2) NOT NULL,
    weekly_capacity_hours     INT          NULL,
    status                    VARCHAR(20)  NOT NULL,
    admitted_on               DATE         NOT NULL,
    status_reason             MEDIUMTEXT   NULL,
    status_changed_by         VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    status_changed_at         TIMESTAMP(6) NULL,
    CONSTRAINT framework_member_of_lot UNIQUE (framework_reference, lot_number, provider_reference)
);

-- Dataset framework-prices: one priced service of one member on one lot, for a period.
CREATE TABLE framework_price (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    effective_from            DATE         NOT NULL,
    effective_to              DATE         NULL,
    source_note               VARCHAR(1000) NOT NULL,
    recorded_by               VARCHAR(200) NOT NULL,
    recorded_at               TIMESTAMP(6) NOT NULL,
    framework_reference       VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    lot_number                INT          NOT NULL,
    provider_reference        VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    priced_service            VARCHAR(200) NOT NULL,
    unit                      VARCHAR(20)  NOT NULL,
    rate                      DECIMAL(10,2) NOT NULL,
    INDEX framework_price_member (framework_reference, lot_number, provider_reference)
);

-- Each national pay uplift re-issued on a framework: the pay-uplift review it implements and its signed variations.
CREATE TABLE framework_uplift (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uplift_key                VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    framework_reference       VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    effective_from            DATE         NOT NULL,
    uplift_percent            DECIMAL(6,2) NOT NULL,
    pay_uplift_review_key     VARCHAR(100) NULL,
    reason                    MEDIUMTEXT   NOT NULL,
    requested_by              VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    requested_at              TIMESTAMP(6) NOT NULL,
    CONSTRAINT framework_uplift_key UNIQUE (uplift_key)
);
