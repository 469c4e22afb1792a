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

    /**
     * Whether the members are records of units (a station of a community) rather than types every unit shares (a
     * programme, an activity type): such members are named only in a table, where the figures of the reader's own
     * subtree show them, never in the list of indicators that a reader of any unit gets ({@code GET reporting/indicators}).
     *
     * @since 1.7
     */
    default boolean ofUnits() {
        return false;
    }

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
     * The stations (阵地: 妇女之家, 妇女微家, 儿童之家…, core's organisation register) as a dimension, read on every
     * use, so that a station opened today is a member at once: member code = the station's id (what a module's
     * records keep, e.g. {@code act_activity.station_id}, and what a placeholder names:
     * {@code {activities.byStation[42]}}), name = its name with its unit's ({@code 妇女微家（东湖社区）}), in the order
     * of the organisation tree. Closed stations stay members: figures of a past period may count them. A module
     * breaks a figure down by station with {@code GROUP BY unit_id, station_id} ({@link SqlPass#byMember}).
     *
     * @param id the dimension's id, {@code <module>.<what>}, e.g. {@code activities.station}
     * @since 1.7
     */
    static Dimension stations(Database db, String id) {
        return new Dimension() {
            @Override public String id() { return id; }
            @Override public String nameZh() { return "阵地"; }
            @Override public String nameEn() { return "Station"; }
            @Override public boolean ofUnits() { return true; }

            @Override
            public List<Member> members() {
                return db.read(c -> Jdbc.list(c, "SELECT s.id, s.name, u.name FROM core_station s JOIN core_unit u ON u.id = s.unit_id"
                        + " ORDER BY u.path, s.id", rs -> new Member(String.valueOf(rs.getLong(1)),
                        rs.getString(2) + "（" + rs.getString(3) + "）", rs.getString(2) + " (" + rs.getString(3) + ")")));
            }
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
