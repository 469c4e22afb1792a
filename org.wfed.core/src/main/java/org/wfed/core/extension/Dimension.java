package org.wfed.core.extension;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;

/**
 * What a breakdown indicator is broken down by (programme, recipient category, activity type, theme,
 * honour level, station kind…): its members are the types the data defines, asked for on every use, so a
 * type added or retired at runtime appears or goes without a restart. An indicator declares it with
 * {@link Indicator#dimension()} and answers its values per member code ({@link Values#add(long, String,
 * java.math.BigDecimal)}); a value whose code no member lists still shows, under its code.
 *
 * @since 1.2
 */
@ConsumerType
public interface Dimension {
    /** Stable id, {@code <module>.<what>}, e.g. {@code aid.programme}. */
    String id();

    String nameZh();

    String nameEn();

    /** The members known now, in display order. */
    List<Member> members();

    /** A dimension with fixed members (e.g. honour levels). */
    static Dimension of(String id, String nameZh, String nameEn, List<Member> members) {
        List<Member> fixed = List.copyOf(members);
        return new Dimension() {
            @Override public String id() { return id; }
            @Override public String nameZh() { return nameZh; }
            @Override public String nameEn() { return nameEn; }
            @Override public List<Member> members() { return fixed; }
        };
    }

    /**
     * A dimension whose members are rows of a module's own type table, read on every use:
     * {@code sql} answers code, Chinese name, (optionally) English name and (optionally, since 1.4) the member's
     * own unit ({@link Member#unitZh()}), in display order, e.g.
     * {@code SELECT code, name, code FROM act_activity_type ORDER BY sort_order, code} or
     * {@code SELECT code, name, code, unit_zh FROM act_material ORDER BY sort_order, code}.
     */
    static Dimension fromTable(Database db, String id, String nameZh, String nameEn, String sql) {
        return new Dimension() {
            @Override public String id() { return id; }
            @Override public String nameZh() { return nameZh; }
            @Override public String nameEn() { return nameEn; }

            @Override
            public List<Member> members() {
                return db.read(c -> Jdbc.list(c, sql, rs -> {
                    int columns = rs.getMetaData().getColumnCount();
                    return new Member(rs.getString(1), rs.getString(2), columns > 2 ? rs.getString(3) : null,
                            columns > 3 ? rs.getString(4) : null);
                }));
            }
        };
    }
}
