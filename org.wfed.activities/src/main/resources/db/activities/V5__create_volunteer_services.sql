-- Volunteer service records (巾帼志愿服务): an event of a team (core's team id or a free-text team name),
-- how many volunteers served and the total service hours (志愿服务时长, person-hours).
CREATE TABLE act_volunteer_service (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  served_on DATE NOT NULL,
  team_id BIGINT,
  team_name VARCHAR(100) NOT NULL,
  content VARCHAR(500) NOT NULL,
  volunteers INT NOT NULL,
  service_hours DECIMAL(10, 1) NOT NULL,
  beneficiaries INT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX act_volunteer_service_unit ON act_volunteer_service (unit_id, served_on);
