package org.wfed.example.insurance.internal;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Role;
import org.wfed.core.extension.ConsolePage;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;
import org.wfed.core.extension.ReportSection;

/**
 * The plugin's permissions, console page and summary paragraph. Like every component of the plugin, each one
 * references {@link InsuranceModule}, which exists only once the plugin's table is migrated: if the migration
 * fails, nothing of the plugin appears (no menu entry whose API answers 404, no indicator that cannot count).
 */
public final class InsuranceContributions {
    static final String READ = "insurance.read";
    static final String WRITE = "insurance.write";

    private InsuranceContributions() {
    }

    /** Who may see and record policies. */
    @Component
    public static final class Permissions implements PermissionProvider {
        @Activate
        public Permissions(@Reference InsuranceModule module) {
            // present only with the plugin's schema
        }

        @Override
        public List<Permission> permissions() {
            return List.of(
                    new Permission(READ, "查看安康保险", "View care insurance", Set.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.STAFF)),
                    new Permission(WRITE, "登记安康保险", "Record care insurance", Set.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.STAFF)));
        }
    }

    /** 女性安康保险 page in the console's aid group. */
    @Component
    public static final class Page implements ConsolePage {
        @Activate
        public Page(@Reference InsuranceModule module) {
            // present only with the plugin's schema
        }

        @Override public String id() { return "insurance"; }
        @Override public String titleZh() { return "女性安康保险"; }
        @Override public String titleEn() { return "Care insurance"; }
        @Override public String group() { return "aid"; }
        @Override public int order() { return 900; }
        @Override public String permission() { return READ; }
        @Override public String resourceFolder() { return "console/insurance"; }
    }

    /** The sentence the annual summary gets in its care section. */
    @Component
    public static final class Section implements ReportSection {
        @Activate
        public Section(@Reference InsuranceModule module) {
            // present only with the plugin's schema
        }

        @Override public String id() { return "insurance.summary"; }
        @Override public String section() { return "care"; }
        @Override public int order() { return 500; }
        @Override public String titleZh() { return "女性安康保险"; }

        @Override
        public List<String> paragraphsZh() {
            return List.of("为{insurance.women}名妇女购买女性安康保险，保费合计{insurance.premium}元，其中{insurance.premium[*#]}。");
        }
    }
}
