CREATE TABLE contract_document (
    reference     VARCHAR(120) NOT NULL PRIMARY KEY,
    template      VARCHAR(200) NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    fields        JSON,
    status        VARCHAR(30)  NOT NULL,
    envelope_id   VARCHAR(200),
    generated_at  TIMESTAMP(6) NOT NULL,
    signed_at     TIMESTAMP(6) NULL
);

CREATE TABLE contract_signatory (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contract_reference VARCHAR(120) NOT NULL,
    role               VARCHAR(60)  NOT NULL,
    name               VARCHAR(200),
    email              VARCHAR(320),
    signed_by          VARCHAR(200),
    on_behalf_of       VARCHAR(200),
    authority          VARCHAR(40),
    document_sha256    CHAR(64),
    channel            VARCHAR(20),
    signed_at          TIMESTAMP(6) NULL,
    reminders_sent     INT          NOT NULL DEFAULT 0,
    CONSTRAINT contract_signatory_role UNIQUE (contract_reference, role),
    CONSTRAINT contract_signatory_document FOREIGN KEY (contract_reference) REFERENCES contract_document (reference)
);

CREATE TABLE contract_register (
    reference          VARCHAR(120)  NOT NULL PRIMARY KEY,
    kind               VARCHAR(40)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    provider_reference VARCHAR(40),
    provider_name      VARCHAR(200)  NOT NULL,
    commissioner       VARCHAR(200)  NOT NULL,
    start_date         DATE          NOT NULL,
    end_date           DATE,
    annual_value       DECIMAL(14,2),
    hourly_rate        DECIMAL(8,2),
    outcomes           JSON,
    variations         JSON,
    document_reference VARCHAR(120),
    registered_at      TIMESTAMP(6)  NOT NULL
);
CREATE INDEX contract_register_dates ON contract_register (start_date, end_date);
