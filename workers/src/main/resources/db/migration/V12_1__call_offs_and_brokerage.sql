-- Buying from a framework: call-offs (direct award or mini-competition) and care packages brokered among a lot's
-- eligible members. References and provider references are identifiers, compared as written (utf8mb4_bin); people's
-- words are MEDIUMTEXT, kept whole.

CREATE TABLE call_off (
    id                     BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference              VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    framework_reference    VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    lot_number             INT            NOT NULL,
    council_code           VARCHAR(200)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    title                  VARCHAR(300)   NOT NULL,
    service_description    MEDIUMTEXT     NOT NULL,
    commissioning_body     VARCHAR(200)   NOT NULL,
    commissioner_name      VARCHAR(200)   NOT NULL,
    commissioner_email     VARCHAR(320)   NOT NULL,
    outcomes               MEDIUMTEXT     NOT NULL,
    monitoring_arrangements MEDIUMTEXT    NOT NULL,
    priced_service         VARCHAR(200),
    method                 VARCHAR(40)    NOT NULL,
    direct_basis           VARCHAR(40),
    chosen_provider        VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    choice_reason          MEDIUMTEXT,
    person_involvement     MEDIUMTEXT,
    value_ex_vat           DECIMAL(14, 2) NOT NULL,
    value_inc_vat          DECIMAL(14, 2) NOT NULL,
    hourly_rate            DECIMAL(8, 2),
    weights_quality        INT,
    weights_price          INT,
    start_date             DATE           NOT NULL,
    end_date               DATE           NOT NULL,
    response_working_days  INT,
    responses_close_at     TIMESTAMP(6)   NULL,
    route                  VARCHAR(40),
    notice_duty            VARCHAR(40),
    status                 VARCHAR(30)    NOT NULL,
    awarded_provider       VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    awarded_provider_name  VARCHAR(200),
    award_rationale        MEDIUMTEXT,
    awarded_by             VARCHAR(200),
    awarded_on             DATE,
    award_notice_id        VARCHAR(100),
    contract_reference     VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    process_instance_key   BIGINT,
    created_by             VARCHAR(200)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at             TIMESTAMP(6)   NOT NULL,
    version                BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT call_off_reference UNIQUE (reference)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE INDEX call_off_framework ON call_off (framework_reference, lot_number);

-- The lot members invited to a mini-competition, and what each answered.
CREATE TABLE call_off_response (
    id                     BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_off_id            BIGINT         NOT NULL,
    provider_reference     VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    provider_name          VARCHAR(200)   NOT NULL,
    framework_score        DECIMAL(5, 2),
    lowest_grade           INT,
    invited_at             TIMESTAMP(6)   NOT NULL,
    hourly_rate            DECIMAL(8, 2),
    total_price            DECIMAL(14, 2),
    proposal               MEDIUMTEXT,
    fair_work_declaration  MEDIUMTEXT,
    fair_work_outcome      VARCHAR(20),
    fair_work_summary      MEDIUMTEXT,
    quality_score          DECIMAL(5, 2),
    responded_by           VARCHAR(200),
    responded_at           TIMESTAMP(6)   NULL,
    CONSTRAINT call_off_response_one_each UNIQUE (call_off_id, provider_reference),
    CONSTRAINT call_off_response_call_off FOREIGN KEY (call_off_id) REFERENCES call_off (id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE care_package (
    id                       BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference                VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    framework_reference      VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    lot_number               INT            NOT NULL,
    council_code             VARCHAR(200)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    council_area             VARCHAR(200)   NOT NULL,
    person_name              VARCHAR(200)   NOT NULL,
    person_user_id           VARCHAR(200)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    person_email             VARCHAR(320)   NOT NULL,
    representative_user_id   VARCHAR(200)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    weekly_hours             DECIMAL(6, 2)  NOT NULL,
    support_times            MEDIUMTEXT     NOT NULL,
    needs                    MEDIUMTEXT     NOT NULL,
    outcomes_in_own_words    MEDIUMTEXT     NOT NULL,
    preferences              MEDIUMTEXT,
    chosen_provider          VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    choice_in_own_words      MEDIUMTEXT,
    priced_service           VARCHAR(200),
    start_date               DATE           NOT NULL,
    offer_window_hours       INT            NOT NULL,
    offers_close_at          TIMESTAMP(6)   NOT NULL,
    status                   VARCHAR(30)    NOT NULL,
    awarded_offer_id         BIGINT,
    award_reason             MEDIUMTEXT,
    awarded_by               VARCHAR(200),
    awarded_at               TIMESTAMP(6)   NULL,
    escalation_notes         MEDIUMTEXT,
    agreement_reference      VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    social_worker_name       VARCHAR(200)   NOT NULL,
    social_worker_email      VARCHAR(320)   NOT NULL,
    process_instance_key     BIGINT,
    created_by               VARCHAR(200)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at               TIMESTAMP(6)   NOT NULL,
    version                  BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT care_package_reference UNIQUE (reference)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE INDEX care_package_person ON care_package (person_user_id);
CREATE INDEX care_package_council ON care_package (council_code);

-- Who took part in shaping the package and choosing its provider, and how: people lead.
CREATE TABLE care_package_participant (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    care_package_id   BIGINT        NOT NULL,
    who               VARCHAR(40)   NOT NULL,
    name              VARCHAR(200),
    how               MEDIUMTEXT    NOT NULL,
    stage             VARCHAR(30)   NOT NULL,
    CONSTRAINT care_package_participant_package FOREIGN KEY (care_package_id) REFERENCES care_package (id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- The providers a package went to: only they may offer.
CREATE TABLE care_package_invitation (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    care_package_id     BIGINT         NOT NULL,
    provider_reference  VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    provider_name       VARCHAR(200)   NOT NULL,
    framework_score     DECIMAL(5, 2),
    lowest_grade        INT,
    scheduled_rate      DECIMAL(8, 2),
    invited_at          TIMESTAMP(6)   NOT NULL,
    CONSTRAINT care_package_invitation_once UNIQUE (care_package_id, provider_reference),
    CONSTRAINT care_package_invitation_package FOREIGN KEY (care_package_id) REFERENCES care_package (id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- One offer per invited provider per package: the unique key is what keeps a repeated offer from counting twice.
CREATE TABLE care_package_offer (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    care_package_id     BIGINT         NOT NULL,
    provider_reference  VARCHAR(40)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    hourly_rate         DECIMAL(8, 2)  NOT NULL,
    can_start_on        DATE           NOT NULL,
    how_we_would_help   MEDIUMTEXT     NOT NULL,
    offered_by          VARCHAR(200)   NOT NULL,
    offered_at          TIMESTAMP(6)   NOT NULL,
    quality_score       DECIMAL(6, 2),
    price_score         DECIMAL(6, 2),
    total_score         DECIMAL(6, 2),
    offer_rank          INT,
    outcome             VARCHAR(20),
    CONSTRAINT care_package_offer_once UNIQUE (care_package_id, provider_reference),
    CONSTRAINT care_package_offer_package FOREIGN KEY (care_package_id) REFERENCES care_package (id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
