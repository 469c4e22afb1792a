package org.wfed.core;

/** The roles a user can hold; permissions are granted to roles (see {@code extension.Permission}). */
public enum Role {
    /** 系统管理员: runs the deployment, all units, users and configuration. */
    SYSTEM_ADMIN("系统管理员", "System admin"),
    /** 单位管理员: manages users and the organisation below her unit. */
    UNIT_ADMIN("单位管理员", "Unit admin"),
    /** 工作人员: records the federation's work in her subtree. */
    STAFF("工作人员", "Staff"),
    /** 审计员: reads and exports the audit log, changes nothing. */
    AUDITOR("审计员", "Auditor");

    private final String labelZh;
    private final String labelEn;

    Role(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
