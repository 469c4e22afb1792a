package org.wfed.core.internal.auth;

import java.time.Instant;
import java.time.LocalDate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Role;
import org.wfed.core.internal.Settings;

/**
 * On the first start (no users yet) creates the top unit and the {@code admin} user, with the
 * password from WFED_ADMIN_PASSWORD or a generated one printed once to the log. There is no
 * default password.
 */
@Component(service = FirstStart.class, immediate = true)
public final class FirstStart {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    /** The top unit's id once it exists. */
    private final long rootUnitId;

    @Activate
    public FirstStart(BundleContext context, @Reference Database db, @Reference AuthService auth) {
        this.rootUnitId = db.write(c -> {
            // nodes starting together on an empty database: one creates the top unit and admin, the others find them
            org.wfed.core.internal.db.Dialect.of(c).lockSetUp(c);
            long existing = Jdbc.number(c, "SELECT MIN(id) FROM core_unit WHERE parent_id IS NULL");
            if (Jdbc.number(c, "SELECT COUNT(*) FROM core_user") > 0) {
                return existing;
            }
            long root = existing;
            if (root == 0) {
                String name = Settings.get(context, null, "rootUnitName", "区妇联");
                root = Jdbc.insert(c, "INSERT INTO core_unit (parent_id, kind, name, path, status, valid_from) VALUES (NULL, 'DISTRICT', ?, '/', 'ACTIVE', ?)",
                        name, LocalDate.of(2000, 1, 1));
                Jdbc.update(c, "UPDATE core_unit SET path = ? WHERE id = ?", "/" + root + "/", root);
                Jdbc.update(c, "INSERT INTO core_unit_hist (unit_id, parent_id, name, path, valid_from, change_kind) VALUES (?, NULL, ?, ?, ?, 'CREATE')",
                        root, name, "/" + root + "/", LocalDate.of(2000, 1, 1));
            }
            String given = Settings.get(context, null, "adminPassword", null);
            String password = given != null ? given : "Wf-" + PasswordHasher.randomToken().substring(0, 16);
            String weak = given == null ? null : auth.policy().problem(given, "admin");
            if (weak != null) {
                throw new IllegalStateException("WFED_ADMIN_PASSWORD is too weak: " + weak);
            }
            Jdbc.insert(c, "INSERT INTO core_user (username, display_name, unit_id, roles, password_hash, created_at) VALUES ('admin', ?, ?, ?, ?, ?)",
                    "系统管理员", root, Role.SYSTEM_ADMIN.name(), auth.hasher().hash(password), Instant.now());
            if (given == null) {
                LOG.warn("\n==============================================================\n"
                        + " wfed first start: user 'admin', generated password: {}\n"
                        + " It is shown only this once. Sign in and change it.\n"
                        + "==============================================================", password);
            } else {
                LOG.info("wfed first start: user 'admin' created with the password from WFED_ADMIN_PASSWORD");
            }
            return root;
        });
    }

    public long rootUnitId() {
        return rootUnitId;
    }
}
