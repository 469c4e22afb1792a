package org.wfed.activities;

/** The permissions the activities module checks (see {@code internal.ActivitiesPermissionProvider}). */
public final class ActivitiesPermissions {
    /** 查看活动与评选 */
    public static final String READ = "activities.read";
    /** 登记活动、组织评选（提名、资格审查、公示、异议登记、向上推荐） */
    public static final String MANAGE = "activities.manage";
    /** 评委打分 */
    public static final String JUDGE = "activities.judge";
    /** 审定评选（处理异议、确定结果、表彰） */
    public static final String APPROVE = "activities.approve";
    /** 配置评选类型和活动类型 */
    public static final String CONFIGURE = "activities.configure";

    private ActivitiesPermissions() {
    }
}
