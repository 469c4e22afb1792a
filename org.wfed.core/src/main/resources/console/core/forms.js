// Labels of core's codes, shared by core's console pages (imported relative to the page); the form
// components themselves are the shell's, ctx.ui (ui.js).

export const UNIT_KINDS = {
  DISTRICT: ['区县妇联', 'District'],
  STREET: ['街道妇联', 'Street'],
  TOWN: ['乡镇妇联', 'Town'],
  COMMUNITY: ['社区妇联', 'Community'],
  VILLAGE: ['村妇联', 'Village'],
  GRASSROOTS_ORG: ['基层妇女组织', 'Grassroots organisation'],
};

export const UNIT_STATUS = {
  ACTIVE: ['正常', 'Active', 'ok'],
  MERGED: ['已合并', 'Merged', 'warn'],
  SPLIT: ['已拆分', 'Split', 'warn'],
  CLOSED: ['已撤销', 'Closed', 'bad'],
};

export const STATION_KINDS = {
  WOMEN_HOME: ['妇女之家', 'Women\'s home'],
  CHILDREN_HOME: ['儿童之家', 'Children\'s home'],
  MICRO_HOME: ['妇女微家', 'Women\'s micro-home'],
  PARENT_SCHOOL: ['家长学校', 'Parent school'],
  RIGHTS_STATION: ['维权工作站', 'Rights station'],
  MEDIATION_ROOM: ['巾帼调解室', 'Mediation room'],
  HEART_STATION: ['心灵驿站', 'Counselling station'],
  LEFT_BEHIND_HOME: ['留守儿童之家', 'Left-behind children\'s home'],
  SHELTER: ['临时庇护所', 'Shelter'],
};

export const EDUCATION = {
  PRIMARY: ['小学', 'Primary'],
  JUNIOR: ['初中', 'Junior secondary'],
  SENIOR: ['高中', 'Senior secondary'],
  VOCATIONAL: ['中专', 'Vocational'],
  COLLEGE: ['大专', 'College'],
  BACHELOR: ['本科', 'Bachelor'],
  MASTER: ['硕士', 'Master'],
  DOCTOR: ['博士', 'Doctor'],
};

export const SEX = { F: ['女', 'Female'], M: ['男', 'Male'] };

export const ROLES = {
  SYSTEM_ADMIN: ['系统管理员', 'System admin'],
  UNIT_ADMIN: ['单位管理员', 'Unit admin'],
  STAFF: ['工作人员', 'Staff'],
  AUDITOR: ['审计员', 'Auditor'],
};
