-- A check's key is the caller's own identifier: compared as written, so keys that differ only by an accent, a
-- letter's case or an emoji (which utf8mb4_unicode_ci weighs all alike) are different checks, never one answered with
-- the other's stored result.
ALTER TABLE fair_work_check MODIFY check_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
