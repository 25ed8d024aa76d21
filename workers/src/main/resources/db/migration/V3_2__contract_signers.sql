-- Who may sign for each party once signed in, and so who may read the document: a named person (and the attorney or
-- guardian recorded for them), any user of a provider organisation, or the commissioning staff of a council. Parties
-- asked to sign before these were recorded have none, and can sign only through the e-signature service.
ALTER TABLE contract_signatory
    ADD COLUMN party                   VARCHAR(20)  NULL AFTER email,
    ADD COLUMN organisation            VARCHAR(100) NULL AFTER party,
    ADD COLUMN username                VARCHAR(200) NULL AFTER organisation,
    ADD COLUMN representative_username VARCHAR(200) NULL AFTER username;
