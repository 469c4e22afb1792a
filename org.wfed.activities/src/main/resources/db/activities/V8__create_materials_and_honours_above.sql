-- Named quantities an activity hands out or makes (宣传展板212个, 宣传单2000份, 口罩3000个…): the materials are data
-- an admin extends; each activity records its quantities. A quantity row repeats the activity's unit and day so that
-- a roll-up reads one year of one unit from its index alone, without joining the activities.
CREATE TABLE act_material (
  code VARCHAR(30) NOT NULL PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  unit_zh VARCHAR(10) NOT NULL,
  active BOOLEAN DEFAULT TRUE NOT NULL,
  sort_order INT DEFAULT 100 NOT NULL
);
INSERT INTO act_material (code, name, unit_zh, sort_order) VALUES
 ('DISPLAY_BOARD', '宣传展板', '个', 10),
 ('LEAFLET', '宣传单', '份', 20),
 ('PROMO_ITEM', '宣传品', '份', 30),
 ('MASK', '口罩', '个', 40),
 ('DISINFECTANT', '消毒用品', '箱', 50),
 ('VEST', '袖章马甲', '件', 60),
 ('GOODS', '慰问物品', '件', 70);
CREATE TABLE act_activity_quantity (
  activity_id BIGINT NOT NULL REFERENCES act_activity (id) ON DELETE CASCADE,
  material_code VARCHAR(30) NOT NULL REFERENCES act_material (code),
  unit_id BIGINT NOT NULL,
  held_on DATE NOT NULL,
  quantity INT NOT NULL,
  PRIMARY KEY (activity_id, material_code)
);
CREATE INDEX act_activity_quantity_roll ON act_activity_quantity (unit_id, held_on, material_code, quantity);
-- Beyond the tree (上级荣誉登记): what a unit recommended to a level above the deployment's top unit (推荐市级最美家庭)
-- and the titles that level gave its families, people and collectives (市级三八红旗手, 市级家庭工作先进集体), recorded
-- by the unit as its own account. type_id names the contest type when the title is one of them; the roll-ups count by title.
CREATE TABLE act_honour_above (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id BIGINT NOT NULL,
  kind VARCHAR(10) NOT NULL,
  type_id BIGINT REFERENCES act_contest_type (id),
  name VARCHAR(100) NOT NULL,
  origin_unit_id BIGINT NOT NULL,
  outcome VARCHAR(12) NOT NULL,
  honour_level VARCHAR(12) NOT NULL,
  title VARCHAR(100) NOT NULL,
  dated DATE NOT NULL,
  document_no VARCHAR(100),
  created_at TIMESTAMP NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
CREATE INDEX act_honour_above_unit ON act_honour_above (unit_id, dated, kind, outcome, title);
