-- A statement id is the provider's own identifier: compared as written, so ids that differ only by an accent, a
-- letter's case or an emoji (which utf8mb4_unicode_ci weighs all alike) are different statements, never one counted
-- as a repeat of the other and its spend lost.
ALTER TABLE isf_spend_statement
    MODIFY statement_id VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
