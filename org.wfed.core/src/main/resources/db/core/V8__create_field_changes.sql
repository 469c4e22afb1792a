-- The before and after of every changed field (imports first: an update must never lose a value without a trace).
-- Sensitive values are stored encrypted (AES-GCM, key in the data folder); sensitive names the kind, NULL otherwise.
-- unit_id is the acting user's unit, so that auditors see their subtree as in core_audit.
CREATE TABLE core_field_change (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  user_id BIGINT,
  username VARCHAR(50),
  unit_id BIGINT,
  action VARCHAR(100) NOT NULL,
  record_type VARCHAR(50) NOT NULL,
  record_id VARCHAR(50) NOT NULL,
  field VARCHAR(50) NOT NULL,
  label VARCHAR(50) NOT NULL,
  sensitive VARCHAR(20),
  before_value VARCHAR(2000),
  after_value VARCHAR(2000)
);
CREATE INDEX core_field_change_record ON core_field_change (record_type, record_id);
