-- Product accounts (identity): people who sign in with a password, kept only as a hash.
CREATE TABLE person_account (
    username        VARCHAR(100)  NOT NULL PRIMARY KEY,
    display_name    VARCHAR(200)  NOT NULL,
    password_hash   VARCHAR(200)  NOT NULL,
    roles           VARCHAR(500)  NOT NULL,
    organisation    VARCHAR(100)  NULL,
    represents      VARCHAR(100)  NULL,
    failed_attempts INT           NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP(6)   NULL,
    created_at      TIMESTAMP(6)   NOT NULL
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
