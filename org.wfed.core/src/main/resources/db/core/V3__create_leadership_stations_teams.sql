-- Leadership seats with terms (history stays when a new committee is seated), service stations
-- (阵地) and volunteer teams of each unit.
CREATE TABLE core_leader (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  person_id BIGINT NOT NULL REFERENCES core_person (id),
  position VARCHAR(12) NOT NULL,
  full_time BOOLEAN DEFAULT FALSE NOT NULL,
  sector VARCHAR(50),
  in_two_committees BOOLEAN DEFAULT FALSE NOT NULL,
  grid VARCHAR(50),
  term_from DATE NOT NULL,
  term_to DATE,
  source VARCHAR(50)
);
CREATE INDEX core_leader_unit ON core_leader (unit_id, term_from);
CREATE TABLE core_station (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  kind VARCHAR(20) NOT NULL,
  name VARCHAR(100) NOT NULL,
  address VARCHAR(200),
  keeper VARCHAR(50),
  six_have INT DEFAULT 0 NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX core_station_unit ON core_station (unit_id);
CREATE TABLE core_volunteer_team (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL REFERENCES core_unit (id),
  name VARCHAR(100) NOT NULL,
  leader_name VARCHAR(50),
  members INT DEFAULT 0 NOT NULL,
  founded_on DATE,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX core_volunteer_team_unit ON core_volunteer_team (unit_id);
