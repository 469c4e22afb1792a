-- Aid facts on core's person (one person record across all programmes): hardship categories,
-- bank account for payments (sensitive, shown masked), guardian of a child and PIPL consents.
-- unit_id is the person's unit when registered, so lists filter by subtree without core's tables.
CREATE TABLE aid_beneficiary (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id BIGINT NOT NULL UNIQUE,
  unit_id BIGINT NOT NULL,
  categories VARCHAR(500) DEFAULT '' NOT NULL,
  household VARCHAR(200),
  bank_name VARCHAR(100),
  bank_account VARCHAR(40),
  account_holder VARCHAR(50),
  guardian_name VARCHAR(50),
  guardian_relation VARCHAR(20),
  guardian_phone VARCHAR(20),
  health_consent_on DATE,
  guardian_consent_on DATE,
  note VARCHAR(500),
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX aid_beneficiary_unit ON aid_beneficiary (unit_id);
