package org.wfed.core.internal.console;

import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ConsolePage;
import org.wfed.core.internal.auth.CorePermissions;

/**
 * Core's own console pages, contributed through the same {@link ConsolePage} contract as any
 * module's: each is an ES module in {@code console/core/<id>.js}.
 */
public final class CorePages {
    private CorePages() {
    }

    /** What all core pages share: their files live in {@code console/core}. */
    abstract static class CorePage implements ConsolePage {
        @Override
        public String resourceFolder() {
            return "console/core";
        }
    }

    /** 组织架构: the tree, unit details and changes to the tree. */
    @Component(service = ConsolePage.class)
    public static final class OrgTree extends CorePage {
        @Override public String id() { return "org-tree"; }
        @Override public String titleZh() { return "组织架构"; }
        @Override public String titleEn() { return "Organisation"; }
        @Override public String group() { return "org"; }
        @Override public int order() { return 10; }
        @Override public String permission() { return CorePermissions.ORG_READ; }
    }

    /** 人员: the people shared by every module. */
    @Component(service = ConsolePage.class)
    public static final class People extends CorePage {
        @Override public String id() { return "people"; }
        @Override public String titleZh() { return "人员"; }
        @Override public String titleEn() { return "People"; }
        @Override public String group() { return "org"; }
        @Override public int order() { return 20; }
        @Override public String permission() { return CorePermissions.PEOPLE_READ; }
    }

    /** 用户与角色: accounts, roles and what each role may do. */
    @Component(service = ConsolePage.class)
    public static final class Users extends CorePage {
        @Override public String id() { return "users"; }
        @Override public String titleZh() { return "用户与角色"; }
        @Override public String titleEn() { return "Users and roles"; }
        @Override public String group() { return "system"; }
        @Override public int order() { return 10; }
        @Override public String permission() { return CorePermissions.USERS_MANAGE; }
    }

    /** 审计日志: search and export of the audit trail. */
    @Component(service = ConsolePage.class)
    public static final class Audit extends CorePage {
        @Override public String id() { return "audit"; }
        @Override public String titleZh() { return "审计日志"; }
        @Override public String titleEn() { return "Audit log"; }
        @Override public String group() { return "system"; }
        @Override public int order() { return 20; }
        @Override public String permission() { return CorePermissions.AUDIT_READ; }
    }

    /** 我的账户: every signed-in user changes her password and manages her API tokens. */
    @Component(service = ConsolePage.class)
    public static final class Account extends CorePage {
        @Override public String id() { return "account"; }
        @Override public String titleZh() { return "我的账户"; }
        @Override public String titleEn() { return "My account"; }
        @Override public String group() { return "system"; }
        @Override public int order() { return 90; }
        @Override public String permission() { return null; }
    }

    /** 系统维护: bundles and plugins present, and an online backup of the database. */
    @Component(service = ConsolePage.class)
    public static final class Maintenance extends CorePage {
        @Override public String id() { return "maintenance"; }
        @Override public String titleZh() { return "系统维护"; }
        @Override public String titleEn() { return "Maintenance"; }
        @Override public String group() { return "system"; }
        @Override public int order() { return 30; }
        @Override public String permission() { return CorePermissions.SYSTEM; }
    }
}
