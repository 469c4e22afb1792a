-- Short names and synonyms clerks write for a hardship category (特困 for 特困供养, 五保户, 低边 …), separated
-- by 、: rosters accept them beside the category's code and name, so that a clerk's own words are not refused.
ALTER TABLE aid_category ADD COLUMN aliases VARCHAR(500) DEFAULT '' NOT NULL;
UPDATE aid_category SET aliases = '低保户、城乡低保、最低生活保障、低保对象' WHERE code = 'DIBAO';
UPDATE aid_category SET aliases = '特困、特困人员、特困户、特困供养人员、五保、五保户' WHERE code = 'TEKUN';
UPDATE aid_category SET aliases = '低边、低保边缘户、低保边缘家庭' WHERE code = 'DIBAO_EDGE';
UPDATE aid_category SET aliases = '单亲、单亲母亲、单亲妈妈、单亲困难母亲' WHERE code = 'SINGLE_PARENT';
UPDATE aid_category SET aliases = '残疾人、残疾人家庭、残障' WHERE code = 'DISABLED';
UPDATE aid_category SET aliases = '留守、农村留守儿童' WHERE code = 'LEFT_BEHIND_CHILD';
UPDATE aid_category SET aliases = '事实孤儿、无人抚养儿童' WHERE code = 'UNCARED_CHILD';
UPDATE aid_category SET aliases = '失独、失独家庭户' WHERE code = 'SHIDU';
