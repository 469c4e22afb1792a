// Labels of the rights module's codes (维权), shared by its pages: [zh, en, badge kind].
export const KINDS = {
  MARITAL_DISPUTE: ['婚姻家庭纠纷', 'Marital or family dispute'], DOMESTIC_VIOLENCE: ['家庭暴力', 'Domestic violence'],
  RIGHTS_INFRINGEMENT: ['权益侵害', 'Rights infringement'], LEGAL_CONSULTATION: ['法律咨询', 'Legal consultation'],
};
export const INFRINGEMENTS = {
  PROPERTY: ['财产权益', 'Property'], CUSTODY: ['子女抚养', 'Custody'], EMPLOYMENT: ['劳动就业', 'Employment'], OTHER: ['其他', 'Other'],
};
export const SOURCES = {
  VISIT: ['来访', 'Visit'], LETTER: ['来信', 'Letter'], HOTLINE: ['12338热线', '12338 hotline'],
  REFERRAL: ['转介', 'Referral'], STATION: ['维权站（调解室）', 'Station'],
};
export const OUTCOMES = {
  RECONCILED: ['调解和好', 'Reconciled', 'ok'], DIVORCED: ['和平离婚', 'Divorced peacefully', 'ok'],
  REFERRED: ['转介', 'Referred', 'warn'], LEGAL_AID: ['法律援助', 'Legal aid', 'ok'], LITIGATION: ['诉讼', 'Litigation', 'warn'],
  WITHDRAWN: ['撤回', 'Withdrawn', ''], OTHER: ['其他', 'Other', ''],
};
export const ROLES = {
  APPLICANT: ['求助人', 'Applicant'], RESPONDENT: ['对方当事人', 'Respondent'], CHILD: ['未成年子女', 'Child'], OTHER: ['其他', 'Other'],
};
export const ACTIONS = {
  CONTACT: ['联系', 'Contact'], VISIT: ['走访', 'Visit'], MEDIATION: ['调解', 'Mediation'], REFERRAL: ['转介', 'Referral'],
  LEGAL_AID: ['法律援助', 'Legal aid'], SHELTER: ['临时庇护', 'Shelter'], OTHER: ['其他', 'Other'],
};
export const ORDER_KINDS = { PROTECTION_ORDER: ['人身保护令', 'Protection order'], WARNING_LETTER: ['家庭暴力告诫书', 'Warning letter'] };
export const ORDER_STATUS = {
  APPLIED: ['已申请', 'Applied', 'warn'], GRANTED: ['已签发', 'Granted', 'ok'], REFUSED: ['已驳回', 'Refused', 'bad'],
  WITHDRAWN: ['已撤回', 'Withdrawn', ''], ISSUED: ['已出具', 'Issued', 'ok'],
};
export const CHANNELS = {
  HOTLINE: ['12338热线', '12338 hotline'], VISIT: ['来访咨询', 'Walk-in'], LEGAL_SERVICE: ['法律服务活动', 'Legal service day'],
  ONLINE: ['网络咨询', 'Online'],
};

/** Asks why personal data is opened and answers the unmasked record, or null when cancelled. */
export async function reveal(ctx, path) {
  const { t, ui } = ctx;
  const reason = await ui.prompt(t('查看当事人完整信息将记入审计日志。请写明原因：', 'Opening personal data is audited. Why do you open it?'),
    { title: t('查看完整信息', 'Open personal data'), label: t('查看原因', 'Reason'), maxlength: 200 });
  if (reason == null) return null;
  return ctx.api.post(path, { reason });
}
