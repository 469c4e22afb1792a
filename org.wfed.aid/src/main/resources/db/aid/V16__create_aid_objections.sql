-- Objections (异议) lodged against an aid application during its public notice (公示); an open one holds the payment.
CREATE TABLE aid_objection (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id BIGINT NOT NULL REFERENCES aid_application (id),
  lodged_on DATE NOT NULL,
  lodged_by VARCHAR(100),
  content VARCHAR(2000) NOT NULL,
  status VARCHAR(10) NOT NULL,
  upheld BOOLEAN,
  resolution VARCHAR(2000),
  resolved_on DATE,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX aid_objection_application ON aid_objection (application_id, status);
