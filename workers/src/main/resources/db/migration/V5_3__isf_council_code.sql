-- The council or partnership whose social worker opened each ISF: its social workers and commissioners see the fund,
-- other councils' staff do not. Funds opened before sign-in have none recorded and are seen by no council's staff
-- until one is set, rather than by every council's.
ALTER TABLE isf ADD COLUMN council_code VARCHAR(100) NULL AFTER council_name;
CREATE INDEX isf_council ON isf (council_code, created_at);

-- Reports of changed needs name the reporter's role as sign-in knows it.
UPDATE isf_needs_change SET reporter_role = 'SUPPORTED_PERSON' WHERE reporter_role = 'PERSON';
UPDATE isf_needs_change SET reporter_role = 'PROVIDER_USER' WHERE reporter_role = 'PROVIDER';
