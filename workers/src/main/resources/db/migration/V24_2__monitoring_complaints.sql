-- Complaints about a monitored contract recorded by the council's officers, beside those the Care Inspectorate's
-- import brings. The summary is the complainant's words as given (utf8mb4, any language); an upheld complaint
-- received in the last year counts against the contract's tier.
CREATE TABLE monitoring_complaint (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_reference VARCHAR(120)  NOT NULL,
    received_on        DATE          NOT NULL,
    summary            MEDIUMTEXT    NOT NULL,
    status             VARCHAR(30)   NOT NULL,
    outcome            MEDIUMTEXT    NULL,
    recorded_by        VARCHAR(200)  NOT NULL,
    recorded_at        TIMESTAMP(6)  NOT NULL,
    decided_by         VARCHAR(200)  NULL,
    decided_at         TIMESTAMP(6)  NULL,
    INDEX monitoring_complaint_contract (contract_reference, received_on),
    CONSTRAINT monitoring_complaint_contract FOREIGN KEY (contract_reference)
        REFERENCES monitored_contract (contract_reference)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
