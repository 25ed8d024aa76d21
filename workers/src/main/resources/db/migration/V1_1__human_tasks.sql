-- The task inbox: one row per human task the engine has created, keyed by the engine's job key.
CREATE TABLE human_task (
    task_key             BIGINT       NOT NULL PRIMARY KEY,
    process_instance_key BIGINT       NOT NULL,
    bpmn_process_id      VARCHAR(200) NOT NULL,
    element_id           VARCHAR(200) NOT NULL,
    name                 VARCHAR(300) NOT NULL,
    form_id              VARCHAR(200),
    candidate_group      VARCHAR(200),
    assignee             VARCHAR(200),
    business_key         VARCHAR(200),
    variables            JSON,
    status               VARCHAR(20)  NOT NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    ended_at             TIMESTAMP(6) NULL,
    completed_by         VARCHAR(200),
    submission           JSON
);
CREATE INDEX human_task_status_group ON human_task (status, candidate_group);
CREATE INDEX human_task_business_key ON human_task (business_key);
CREATE INDEX human_task_process_instance ON human_task (process_instance_key);
