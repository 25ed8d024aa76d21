-- The process a tender was started on: a commissioner's own tender model (its process id and the version started),
-- so that a tender the embedded engine lost resumes on that model. Empty for tenders on the product's own process.
ALTER TABLE tender
    ADD COLUMN bpmn_process_id VARCHAR(255) NULL,
    ADD COLUMN process_version INT NULL;
