-- The registered care services of the Care Inspectorate's published datastore, as last imported (package
-- providers.inspection). The CS number is the Care Inspectorate's own key: compared as written.
CREATE TABLE care_service (
    service_number            VARCHAR(20)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    service_name              VARCHAR(500) NOT NULL,
    provider_name             VARCHAR(500) NOT NULL,
    provider_number           VARCHAR(20)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    care_service              VARCHAR(200) NOT NULL,
    subtype                   VARCHAR(200) NOT NULL,
    provider_sector           VARCHAR(200) NOT NULL,
    status                    VARCHAR(20)  NOT NULL,
    council_area              VARCHAR(200) NOT NULL,
    client_group              VARCHAR(200) NOT NULL,
    registered_places         INT          NULL,
    grade_support_wellbeing   TINYINT      NULL,
    grade_care_and_support_planning TINYINT NULL,
    grade_setting             TINYINT      NULL,
    grade_staff_team          TINYINT      NULL,
    grade_leadership          TINYINT      NULL,
    grade_care_play_and_learning TINYINT   NULL,
    lowest_grade              TINYINT      NULL,
    last_inspection           DATE         NULL,
    complaints_year           VARCHAR(8)   NOT NULL,
    complaints_upheld         INT          NOT NULL,
    enforcements_issued       INT          NOT NULL,
    first_seen_at             TIMESTAMP(6) NOT NULL,
    last_seen_at              TIMESTAMP(6) NOT NULL,
    grades_seen_at            TIMESTAMP(6) NOT NULL,
    INDEX care_service_provider (provider_number)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- Each import: where the file came from, what it held and what it changed.
CREATE TABLE care_inspectorate_import (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source                    VARCHAR(1000) NOT NULL,
    sha256                    CHAR(64)     NOT NULL,
    services                  INT          NOT NULL,
    new_services              INT          NOT NULL,
    changed_services          INT          NOT NULL,
    complaints_year           VARCHAR(8)   NOT NULL,
    imported_by               VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    imported_at               TIMESTAMP(6) NOT NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
