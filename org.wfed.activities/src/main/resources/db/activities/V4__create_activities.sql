-- Activities (活动) of a unit, with configurable types; trainings count batches (批次) and trainees (人次),
-- every activity counts participants, volunteers and the publicity it got (media reports, WeChat posts).
CREATE TABLE act_activity_type (
  code VARCHAR(30) NOT NULL PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  training BOOLEAN DEFAULT FALSE NOT NULL,
  active BOOLEAN DEFAULT TRUE NOT NULL,
  sort_order INT DEFAULT 100 NOT NULL
);
INSERT INTO act_activity_type (code, name, training, sort_order) VALUES
 ('TRAINING', '培训', TRUE, 10),
 ('LECTURE', '讲座', FALSE, 20),
 ('LEGAL_EDUCATION', '普法宣传', FALSE, 30),
 ('PERFORMANCE', '文艺演出', FALSE, 40),
 ('VISIT', '走访慰问', FALSE, 50),
 ('VOLUNTEER_SERVICE', '志愿服务', FALSE, 60),
 ('RED_EDUCATION', '红色教育', FALSE, 70),
 ('READING', '亲子阅读', FALSE, 80),
 ('FAMILY_EDUCATION', '家庭教育', FALSE, 90),
 ('OTHER', '其他', FALSE, 1000);
CREATE TABLE act_activity (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  held_on DATE NOT NULL,
  type_code VARCHAR(30) NOT NULL REFERENCES act_activity_type (code),
  theme VARCHAR(200) NOT NULL,
  station_id BIGINT,
  station_name VARCHAR(100),
  partners VARCHAR(500),
  participants INT DEFAULT 0 NOT NULL,
  volunteers INT DEFAULT 0 NOT NULL,
  batches INT DEFAULT 0 NOT NULL,
  trainees INT DEFAULT 0 NOT NULL,
  media_reports INT DEFAULT 0 NOT NULL,
  wechat_posts INT DEFAULT 0 NOT NULL,
  original_posts INT DEFAULT 0 NOT NULL,
  note VARCHAR(2000),
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX act_activity_unit_day ON act_activity (unit_id, held_on);
CREATE INDEX act_activity_day ON act_activity (held_on);
