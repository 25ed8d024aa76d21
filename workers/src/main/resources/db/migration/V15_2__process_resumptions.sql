-- What happened to each record whose process the engine lost at a restart: resumed in a new instance, or left for an
-- officer with the reason (operations.resumption).
CREATE TABLE process_resumption (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    happened_at              TIMESTAMP(6)  NOT NULL,
    process_id               VARCHAR(200)  NOT NULL,
    subject_type             VARCHAR(50)   NOT NULL,
    subject_reference        VARCHAR(300)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    step                     VARCHAR(200)  NOT NULL,
    lost_process_instance_key BIGINT       NOT NULL,
    new_process_instance_key BIGINT        NULL,
    outcome                  VARCHAR(20)   NOT NULL,
    reason                   MEDIUMTEXT    NULL,
    INDEX process_resumption_outcome (outcome, happened_at),
    INDEX process_resumption_subject (subject_type, subject_reference)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
