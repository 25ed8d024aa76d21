CREATE TABLE provider (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference                 VARCHAR(40)  NOT NULL,
    name                      VARCHAR(200) NOT NULL,
    organisation_type         VARCHAR(30)  NOT NULL,
    sme                       BOOLEAN      NOT NULL,
    care_inspectorate_number  VARCHAR(20)  NOT NULL,
    contact_email             VARCHAR(320) NOT NULL,
    status                    VARCHAR(20)  NOT NULL,
    inspection_check          VARCHAR(20)  NOT NULL,
    care_inspectorate_grades  JSON,
    decision_notes            TEXT,
    decided_by                VARCHAR(200),
    registration_process_key  BIGINT       NOT NULL,
    registered_at             TIMESTAMP(6) NOT NULL,
    decided_at                TIMESTAMP(6) NULL,
    CONSTRAINT provider_reference UNIQUE (reference)
);
