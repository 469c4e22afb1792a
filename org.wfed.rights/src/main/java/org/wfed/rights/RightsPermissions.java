package org.wfed.rights;

/**
 * The permissions the rights module checks (see {@code internal.RightsPermissionProvider}). Only their holders
 * see the module's records at all, and only in their subtree; names, addresses, phones and narratives stay masked
 * even then, unless a holder of {@link #REVEAL} opens one record with a reason (audited).
 */
public final class RightsPermissions {
    /** 查看维权台账（脱敏） */
    public static final String READ = "rights.read";
    /** 登记维权个案、处理记录、保护令、三色家庭档案和咨询 */
    public static final String MANAGE = "rights.manage";
    /** 查看当事人完整信息（须填写原因，留痕） */
    public static final String REVEAL = "rights.reveal";
    /** 配置三色家庭的颜色和走访频次 */
    public static final String CONFIGURE = "rights.configure";

    private RightsPermissions() {
    }
}
