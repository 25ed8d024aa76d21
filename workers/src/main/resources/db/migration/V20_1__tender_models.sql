-- Tender models commissioners deployed (commissioning.models): every version kept as uploaded, so the application
-- deploys them again at start (the embedded engine forgets them at a restart) and their tasks keep names and forms.
CREATE TABLE tender_model (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bpmn_process_id        VARCHAR(255)  NOT NULL,
    process_name           VARCHAR(500)  NULL,
    version                INT           NOT NULL,
    file_name              VARCHAR(255)  NOT NULL,
    bpmn_xml               MEDIUMTEXT    NOT NULL,
    deployed_by            VARCHAR(100)  NOT NULL,
    deployed_at            TIMESTAMP(6)  NOT NULL,
    INDEX tender_model_process (bpmn_process_id, id)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
