-- Skills training with outcomes (技能培训: 家政、手工、电商、育婴…): a course (期) and its trainees, each with
-- completion, a certificate obtained and employment afterwards.
CREATE TABLE svc_course (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  start_on DATE NOT NULL,
  end_on DATE NOT NULL,
  hours DECIMAL(10, 1) DEFAULT 0 NOT NULL,
  provider VARCHAR(200),
  certificate VARCHAR(200),
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX svc_course_unit ON svc_course (unit_id, start_on);
CREATE TABLE svc_trainee (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  course_id BIGINT NOT NULL REFERENCES svc_course (id),
  person_id BIGINT,
  name VARCHAR(50) NOT NULL,
  completed BOOLEAN DEFAULT FALSE NOT NULL,
  certified BOOLEAN DEFAULT FALSE NOT NULL,
  employed_after BOOLEAN DEFAULT FALSE NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX svc_trainee_course ON svc_trainee (course_id);
