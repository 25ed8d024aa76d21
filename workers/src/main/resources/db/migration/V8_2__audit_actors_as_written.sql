-- Searching the trail by who made a decision finds that person only, not everyone whose name differs by an accent.
ALTER TABLE audit_entry MODIFY actor VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
