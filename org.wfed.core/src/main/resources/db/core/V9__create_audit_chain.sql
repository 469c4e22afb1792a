-- The audit log is tamper-evident: each entry, in the order it was chained, gets a SHA-256 over its
-- content and the hash of the entry before (audit_id is the core_audit row; no foreign key, so that a
-- deleted row shows as a broken link instead of being refused). A purge past the retention period
-- (never younger than 6 months) records where the chain resumes.
CREATE TABLE core_audit_chain (
  seq BIGINT NOT NULL PRIMARY KEY,
  audit_id BIGINT NOT NULL UNIQUE,
  hash CHAR(64) NOT NULL
);
CREATE TABLE core_audit_purge (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  purged_at TIMESTAMP NOT NULL,
  older_than TIMESTAMP NOT NULL,
  entries BIGINT NOT NULL,
  last_seq BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
);
