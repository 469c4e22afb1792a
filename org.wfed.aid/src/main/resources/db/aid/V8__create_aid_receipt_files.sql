-- Signed receipts (签收单): the scanned or photographed receipt a beneficiary signed, attached to a paid
-- application. The bytes live in the data folder's file store under a random name; this row says whose.
CREATE TABLE aid_receipt_file (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id BIGINT NOT NULL REFERENCES aid_application (id),
  unit_id BIGINT NOT NULL,
  stored_name VARCHAR(60) NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  content_type VARCHAR(40) NOT NULL,
  size_bytes INT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX aid_receipt_file_application ON aid_receipt_file (application_id);
