-- The first start of a trial seeds a small data set once (platform.trial): this row says it was done.
CREATE TABLE trial_data_seeded (
    name       VARCHAR(100)  NOT NULL PRIMARY KEY,
    seeded_at  TIMESTAMP(6)  NOT NULL
) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
