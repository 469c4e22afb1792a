-- 两癌 screening: campaigns with invitation lists, screening records (health data: sensitive),
-- the follow-up worklist of abnormal results, and diagnoses (which can make a woman eligible
-- for 两癌救助).
CREATE TABLE aid_campaign (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  campaign_year INT NOT NULL,
  name VARCHAR(100) NOT NULL,
  min_age INT NOT NULL,
  max_age INT NOT NULL,
  skip_years INT NOT NULL,
  follow_up_days INT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE TABLE aid_invitation (
  campaign_id BIGINT NOT NULL REFERENCES aid_campaign (id),
  person_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  low_income BOOLEAN DEFAULT FALSE NOT NULL,
  invited_on DATE NOT NULL,
  PRIMARY KEY (campaign_id, person_id)
);
CREATE TABLE aid_screening (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id BIGINT NOT NULL REFERENCES aid_campaign (id),
  person_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  screened_on DATE NOT NULL,
  cervical_method VARCHAR(10),
  cervical_result VARCHAR(20),
  breast_clinical VARCHAR(20),
  breast_birads VARCHAR(4),
  mammography VARCHAR(20),
  abnormal BOOLEAN DEFAULT FALSE NOT NULL,
  duplicate BOOLEAN DEFAULT FALSE NOT NULL,
  consent_on DATE NOT NULL,
  created_by BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX aid_screening_person ON aid_screening (person_id, screened_on);
CREATE INDEX aid_screening_unit ON aid_screening (unit_id, screened_on);
CREATE TABLE aid_follow_up (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  screening_id BIGINT NOT NULL REFERENCES aid_screening (id),
  person_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  site VARCHAR(10) NOT NULL,
  due_on DATE NOT NULL,
  outcome VARCHAR(12),
  stage VARCHAR(10),
  closed_on DATE,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX aid_follow_up_unit ON aid_follow_up (unit_id, due_on);
CREATE TABLE aid_diagnosis (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  site VARCHAR(10) NOT NULL,
  stage VARCHAR(10),
  invasive BOOLEAN DEFAULT FALSE NOT NULL,
  diagnosed_on DATE NOT NULL,
  follow_up_id BIGINT,
  created_by BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX aid_diagnosis_person ON aid_diagnosis (person_id);
