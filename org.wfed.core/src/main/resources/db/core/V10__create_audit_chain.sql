-- The audit log is tamper-evident. Each entry carries the SHA-256 of its own content (written with it),
-- and the chain links blocks of consecutive entries: a block's hash covers the hash of the block before,
-- its place, its id range and the hashes of every entry in it, so an entry changed, removed or slipped
-- in breaks the block it belongs to and every one after. One chain row per block (about a second of
-- writes) keeps the write path cheap. A purge past the retention period (never younger than 6 months)
-- records where the chain resumes.
ALTER TABLE core_audit ADD COLUMN entry_hash CHAR(64);
CREATE TABLE core_audit_chain (
  seq BIGINT NOT NULL PRIMARY KEY,
  after_id BIGINT NOT NULL,
  last_id BIGINT NOT NULL,
  entries INT NOT NULL,
  hash CHAR(64) NOT NULL
);
CREATE TABLE core_audit_purge (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  purged_at TIMESTAMP NOT NULL,
  older_than TIMESTAMP NOT NULL,
  entries BIGINT NOT NULL,
  last_seq BIGINT NOT NULL,
  last_id BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
);
