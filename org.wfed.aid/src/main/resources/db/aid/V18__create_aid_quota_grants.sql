-- Places a level above the deployment granted a unit for a programme and year (申请市级“两癌”救助名额3个): the
-- unit records the grant (granting level, places, document); the summary states it, and while a grant binds
-- (binding), the programme's applications of that year in the unit's subtree stop at its places.
CREATE TABLE aid_quota_grant (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  programme_id BIGINT NOT NULL REFERENCES aid_programme (id),
  grant_year INT NOT NULL,
  granting_level VARCHAR(12) NOT NULL,
  places INT NOT NULL,
  binding BOOLEAN DEFAULT TRUE NOT NULL,
  document_no VARCHAR(100),
  granted_on DATE NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX aid_quota_grant_unit ON aid_quota_grant (unit_id, grant_year, programme_id);
CREATE INDEX aid_quota_grant_prog ON aid_quota_grant (programme_id, grant_year, unit_id);
