package org.wfed.aid;

/** The permissions the aid module (帮扶救助) checks. */
public final class AidPermissions {
    /** 查看救助对象、项目、申请和台账 */
    public static final String READ = "aid.read";
    /** 登记救助对象、提交申请 */
    public static final String APPLY = "aid.apply";
    /** 审核救助申请 */
    public static final String REVIEW = "aid.review";
    /** 登记发放和签收 */
    public static final String PAY = "aid.pay";
    /** 设置救助项目和困难类别 */
    public static final String CONFIGURE = "aid.configure";
    /** 两癌筛查：登记筛查、随访 */
    public static final String SCREEN = "aid.screen";
    /** 查看健康信息（筛查结果、诊断） */
    public static final String HEALTH_READ = "aid.health.read";
    /** 导入花名册和两癌筛查结果 */
    public static final String IMPORT = "aid.import";

    private AidPermissions() {
    }
}
