-- Employment services (就业服务): job posts (岗位) developed with employers or relayed from an employer's notice
-- (单位招聘), job seekers on the register (求职登记, with the registered unemployed), job fairs (招聘会) and
-- placements (成功就业) of a seeker, optionally into a post; override marks a placement beyond the post's places.
CREATE TABLE svc_job_post (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  post_source VARCHAR(20) NOT NULL,
  employer VARCHAR(200) NOT NULL,
  title VARCHAR(200) NOT NULL,
  places INT NOT NULL,
  pay VARCHAR(100),
  opened_on DATE NOT NULL,
  closed_on DATE,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX svc_job_post_unit ON svc_job_post (unit_id, opened_on);
CREATE TABLE svc_seeker (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  person_id BIGINT,
  name VARCHAR(50) NOT NULL,
  skills VARCHAR(500),
  wishes VARCHAR(500),
  registered_on DATE NOT NULL,
  unemployed BOOLEAN DEFAULT FALSE NOT NULL,
  unemployed_since DATE,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX svc_seeker_unit ON svc_seeker (unit_id, registered_on);
CREATE TABLE svc_fair (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  held_on DATE NOT NULL,
  name VARCHAR(200) NOT NULL,
  employers INT DEFAULT 0 NOT NULL,
  posts INT DEFAULT 0 NOT NULL,
  visitors INT DEFAULT 0 NOT NULL,
  agreements INT DEFAULT 0 NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX svc_fair_unit ON svc_fair (unit_id, held_on);
CREATE TABLE svc_placement (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  seeker_id BIGINT NOT NULL REFERENCES svc_seeker (id),
  job_id BIGINT REFERENCES svc_job_post (id),
  employer VARCHAR(200) NOT NULL,
  placed_on DATE NOT NULL,
  confirmed_by VARCHAR(200),
  over_places BOOLEAN DEFAULT FALSE NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX svc_placement_unit ON svc_placement (unit_id, placed_on);
CREATE INDEX svc_placement_job ON svc_placement (job_id);
CREATE INDEX svc_placement_seeker ON svc_placement (seeker_id);
