-- Two-factor sign-in (等保 2.0 level 3: two techniques for administrators): a TOTP secret per user
-- (pending until the first code confirms it), the last time step used (a code is good once),
-- one-use recovery codes (hashed), and sessions that may do nothing but enrol until they have.
ALTER TABLE core_user ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE core_user ADD COLUMN totp_pending VARCHAR(64);
ALTER TABLE core_user ADD COLUMN totp_last_step BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE core_user ADD COLUMN totp_enabled_at TIMESTAMP;
ALTER TABLE core_session ADD COLUMN must_enrol BOOLEAN DEFAULT FALSE NOT NULL;
CREATE TABLE core_recovery_code (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES core_user (id),
  code_hash CHAR(64) NOT NULL,
  used_at TIMESTAMP
);
CREATE INDEX core_recovery_code_user ON core_recovery_code (user_id);
