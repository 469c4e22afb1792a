-- Users, sessions (in the database, so a restart logs nobody out and nodes can share them),
-- hashed API tokens, the append-only audit log, period locks and the demo-data ledger.
CREATE TABLE core_user (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username VARCHAR(50) NOT NULL UNIQUE,
  display_name VARCHAR(50) NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  roles VARCHAR(200) NOT NULL,
  password_hash VARCHAR(300) NOT NULL,
  failed_logins INT DEFAULT 0 NOT NULL,
  locked_until TIMESTAMP,
  enabled BOOLEAN DEFAULT TRUE NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE TABLE core_session (
  token_hash CHAR(64) NOT NULL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES core_user (id),
  csrf_token VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  last_seen TIMESTAMP NOT NULL
);
CREATE INDEX core_session_user ON core_session (user_id);
CREATE TABLE core_api_token (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES core_user (id),
  name VARCHAR(100) NOT NULL,
  token_hash CHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP,
  revoked BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE TABLE core_audit (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  user_id BIGINT,
  username VARCHAR(50),
  unit_id BIGINT,
  action VARCHAR(100) NOT NULL,
  record_type VARCHAR(50),
  record_id VARCHAR(50),
  outcome VARCHAR(10) NOT NULL,
  detail VARCHAR(500)
);
CREATE INDEX core_audit_at ON core_audit (occurred_at);
CREATE INDEX core_audit_user ON core_audit (username, occurred_at);
CREATE TABLE core_period_lock (
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  period_year INT NOT NULL,
  locked_at TIMESTAMP NOT NULL,
  locked_by VARCHAR(50) NOT NULL,
  PRIMARY KEY (unit_id, period_year)
);
CREATE TABLE core_demo_applied (
  provider_id VARCHAR(100) NOT NULL PRIMARY KEY,
  applied_at TIMESTAMP NOT NULL
);
