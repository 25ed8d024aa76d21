-- Each flexibility report asked for (through the API or by the quarterly schedule), its progress while it is written,
-- and the finished workbook, kept here for download by those entitled to it. Kept in the database rather than a data
-- folder: it is backed up and restored with the records it was counted from, every instance of the application sees
-- the same files, and the status and the file change in one transaction.
CREATE TABLE flexibility_report (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_key           VARCHAR(120)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    period_label         VARCHAR(20)   NOT NULL,
    area                 VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    requested_by         VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    requested_at         TIMESTAMP(6)  NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    rows_done            BIGINT        NOT NULL DEFAULT 0,
    rows_expected        BIGINT        NULL,
    process_instance_key BIGINT        NULL,
    finished_at          TIMESTAMP(6)  NULL,
    size_bytes           BIGINT        NULL,
    workbook             LONGBLOB      NULL,
    CONSTRAINT flexibility_report_key UNIQUE (report_key)
);
CREATE INDEX flexibility_report_area ON flexibility_report (area, requested_at);
