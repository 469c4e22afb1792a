-- Applications (救助申请) with their review steps, and the counters that keep budgets and quotas
-- from being overspent: approval raises used_* with a conditional UPDATE in the same transaction.
CREATE TABLE aid_application (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES aid_programme (id),
  person_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  aid_year INT NOT NULL,
  applied_on DATE NOT NULL,
  reason VARCHAR(500) NOT NULL,
  amount_fen BIGINT NOT NULL,
  goods VARCHAR(200),
  status VARCHAR(12) NOT NULL,
  review_units VARCHAR(200) NOT NULL,
  review_levels VARCHAR(100) NOT NULL,
  review_step INT DEFAULT 0 NOT NULL,
  next_unit_id BIGINT,
  next_level VARCHAR(12),
  notice_from DATE,
  notice_to DATE,
  paid_on DATE,
  paid_fen BIGINT,
  channel VARCHAR(10),
  bank_account VARCHAR(40),
  received_on DATE,
  receipt_note VARCHAR(200),
  created_by BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX aid_application_person ON aid_application (person_id, programme_id);
CREATE INDEX aid_application_unit ON aid_application (unit_id, aid_year);
CREATE INDEX aid_application_prog ON aid_application (programme_id, aid_year);
CREATE INDEX aid_application_next ON aid_application (next_unit_id, status);
CREATE TABLE aid_review (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id BIGINT NOT NULL REFERENCES aid_application (id),
  step INT NOT NULL,
  review_level VARCHAR(12) NOT NULL,
  unit_id BIGINT NOT NULL,
  decision VARCHAR(10) NOT NULL,
  comment_text VARCHAR(500),
  reviewer_id BIGINT NOT NULL,
  reviewer_name VARCHAR(50) NOT NULL,
  decided_at TIMESTAMP NOT NULL
);
CREATE INDEX aid_review_application ON aid_review (application_id);
CREATE TABLE aid_budget (
  programme_id BIGINT NOT NULL REFERENCES aid_programme (id),
  budget_year INT NOT NULL,
  budget_fen BIGINT NOT NULL,
  used_fen BIGINT DEFAULT 0 NOT NULL,
  PRIMARY KEY (programme_id, budget_year)
);
CREATE TABLE aid_quota (
  programme_id BIGINT NOT NULL REFERENCES aid_programme (id),
  unit_id BIGINT NOT NULL,
  quota_year INT NOT NULL,
  quota INT NOT NULL,
  used INT DEFAULT 0 NOT NULL,
  PRIMARY KEY (programme_id, unit_id, quota_year)
);
