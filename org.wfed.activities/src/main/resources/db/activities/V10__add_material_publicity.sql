-- A material may be a publicity output rather than something handed out: information reported to a level above
-- (向省妇联网站报送信息115条) and models promoted (推出先进典型10名). Such a material is stated in the summary's
-- publicity clause, in its own words, and counted as the recording unit's own account; the materials clause
-- (制作、发放宣传品和物资：…) leaves it out. Two are shipped.
ALTER TABLE act_material ADD COLUMN publicity BOOLEAN DEFAULT FALSE NOT NULL;
INSERT INTO act_material (code, name, unit_zh, active, sort_order, publicity) VALUES
 ('INFO_REPORT', '报送信息', '条', TRUE, 80, TRUE),
 ('MODEL_STORY', '推出先进典型', '名', TRUE, 90, TRUE);
