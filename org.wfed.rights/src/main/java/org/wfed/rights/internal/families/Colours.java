package org.wfed.rights.internal.families;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;
import org.wfed.rights.RightsPermissions;
import org.wfed.rights.dto.Colour;
import org.wfed.rights.internal.RightsSchema;

/**
 * The deployment's colour scheme of families at risk: three to five colours (default 红 violence or serious risk,
 * 橙 marital conflict, 黄 hardship, 绿 stable), each with its visit interval. A colour an open file holds cannot
 * be removed.
 */
@Component(service = Colours.class)
public final class Colours {
    static final int FEWEST = 3;
    static final int MOST = 5;

    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;

    @Activate
    public Colours(@Reference RightsSchema schema, @Reference AccessControl access, @Reference AuditLog audit) {
        this.db = schema.db();
        this.access = access;
        this.audit = audit;
    }

    public List<Colour> list() {
        return db.read(Colours::list);
    }

    static List<Colour> list(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT code, name_zh, name_en, meaning, visit_days, sort_order FROM rights_colour "
                + "ORDER BY sort_order, code", rs -> new Colour(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getInt(6)));
    }

    /** The colours by code, read in the caller's transaction. */
    static Map<String, Colour> byCode(Connection c) throws SQLException {
        Map<String, Colour> out = new LinkedHashMap<>();
        for (Colour colour : list(c)) {
            out.put(colour.code(), colour);
        }
        return out;
    }

    /** Replaces the scheme, in the order given. */
    public List<Colour> replace(Caller caller, List<Colour> scheme) {
        access.require(caller, RightsPermissions.CONFIGURE);
        if (scheme == null || scheme.size() < FEWEST || scheme.size() > MOST) {
            throw WfedException.invalidFields(List.of(new FieldError("colours", "COLOUR_COUNT",
                    "三色家庭须配置" + FEWEST + "至" + MOST + "种颜色")));
        }
        Set<String> codes = new HashSet<>();
        for (Colour colour : scheme) {
            if (!codes.add(colour.code())) {
                throw WfedException.invalidFields(List.of(new FieldError("colours", "DUPLICATE_COLOUR", "颜色代码重复：" + colour.code())));
            }
        }
        return db.write(c -> {
            for (String used : Jdbc.list(c, "SELECT DISTINCT colour FROM rights_family WHERE closed_on IS NULL", rs -> rs.getString(1))) {
                if (!codes.contains(used)) {
                    throw WfedException.invalidFields(List.of(new FieldError("colours", "COLOUR_IN_USE",
                            "仍有在档家庭为该颜色，不能删除：" + used)));
                }
            }
            Jdbc.update(c, "DELETE FROM rights_colour");
            int order = 10;
            for (Colour colour : scheme) {
                Jdbc.update(c, "INSERT INTO rights_colour (code, name_zh, name_en, meaning, visit_days, sort_order) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", colour.code(), colour.nameZh().trim(), colour.nameEn().trim(),
                        colour.meaning().trim(), colour.visitDays(), order);
                order += 10;
            }
            audit.ok(c, caller, "rights.colours.replace", "rightsColour", null, String.join(",", codes));
            return list(c);
        });
    }
}
