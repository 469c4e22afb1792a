-- Recipient groups (救助对象类别): the categories a programme serves are no longer only hardship categories.
-- aid_category keeps them all, with hardship marking the 困难类别; the other groups (离任妇女干部, 困难女党员,
-- 抗疫一线女性, 孕产妇, 计生家庭 …) are served by programmes that name them (a festival visit), and admins add
-- more at runtime. OTHER holds the people an open programme (anyone) serves who belong to no group.
ALTER TABLE aid_category ADD COLUMN hardship BOOLEAN DEFAULT TRUE NOT NULL;
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order, aliases, hardship) VALUES ('RETIRED_CADRE', '离任妇女干部', 'Retired women cadres', FALSE, 200, '离任妇干、老妇女干部、离任妇联干部', FALSE);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order, aliases, hardship) VALUES ('PARTY_MEMBER_IN_NEED', '困难女党员', 'Women party members in need', FALSE, 210, '困难党员、生活困难女党员', FALSE);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order, aliases, hardship) VALUES ('FRONTLINE_WOMAN', '抗疫一线女性', 'Women on the epidemic front line', FALSE, 220, '抗疫一线、一线抗疫女性、疫情防控一线女性', FALSE);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order, aliases, hardship) VALUES ('PREGNANT', '孕产妇', 'Pregnant women and new mothers', FALSE, 230, '孕妈、孕妇、孕产妇女', FALSE);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order, aliases, hardship) VALUES ('FAMILY_PLANNING', '计生家庭', 'Family-planning families', FALSE, 240, '计划生育家庭', FALSE);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order, aliases, hardship) VALUES ('ONLY_CHILD_FAMILY', '独生子女家庭', 'One-child families', FALSE, 250, '独生子女户', FALSE);
INSERT INTO aid_category (code, name_zh, name_en, low_income, sort_order, aliases, hardship) VALUES ('OTHER', '其他对象', 'Others', FALSE, 1000, '其他', FALSE);
-- the shipped festival visit also serves the groups the seeds' festival visits go to
UPDATE aid_programme SET categories = categories || 'RETIRED_CADRE,PARTY_MEMBER_IN_NEED,FRONTLINE_WOMAN,' WHERE code = 'FESTIVAL_VISIT' AND categories <> '';
-- Each application records the group it is granted to (the first of the programme's groups the person holds, or
-- the one the clerk chose), whether the person was a woman (W), a child under 18 (C) or a man (M) on the day she
-- applied (NULL: applied before this migration), the people of her household an application for a household
-- covers (NULL: the person alone), and the quantity of goods handed out (件, 条, 份 …).
ALTER TABLE aid_application ADD COLUMN recipient_group VARCHAR(30) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE aid_application ADD COLUMN person_kind CHAR(1);
ALTER TABLE aid_application ADD COLUMN household_size INT;
ALTER TABLE aid_application ADD COLUMN goods_quantity DECIMAL(12, 2);
UPDATE aid_application SET recipient_group = COALESCE((SELECT MIN(k.code) FROM aid_category k, aid_beneficiary b, aid_programme p
  WHERE b.person_id = aid_application.person_id AND p.id = aid_application.programme_id
  AND b.categories LIKE '%,' || k.code || ',%' AND (p.categories = '' OR p.categories LIKE '%,' || k.code || ',%')), 'OTHER');
-- the payments' roll-up index holds the new columns too, so every figure of the year's payments still reads it alone
DROP INDEX aid_application_paid;
CREATE INDEX aid_application_paid ON aid_application (unit_id, paid_on, programme_id, person_id, paid_fen, recipient_group, person_kind, household_size, goods_quantity);
