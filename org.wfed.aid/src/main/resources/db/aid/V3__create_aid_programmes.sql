-- Aid programmes (救助项目) are configured as data: eligibility, review chain, public notice,
-- budget and quota are columns, never code. The real programmes ship as defaults below.
-- categories / no_aid_programmes / review_levels / channels are comma lists wrapped in commas.
CREATE TABLE aid_programme (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code VARCHAR(40) NOT NULL UNIQUE,
  name VARCHAR(100) NOT NULL,
  kind VARCHAR(12) NOT NULL,
  fund_source VARCHAR(12) NOT NULL,
  description VARCHAR(500),
  amount_fen BIGINT,
  budget_fen BIGINT,
  quota_per_unit INT,
  categories VARCHAR(500) DEFAULT '' NOT NULL,
  sex CHAR(1),
  min_age INT,
  max_age INT,
  once_ever BOOLEAN DEFAULT FALSE NOT NULL,
  no_aid_years INT DEFAULT 0 NOT NULL,
  no_aid_programmes VARCHAR(500) DEFAULT '' NOT NULL,
  requires_diagnosis BOOLEAN DEFAULT FALSE NOT NULL,
  review_levels VARCHAR(100) NOT NULL,
  notice_days INT DEFAULT 0 NOT NULL,
  channels VARCHAR(100) NOT NULL,
  active BOOLEAN DEFAULT TRUE NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
INSERT INTO aid_programme (code, name, kind, fund_source, description, amount_fen, budget_fen, quota_per_unit, categories, sex, min_age, max_age, once_ever, no_aid_years, no_aid_programmes, requires_diagnosis, review_levels, notice_days, channels) VALUES ('FESTIVAL_VISIT', '节日慰问（春节、三八、六一）', 'CASH', 'BUDGET', '困难妇女儿童节日走访慰问，发放慰问金或慰问品', NULL, 20000000, NULL, ',DIBAO,TEKUN,DIBAO_EDGE,SINGLE_PARENT,DISABLED,LEFT_BEHIND_CHILD,UNCARED_CHILD,ORPHAN,SHIDU,', NULL, NULL, NULL, FALSE, 0, '', FALSE, ',COMMUNITY,STREET,', 0, ',CASH,BANK,GOODS,');
INSERT INTO aid_programme (code, name, kind, fund_source, description, amount_fen, budget_fen, quota_per_unit, categories, sex, min_age, max_age, once_ever, no_aid_years, no_aid_programmes, requires_diagnosis, review_levels, notice_days, channels) VALUES ('TWO_CANCERS_AID', '两癌救助', 'CASH', 'LOTTERY', '低收入患病妇女一次性救助1万元，打卡发放，不发现金；每人终身一次', 1000000, 30000000, 3, ',DIBAO,TEKUN,DIBAO_EDGE,', 'F', NULL, NULL, TRUE, 0, '', TRUE, ',COMMUNITY,STREET,DISTRICT,', 0, ',BANK,');
INSERT INTO aid_programme (code, name, kind, fund_source, description, amount_fen, budget_fen, quota_per_unit, categories, sex, min_age, max_age, once_ever, no_aid_years, no_aid_programmes, requires_diagnosis, review_levels, notice_days, channels) VALUES ('SPRING_BUD', '春蕾计划', 'CASH', 'DONATION', '资助困难家庭女童完成学业：申请、学校审核、公示、打卡发放、签收', 100000, 5000000, NULL, ',DIBAO,TEKUN,DIBAO_EDGE,SINGLE_PARENT,LEFT_BEHIND_CHILD,UNCARED_CHILD,ORPHAN,', 'F', 6, 18, FALSE, 0, '', FALSE, ',COMMUNITY,STREET,DISTRICT,', 7, ',BANK,');
INSERT INTO aid_programme (code, name, kind, fund_source, description, amount_fen, budget_fen, quota_per_unit, categories, sex, min_age, max_age, once_ever, no_aid_years, no_aid_programmes, requires_diagnosis, review_levels, notice_days, channels) VALUES ('DREAM_STUDY', '圆梦助学', 'CASH', 'DONATION', '资助困难家庭学生上大学，公示后打卡发放', 300000, 3000000, NULL, ',DIBAO,TEKUN,DIBAO_EDGE,SINGLE_PARENT,ORPHAN,SHIDU,', NULL, 16, 25, FALSE, 1, ',DREAM_STUDY,SPRING_BUD,', FALSE, ',COMMUNITY,STREET,DISTRICT,', 7, ',BANK,');
INSERT INTO aid_programme (code, name, kind, fund_source, description, amount_fen, budget_fen, quota_per_unit, categories, sex, min_age, max_age, once_ever, no_aid_years, no_aid_programmes, requires_diagnosis, review_levels, notice_days, channels) VALUES ('WOMEN_INSURANCE', '女性安康保险', 'INSURANCE', 'DONATION', '为困难妇女购买女性安康保险，每人一份（100元）', 10000, 5000000, NULL, '', 'F', 18, 70, FALSE, 0, '', FALSE, ',COMMUNITY,STREET,', 0, ',INSURER,');
