-- Pairings (一对一结对帮扶): a helper (结对帮扶人, e.g. one of the 爱心女性 a federation provides: any person of core's
-- registry) paired with a beneficiary's household from started_on until ended_on (NULL: still paired). unit_id is the
-- beneficiary's unit: its subtree sees the pairing and its figures count it. note names the project (爱心帮扶工程 …).
CREATE TABLE aid_pairing (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  helper_person_id BIGINT NOT NULL,
  started_on DATE NOT NULL,
  ended_on DATE,
  note VARCHAR(200),
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
-- the figures read a period's pairings of each unit from this index alone
CREATE INDEX aid_pairing_unit ON aid_pairing (unit_id, started_on, ended_on, person_id, helper_person_id);
CREATE INDEX aid_pairing_person ON aid_pairing (person_id);
