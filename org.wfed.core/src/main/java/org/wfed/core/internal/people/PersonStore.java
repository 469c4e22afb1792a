package org.wfed.core.internal.people;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.Jdbc;
import org.wfed.core.Page;
import org.wfed.core.Scope;
import org.wfed.core.dto.Education;
import org.wfed.core.dto.Sex;

/** The SQL of {@code /api/people}: the register's pages and searches, one person, an update; on the caller's connection. */
@Component(service = PersonStore.class)
public final class PersonStore {
    private static final String COLUMNS = "p.id, p.unit_id, p.name, p.sex, p.birth_date, p.id_number, p.phone, p.household,"
            + " p.education, p.party_member, p.occupation, p.rural_hukou, p.version";
    /** The subtree as an IN subquery: Derby range-scans the path index, then probes people by unit. */
    private static final String LIST_WHERE = " FROM core_person p WHERE p.unit_id IN (SELECT u.id FROM core_unit u WHERE u.path LIKE ?)";
    /** One unit without units below it (a community): its people straight from the (unit_id, id) index. */
    private static final String UNIT_WHERE = " FROM core_person p WHERE p.unit_id = ?";
    /**
     * A name search in one unit: through (unit_id, id) too. Derby would take the name index and check the unit
     * of every person in the district with that surname (156 ms for 王 in a 667-person community).
     */
    private static final String UNIT_SEARCH_WHERE = " FROM core_person p --DERBY-PROPERTIES index=core_person_unit_id\n"
            + " WHERE p.unit_id = ?";
    /** The whole tree: no subtree filter, so page 1 is read in primary-key order without a sort. */
    private static final String ALL_WHERE = " FROM core_person p WHERE 1 = 1";
    /**
     * A search is by a part of the name anywhere in it, by the start of its 拼音 or of its initials (letters only:
     * {@code zhangl}, {@code zl}; {@link NameKeys}), by the last 4 digits of the phone or, when the text is an ID
     * number, by that number (its unique index); callers who may reveal ID numbers may also give the first or last
     * digits of an ID number, or more of the phone's.
     */
    private static final String NAME_SEARCH = " AND p.name LIKE ? ESCAPE '\\'";
    /** Letters only: the 拼音 keys, which hold a name's own Latin letters too (Mary: {@code " mary"}). */
    private static final String PINYIN_SEARCH = " AND p.name_pinyin LIKE ?";
    private static final String NUMBER_SEARCH = " AND p.id_number = ?";
    private static final String PHONE_SEARCH = " AND p.phone LIKE ?";
    private static final String PARTIAL_NUMBER_SEARCH = " AND (p.id_number LIKE ? ESCAPE '\\' OR p.phone LIKE ?)";
    private static final String UPDATE = "UPDATE core_person SET unit_id = ?, name = ?, sex = ?, birth_date = ?, id_number = ?,"
            + " phone = ?, household = ?, education = ?, party_member = ?, occupation = ?, rural_hukou = ?, name_pinyin = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";

    private static final String BY_ID = "SELECT " + COLUMNS + " FROM core_person p WHERE p.id = ?";

    /** One raw row, before masking. */
    record Row(long id, long unitId, String name, Sex sex, LocalDate birthDate, String idNumber, String phone,
               String household, Education education, boolean partyMember, String occupation, boolean ruralHukou,
               int version) {
    }

    /** Where the people of a list are: the whole tree, one unit without units below it, or a subtree by path. */
    enum Reach { WHOLE_TREE, LEAF, SUBTREE }

    /** What a search looks for, as a FROM … WHERE clause and its parameters. */
    record Search(String where, String order, Object[] params) {
        /** The text to count a search by (its clause and values). */
        String key() {
            return where + java.util.Arrays.toString(params);
        }
    }

    /**
     * A search of the people of {@code reach}: {@code unitArg} the unit id (LEAF) or path prefix (SUBTREE), then at most
     * one of a whole ID number, a LIKE pattern of part of one (which a phone's last digits match too), a phone's last
     * 4 digits, the 拼音 keys' start ({@link NameKeys#term}) or a part of the name.
     */
    static Search search(Reach reach, Object unitArg, String number, String partialNumber, String phoneTail, String pinyin,
                         String namePart) {
        List<Object> args = new java.util.ArrayList<>();
        boolean nameSearch = number == null && partialNumber == null && namePart != null && !namePart.isEmpty();
        String where = switch (reach) {
            case WHOLE_TREE -> ALL_WHERE;
            case LEAF -> nameSearch ? UNIT_SEARCH_WHERE : UNIT_WHERE;
            case SUBTREE -> LIST_WHERE;
        };
        if (reach != Reach.WHOLE_TREE) {
            args.add(unitArg);
        }
        if (number != null) {
            where += NUMBER_SEARCH;
            args.add(number);
        } else if (partialNumber != null) {
            where += PARTIAL_NUMBER_SEARCH;
            args.add(partialNumber);
            args.add("%" + namePart); // the phone's last digits too (a phone has no X)
        } else if (phoneTail != null) {
            where += PHONE_SEARCH;
            args.add("%" + phoneTail);
        } else if (pinyin != null) {
            where += PINYIN_SEARCH;
            args.add("% " + pinyin + "%");
        } else if (nameSearch) {
            where += NAME_SEARCH;
            args.add("%" + likeEscaped(namePart) + "%");
        }
        String order = reach == Reach.SUBTREE ? " ORDER BY p.unit_id, p.id" : " ORDER BY p.id";
        return new Search(where, order, args.toArray());
    }

    long count(Connection c, Search s) throws SQLException {
        return Jdbc.number(c, "SELECT COUNT(*)" + s.where(), s.params());
    }

    List<Row> page(Connection c, Search s, Page.Request p) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + s.where() + s.order() + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", PersonStore::row,
                Scope.params(s.params(), p.offset(), p.size()));
    }

    Optional<Row> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, BY_ID, PersonStore::row, id);
    }

    /** Writes every column of the person at the given version, or 409. */
    void update(Connection c, long id, int version, long unitId, String name, Sex sex, LocalDate birthDate, String idNumber,
                String phone, String household, Education education, boolean partyMember, String occupation, boolean ruralHukou)
            throws SQLException {
        Jdbc.updateVersioned(c, "core_person", id, UPDATE, unitId, name, sex, birthDate, idNumber, phone, household, education,
                partyMember, occupation, ruralHukou, NameKeys.of(name), id, version);
    }

    /** The text with LIKE's wildcards escaped (backslash), so that 50% finds "50%" and not everything. */
    static String likeEscaped(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A row of {@link #COLUMNS}, read by position (Derby looks a column name up anew on every call). */
    private static Row row(ResultSet rs) throws SQLException {
        String edu = rs.getString(9);
        java.sql.Date birth = rs.getDate(5);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), Sex.valueOf(rs.getString(4)),
                birth == null ? null : birth.toLocalDate(), rs.getString(6), rs.getString(7), rs.getString(8),
                edu == null ? null : Education.valueOf(edu), rs.getBoolean(10), rs.getString(11),
                rs.getBoolean(12), rs.getInt(13));
    }
}
