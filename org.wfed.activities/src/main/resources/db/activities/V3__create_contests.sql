-- A contest (评选) of a unit for a year, its nominees (families, people or units), the members of a
-- nominated family (people from core's registry), each judge's score, and objections lodged during the
-- public notice (公示). source_nominee_id links a nominee recommended upward to its lower-level record, so
-- its history stays; origin_unit_id is the unit the nominee comes from, for roll-ups by home unit.
CREATE TABLE act_contest (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  type_id BIGINT NOT NULL REFERENCES act_contest_type (id),
  contest_year INT NOT NULL,
  title VARCHAR(100) NOT NULL,
  quota INT NOT NULL,
  status VARCHAR(12) NOT NULL,
  notice_start DATE,
  notice_end DATE,
  finalised_on DATE,
  commended_on DATE,
  document_no VARCHAR(100),
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL,
  CONSTRAINT act_contest_one UNIQUE (unit_id, type_id, contest_year)
);
CREATE INDEX act_contest_unit ON act_contest (unit_id, contest_year);
CREATE TABLE act_nominee (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contest_id BIGINT NOT NULL REFERENCES act_contest (id),
  kind VARCHAR(10) NOT NULL,
  name VARCHAR(100) NOT NULL,
  person_id BIGINT,
  origin_unit_id BIGINT NOT NULL,
  story VARCHAR(4000),
  nominated_by VARCHAR(12) NOT NULL,
  nominator VARCHAR(100),
  status VARCHAR(12) NOT NULL,
  eligibility_note VARCHAR(500),
  votes INT DEFAULT 0 NOT NULL,
  certificate_no VARCHAR(60),
  honour_level VARCHAR(12),
  source_nominee_id BIGINT REFERENCES act_nominee (id),
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX act_nominee_contest ON act_nominee (contest_id, status);
CREATE INDEX act_nominee_origin ON act_nominee (origin_unit_id, status);
CREATE INDEX act_nominee_source ON act_nominee (source_nominee_id);
CREATE TABLE act_nominee_member (
  nominee_id BIGINT NOT NULL REFERENCES act_nominee (id),
  person_id BIGINT NOT NULL,
  relation VARCHAR(20),
  PRIMARY KEY (nominee_id, person_id)
);
CREATE TABLE act_score (
  nominee_id BIGINT NOT NULL REFERENCES act_nominee (id),
  judge_id BIGINT NOT NULL,
  judge_name VARCHAR(50) NOT NULL,
  score DECIMAL(5, 2) NOT NULL,
  remark VARCHAR(500),
  scored_at TIMESTAMP NOT NULL,
  PRIMARY KEY (nominee_id, judge_id)
);
CREATE TABLE act_objection (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contest_id BIGINT NOT NULL REFERENCES act_contest (id),
  nominee_id BIGINT NOT NULL REFERENCES act_nominee (id),
  lodged_on DATE NOT NULL,
  lodged_by VARCHAR(100),
  content VARCHAR(2000) NOT NULL,
  status VARCHAR(10) NOT NULL,
  upheld BOOLEAN,
  resolution VARCHAR(2000),
  resolved_on DATE,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX act_objection_contest ON act_objection (contest_id, status);
-- Honours above the deployment's top unit (a city or province title for a family the district
-- recommended) are recorded against the nominee, so its history and the roll-ups keep them.
CREATE TABLE act_external_honour (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  nominee_id BIGINT NOT NULL REFERENCES act_nominee (id),
  honour_level VARCHAR(12) NOT NULL,
  title VARCHAR(100) NOT NULL,
  awarded_on DATE NOT NULL,
  document_no VARCHAR(100),
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX act_external_honour_nominee ON act_external_honour (nominee_id);
