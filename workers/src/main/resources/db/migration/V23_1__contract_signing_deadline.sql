-- When the parties' time to sign runs out, fixed when they are first asked: the contract-signing process's deadline
-- timer counts to it, so a process resumed after a restart keeps the deadline the parties were given. Documents asked
-- before this column existed get theirs the next time their process asks (from then, as before).
ALTER TABLE contract_document ADD COLUMN signing_deadline TIMESTAMP(6) NULL;
