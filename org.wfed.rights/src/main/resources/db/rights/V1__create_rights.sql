-- Rights protection (维权): cases with their parties and timeline, protection orders and police warnings,
-- families at risk (三色家庭) with colours, visits and colour history, and the hotline and consultation log.
CREATE TABLE rights_case (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  intake_on DATE NOT NULL,
  source VARCHAR(20) NOT NULL,
  referred_by VARCHAR(100),
  station_id BIGINT,
  kind VARCHAR(30) NOT NULL,
  subkind VARCHAR(30),
  request_text VARCHAR(1000),
  narrative VARCHAR(4000),
  handler VARCHAR(50) NOT NULL,
  visitors INT DEFAULT 1 NOT NULL,
  outcome VARCHAR(20),
  outcome_note VARCHAR(200),
  closed_on DATE,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
-- the register's first page and every figure read a unit's year through this index
CREATE INDEX rights_case_list ON rights_case (unit_id, intake_on, id, kind, source);
CREATE INDEX rights_case_closed ON rights_case (unit_id, closed_on, outcome);

CREATE TABLE rights_party (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id BIGINT NOT NULL,
  party_role VARCHAR(20) NOT NULL,
  person_id BIGINT,
  name VARCHAR(50) NOT NULL,
  phone VARCHAR(30),
  address VARCHAR(200)
);
CREATE INDEX rights_party_case ON rights_party (case_id);

CREATE TABLE rights_action (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  acted_on DATE NOT NULL,
  kind VARCHAR(20) NOT NULL,
  note VARCHAR(1000),
  mediators VARCHAR(200),
  result VARCHAR(200),
  recorded_by VARCHAR(100) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX rights_action_case ON rights_action (case_id, acted_on);
CREATE INDEX rights_action_unit ON rights_action (unit_id, acted_on, kind);

-- 人身保护令 applications (with the court's decision) and 告诫书 issued by the police, each for a case
CREATE TABLE rights_order (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  applied_on DATE NOT NULL,
  urgent BOOLEAN DEFAULT FALSE NOT NULL,
  status VARCHAR(20) NOT NULL,
  decided_on DATE,
  valid_until DATE,
  issued_by VARCHAR(100),
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX rights_order_unit ON rights_order (unit_id, applied_on, kind, status);
CREATE INDEX rights_order_case ON rights_order (case_id);

-- the colour scheme of the families-at-risk file: 3 to 5 colours, each with how often a family is visited
CREATE TABLE rights_colour (
  code VARCHAR(20) NOT NULL PRIMARY KEY,
  name_zh VARCHAR(20) NOT NULL,
  name_en VARCHAR(40) NOT NULL,
  meaning VARCHAR(100) NOT NULL,
  visit_days INT NOT NULL,
  sort_order INT NOT NULL
);
INSERT INTO rights_colour (code, name_zh, name_en, meaning, visit_days, sort_order) VALUES
  ('RED', '红色', 'Red', '家庭暴力或严重风险', 7, 10),
  ('ORANGE', '橙色', 'Orange', '婚姻家庭矛盾', 14, 20),
  ('YELLOW', '黄色', 'Yellow', '生活困难', 30, 30),
  ('GREEN', '绿色', 'Green', '家庭稳定', 90, 40);

CREATE TABLE rights_family (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  household VARCHAR(100) NOT NULL,
  address VARCHAR(200),
  colour VARCHAR(20) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  responsible VARCHAR(50) NOT NULL,
  opened_on DATE NOT NULL,
  closed_on DATE,
  last_visit_on DATE,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX rights_family_unit ON rights_family (unit_id, opened_on, closed_on, colour);

CREATE TABLE rights_family_member (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  family_id BIGINT NOT NULL,
  person_id BIGINT,
  name VARCHAR(50) NOT NULL,
  relation VARCHAR(20)
);
CREATE INDEX rights_family_member_family ON rights_family_member (family_id);

CREATE TABLE rights_family_visit (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  family_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  visited_on DATE NOT NULL,
  visitor VARCHAR(50) NOT NULL,
  note VARCHAR(1000),
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX rights_family_visit_family ON rights_family_visit (family_id, visited_on);
CREATE INDEX rights_family_visit_unit ON rights_family_visit (unit_id, visited_on);

CREATE TABLE rights_family_colour (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  family_id BIGINT NOT NULL,
  changed_on DATE NOT NULL,
  from_colour VARCHAR(20),
  to_colour VARCHAR(20) NOT NULL,
  reason VARCHAR(500),
  changed_by VARCHAR(100) NOT NULL
);
CREATE INDEX rights_family_colour_family ON rights_family_colour (family_id, changed_on);

-- 12338 hotline calls, consultations and legal services, counted even when no case opens
CREATE TABLE rights_consultation (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  held_on DATE NOT NULL,
  channel VARCHAR(20) NOT NULL,
  topic VARCHAR(30) NOT NULL,
  contacts INT NOT NULL,
  solved INT DEFAULT 0 NOT NULL,
  note VARCHAR(500),
  case_id BIGINT,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX rights_consultation_unit ON rights_consultation (unit_id, held_on, channel);
