-- Contest types (评选类型) are data, not code: each deployment names its own contests, criteria,
-- cycle, quota, scoring (panel with an optional public-vote share) and public-notice length.
-- vote_share is the percent of the final score that comes from public votes (30 = 30% votes + 70% panel).
-- requires_lower_title: above the grassroots level a nominee must come recommended from a lower-level contest.
CREATE TABLE act_contest_type (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code VARCHAR(40) NOT NULL UNIQUE,
  name VARCHAR(50) NOT NULL,
  nominee_kind VARCHAR(10) NOT NULL,
  criteria VARCHAR(2000),
  cycle_years INT DEFAULT 1 NOT NULL,
  quota INT DEFAULT 0 NOT NULL,
  vote_share INT DEFAULT 0 NOT NULL,
  notice_days INT DEFAULT 5 NOT NULL,
  notice_working BOOLEAN DEFAULT TRUE NOT NULL,
  requires_lower_title BOOLEAN DEFAULT FALSE NOT NULL,
  active BOOLEAN DEFAULT TRUE NOT NULL,
  sort_order INT DEFAULT 100 NOT NULL,
  version INT DEFAULT 0 NOT NULL
);
INSERT INTO act_contest_type (code, name, nominee_kind, criteria, cycle_years, quota, vote_share, notice_days, notice_working, requires_lower_title, sort_order) VALUES
 ('MOST_BEAUTIFUL_FAMILY', '最美家庭', 'FAMILY', '爱国爱家、相亲相爱、向上向善、共建共享，家庭事迹感人，在群众中有良好口碑。', 1, 10, 30, 5, TRUE, FALSE, 10),
 ('FIVE_GOOD_FAMILY', '五好家庭', 'FAMILY', '爱国守法热心公益好、学习进取爱岗敬业好、男女平等尊老爱幼好、移风易俗少生优育好、勤俭持家保护环境好。', 2, 10, 0, 5, TRUE, TRUE, 20),
 ('CIVILISED_FAMILY', '文明家庭', 'FAMILY', '家庭成员遵纪守法、崇德向善，家风良好，邻里和睦，积极参与文明创建。', 2, 10, 0, 7, FALSE, TRUE, 30),
 ('CLEAN_FAMILY', '清洁家庭', 'FAMILY', '居室整洁、庭院美化、垃圾分类，群众评议、社区妇联审定，在政务公开栏公布结果。', 1, 0, 0, 3, TRUE, FALSE, 40),
 ('SAFE_FAMILY', '平安家庭', 'FAMILY', '家庭和睦无家暴，遵纪守法，无安全事故，积极参与平安创建。', 1, 10, 0, 5, TRUE, FALSE, 50),
 ('GREEN_FAMILY', '绿色家庭', 'FAMILY', '践行绿色低碳生活方式，节约资源、保护环境。', 1, 10, 0, 5, TRUE, FALSE, 60),
 ('ZERO_WASTE_FAMILY', '无废家庭', 'FAMILY', '源头减量、垃圾分类、资源循环利用成效突出。', 1, 10, 0, 5, TRUE, FALSE, 70),
 ('GOOD_FAMILY_VALUES', '好家风', 'FAMILY', '家规家训传承良好，家风淳朴，对子女教育有方，发挥示范作用。', 1, 10, 30, 5, TRUE, FALSE, 80),
 ('MARCH8_RED_BANNER', '三八红旗手', 'PERSON', '在各行各业中作出突出贡献的优秀女性，政治坚定、业绩突出、群众公认。', 2, 5, 0, 5, TRUE, TRUE, 110),
 ('MARCH8_RED_BANNER_GROUP', '三八红旗集体', 'UNIT', '以女性为主体、工作业绩突出的先进集体。', 2, 3, 0, 5, TRUE, TRUE, 120),
 ('BEST_WOMEN_STRIVER', '最美巾帼奋斗者', 'PERSON', '在岗位上奋斗拼搏、事迹突出、群众认可的女性。', 1, 5, 30, 5, TRUE, FALSE, 130),
 ('WOMEN_CIVILISED_POST', '巾帼文明岗', 'UNIT', '以女性为主体的岗位集体，服务优质、管理规范、业绩突出。', 2, 3, 0, 5, TRUE, FALSE, 140);
