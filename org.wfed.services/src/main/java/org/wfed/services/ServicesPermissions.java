package org.wfed.services;

/** The permissions the services module checks (see {@code internal.ServicesPermissionProvider}). */
public final class ServicesPermissions {
    /** 查看就业服务、技能培训和微心愿 */
    public static final String READ = "services.read";
    /** 登记岗位、求职人员、招聘会、就业、培训和微心愿 */
    public static final String MANAGE = "services.manage";

    private ServicesPermissions() {
    }
}
