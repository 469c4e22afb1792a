-- Who else an activity concerned, as records rather than free text: the units of the tree a meeting deployed work to
-- (向14个街道妇联专题部署, role ADDRESSED, the unit and its kind), the organisations it worked with (与9个省市的24家
-- 社会服务组织, role PARTNER, name and province/city) and the organisations outside the tree it served (3家企业门店,
-- role SERVED). A row repeats the activity's unit, day and type so that a roll-up reads its index alone.
CREATE TABLE act_activity_party (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  activity_id BIGINT NOT NULL REFERENCES act_activity (id) ON DELETE CASCADE,
  unit_id BIGINT NOT NULL,
  held_on DATE NOT NULL,
  type_code VARCHAR(30) NOT NULL,
  role VARCHAR(10) NOT NULL,
  party_unit_id BIGINT,
  party_kind VARCHAR(20),
  name VARCHAR(100),
  region VARCHAR(30)
);
CREATE INDEX act_activity_party_activity ON act_activity_party (activity_id);
CREATE INDEX act_activity_party_roll ON act_activity_party (unit_id, held_on, role, party_kind, party_unit_id, name, region);
