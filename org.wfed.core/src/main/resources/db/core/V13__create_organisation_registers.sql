-- Organisation building in figures (issue 15): stations (阵地) effective-dated with their kind from a configurable
-- list, the 六有 checklist with the date each item was met and a model grade (示范); teams (队伍) of a kind with
-- founded and dissolved dates and members from the person registry; registered volunteers (志愿者); pairings (结对)
-- of a carer from the registry with children or households (counted, never named).
CREATE TABLE core_station_kind (
  code VARCHAR(20) NOT NULL PRIMARY KEY,
  name_zh VARCHAR(50) NOT NULL,
  name_en VARCHAR(50),
  sort_order INT DEFAULT 0 NOT NULL
);
INSERT INTO core_station_kind (code, name_zh, name_en, sort_order) VALUES
  ('WOMEN_HOME', '妇女之家', 'Women''s home', 10),
  ('WOMEN_CHILDREN_HOME', '妇女儿童之家', 'Women and children''s home', 15),
  ('CHILDREN_HOME', '儿童之家', 'Children''s home', 20),
  ('MICRO_HOME', '妇女微家', 'Women''s micro-home', 30),
  ('PARENT_SCHOOL', '家长学校', 'Parents'' school', 40),
  ('RIGHTS_STATION', '维权工作站', 'Rights station', 50),
  ('MEDIATION_ROOM', '巾帼调解室', 'Mediation room', 60),
  ('HEART_STATION', '心灵驿站', 'Counselling corner', 70),
  ('LEFT_BEHIND_HOME', '留守儿童之家', 'Home for left-behind children', 80),
  ('SHELTER', '临时庇护所', 'Shelter', 90),
  ('AFTER_SCHOOL', '四点半学校', 'After-school class', 100),
  ('MINORS_ROOM', '未成年人活动室', 'Minors'' activity room', 110);
ALTER TABLE core_station ADD COLUMN opened_on DATE;
ALTER TABLE core_station ADD COLUMN closed_on DATE;
ALTER TABLE core_station ADD COLUMN model_grade VARCHAR(12);
ALTER TABLE core_station ADD COLUMN model_year INT;
ALTER TABLE core_station ADD COLUMN model_by VARCHAR(100);
ALTER TABLE core_station ADD COLUMN opening_hours VARCHAR(100);
CREATE TABLE core_station_item (
  station_id BIGINT NOT NULL REFERENCES core_station (id),
  item VARCHAR(12) NOT NULL,
  met_on DATE NOT NULL,
  PRIMARY KEY (station_id, item)
);
ALTER TABLE core_volunteer_team ADD COLUMN kind VARCHAR(20) DEFAULT 'VOLUNTEER' NOT NULL;
ALTER TABLE core_volunteer_team ADD COLUMN dissolved_on DATE;
CREATE TABLE core_team_member (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id BIGINT NOT NULL REFERENCES core_volunteer_team (id),
  person_id BIGINT NOT NULL REFERENCES core_person (id),
  joined_on DATE NOT NULL,
  left_on DATE
);
CREATE INDEX core_team_member_team ON core_team_member (team_id);
CREATE TABLE core_volunteer (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  person_id BIGINT NOT NULL REFERENCES core_person (id),
  team_id BIGINT REFERENCES core_volunteer_team (id),
  skills VARCHAR(200),
  joined_on DATE NOT NULL,
  left_on DATE,
  version INT DEFAULT 0 NOT NULL,
  CONSTRAINT core_volunteer_once UNIQUE (unit_id, person_id)
);
CREATE TABLE core_pairing (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  kind VARCHAR(20) NOT NULL,
  person_id BIGINT NOT NULL REFERENCES core_person (id),
  covered INT DEFAULT 1 NOT NULL,
  started_on DATE NOT NULL,
  ended_on DATE,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX core_pairing_unit ON core_pairing (unit_id);
