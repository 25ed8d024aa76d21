CREATE TABLE notification (
    notification_key VARCHAR(300)  NOT NULL PRIMARY KEY,
    recipient_name   VARCHAR(200),
    recipient_email  VARCHAR(320)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    delivery         VARCHAR(30)   NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL
);
