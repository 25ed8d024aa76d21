-- An evaluator is a username: compared as written, so two evaluators whose usernames differ only by an accent, a
-- letter's case or an emoji (which utf8mb4_unicode_ci weighs alike) each keep their own scores.
ALTER TABLE evaluation_score MODIFY evaluator VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
