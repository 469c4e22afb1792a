-- Hardship categories (困难类别) are a configurable list, not an enum: counties add local ones.
-- low_income marks the categories that count as 低收入 for 两癌救助 and screening priority.
CREATE TABLE aid_category (
  code VARCHAR(30) NOT NULL PRIMARY KEY,
  name_zh VARCHAR(50) NOT NULL,
  name_en VARCHAR(50) NOT NULL,
  low_income BOOLEAN DEFAULT FALSE NOT NULL,
  sort_order INT DEFAULT 100 NOT NULL
);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order) VALUES ('DIBAO', '低保', 'Minimum living allowance', TRUE, 10);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order) VALUES ('TEKUN', '特困供养', 'Extreme poverty support', TRUE, 20);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order) VALUES ('DIBAO_EDGE', '低保边缘', 'Near minimum allowance', TRUE, 30);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order) VALUES ('SINGLE_PARENT', '单亲家庭', 'Single parent', FALSE, 40);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order) VALUES ('DISABLED', '残疾', 'Disabled', FALSE, 50);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order) VALUES ('LEFT_BEHIND_CHILD', '留守儿童', 'Left-behind child', FALSE, 60);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order) VALUES ('UNCARED_CHILD', '事实无人抚养儿童', 'Child without carer', FALSE, 70);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order) VALUES ('ORPHAN', '孤儿', 'Orphan', FALSE, 80);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order) VALUES ('SHIDU', '失独家庭', 'Family that lost its only child', FALSE, 90);
