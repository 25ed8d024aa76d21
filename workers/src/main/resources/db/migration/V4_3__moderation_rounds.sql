-- Sending an award back to moderation lets the panel agree new consensus marks: each moderation is a new round,
-- earlier rounds are kept, and the ranking counts the latest. Individual marks and existing moderations are round 1.
ALTER TABLE evaluation_score ADD COLUMN moderation_round INT NOT NULL DEFAULT 1;
ALTER TABLE evaluation_score DROP INDEX evaluation_score_once;
ALTER TABLE evaluation_score
    ADD CONSTRAINT evaluation_score_once UNIQUE (response_id, evaluator, stage, moderation_round);
