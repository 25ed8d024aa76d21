-- One append-only audit trail of decisions (audit). The database refuses to change or remove an entry, whatever
-- the application does.
CREATE TABLE audit_entry (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at          TIMESTAMP(6)  NOT NULL,
    actor                VARCHAR(200)  NOT NULL,
    actor_roles          VARCHAR(500)  NULL,
    action               VARCHAR(100)  NOT NULL,
    subject_type         VARCHAR(50)   NULL,
    subject_reference    VARCHAR(300)  NULL,
    reason               TEXT          NULL,
    process_instance_key BIGINT        NULL,
    INDEX audit_entry_subject (subject_type, subject_reference),
    INDEX audit_entry_action (action)
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TRIGGER audit_entry_never_updated BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only: entries cannot be changed';

CREATE TRIGGER audit_entry_never_deleted BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only: entries cannot be removed';
