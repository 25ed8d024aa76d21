-- Provider collaboration funding: rounds, joint applications, the panel's conflicts and scores, grants, staged
-- payments and progress reports. References and usernames are compared as written (utf8mb4_bin); what people write
-- is kept whole in MEDIUMTEXT. Lists a form gives as a whole (partners, budget lines) are JSON text.

CREATE TABLE collaboration_round (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference            VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    title                VARCHAR(300)   NOT NULL,
    purpose              MEDIUMTEXT     NOT NULL,
    funder_organisation  VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    funder_name          VARCHAR(300)   NOT NULL,
    funder_signatory     VARCHAR(200)   NOT NULL,
    funder_email         VARCHAR(320)   NOT NULL,
    budget               DECIMAL(14, 2) NOT NULL,
    opens_on             DATE           NOT NULL,
    closes_on            DATE           NOT NULL,
    criteria             LONGTEXT       NOT NULL,
    eligibility          LONGTEXT       NOT NULL,
    panel_members        LONGTEXT       NOT NULL,
    report_reminder_days INT            NOT NULL,
    report_grace_days    INT            NOT NULL,
    status               VARCHAR(30)    NOT NULL,
    process_instance_key BIGINT         NULL,
    award_conditions     MEDIUMTEXT     NULL,
    summary              MEDIUMTEXT     NULL,
    created_by           VARCHAR(200)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at           TIMESTAMP(6)   NOT NULL,
    CONSTRAINT collaboration_round_reference UNIQUE (reference)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE collaboration_application (
    id                     BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference              VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    round_reference        VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    lead_provider          VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    title                  VARCHAR(300)   NOT NULL,
    partners               LONGTEXT       NOT NULL,
    who_uses_support       MEDIUMTEXT     NOT NULL,
    people_involved        LONGTEXT       NOT NULL,
    outcomes               LONGTEXT       NOT NULL,
    budget_lines           LONGTEXT       NOT NULL,
    milestones             LONGTEXT       NOT NULL,
    fair_work_declaration  LONGTEXT       NOT NULL,
    requested_amount       DECIMAL(14, 2) NOT NULL,
    status                 VARCHAR(30)    NOT NULL,
    eligibility_reason     MEDIUMTEXT     NULL,
    fair_work_summary      MEDIUMTEXT     NULL,
    weighted_score         DECIMAL(7, 2)  NULL,
    rank_position          INT            NULL,
    outcome_reason         MEDIUMTEXT     NULL,
    submitted_at           TIMESTAMP(6)   NULL,
    created_by             VARCHAR(200)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at             TIMESTAMP(6)   NOT NULL,
    CONSTRAINT collaboration_application_reference UNIQUE (reference),
    INDEX collaboration_application_round (round_reference),
    INDEX collaboration_application_lead (lead_provider)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- The signed partnership agreement the lead attaches, kept as uploaded (bounded in size and type by the API).
CREATE TABLE collaboration_partnership_agreement (
    application_reference VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    file_name             VARCHAR(300)  NOT NULL,
    content_type          VARCHAR(100)  NOT NULL,
    size_bytes            BIGINT        NOT NULL,
    sha256                CHAR(64)      NOT NULL,
    content               LONGBLOB      NOT NULL,
    uploaded_by           VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    uploaded_at           TIMESTAMP(6)  NOT NULL
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE collaboration_conflict_declaration (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_reference       VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    application_reference VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    panel_member          VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    conflicted            BOOLEAN       NOT NULL,
    interest              MEDIUMTEXT    NULL,
    declared_at           TIMESTAMP(6)  NOT NULL,
    CONSTRAINT collaboration_conflict_once UNIQUE (application_reference, panel_member)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE collaboration_panel_score (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_reference VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    panel_member          VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    criterion             VARCHAR(200)  NOT NULL,
    score                 DECIMAL(5, 2) NOT NULL,
    comment               MEDIUMTEXT    NOT NULL,
    scored_at             TIMESTAMP(6)  NOT NULL,
    CONSTRAINT collaboration_score_once UNIQUE (application_reference, panel_member, criterion)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE collaboration_moderated_score (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_reference VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    criterion             VARCHAR(200)  NOT NULL,
    score                 DECIMAL(5, 2) NOT NULL,
    reason                MEDIUMTEXT    NOT NULL,
    moderated_by          VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    moderated_at          TIMESTAMP(6)  NOT NULL,
    CONSTRAINT collaboration_moderation_once UNIQUE (application_reference, criterion)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE collaboration_grant (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference             VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    application_reference VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    round_reference       VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    lead_provider         VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    amount                DECIMAL(14, 2) NOT NULL,
    conditions            MEDIUMTEXT     NOT NULL,
    status                VARCHAR(30)    NOT NULL,
    paid                  DECIMAL(14, 2) NOT NULL,
    spent                 DECIMAL(14, 2) NOT NULL,
    clawback_amount       DECIMAL(14, 2) NULL,
    clawback_reason       MEDIUMTEXT     NULL,
    awarded_at            TIMESTAMP(6)   NOT NULL,
    CONSTRAINT collaboration_grant_reference UNIQUE (reference),
    CONSTRAINT collaboration_grant_application UNIQUE (application_reference),
    INDEX collaboration_grant_lead (lead_provider)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE collaboration_stage_payment (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_reference   VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    milestone_number  INT            NOT NULL,
    amount            DECIMAL(14, 2) NOT NULL,
    paid_at           TIMESTAMP(6)   NOT NULL,
    CONSTRAINT collaboration_payment_once UNIQUE (grant_reference, milestone_number)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE collaboration_progress_report (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    grant_reference   VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    milestone_number  INT            NOT NULL,
    progress          MEDIUMTEXT     NOT NULL,
    people_involved   LONGTEXT       NOT NULL,
    spend_by_line     LONGTEXT       NOT NULL,
    total_spent       DECIMAL(14, 2) NOT NULL,
    submitted_by      VARCHAR(200)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    submitted_at      TIMESTAMP(6)   NOT NULL,
    CONSTRAINT collaboration_report_once UNIQUE (grant_reference, milestone_number)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
