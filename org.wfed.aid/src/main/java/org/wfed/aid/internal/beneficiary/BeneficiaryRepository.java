package org.wfed.aid.internal.beneficiary;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wfed.aid.dto.BeneficiaryInput;
import org.wfed.aid.internal.Codes;
import org.wfed.core.Jdbc;
import org.wfed.core.Scope;

/** SQL of aid_beneficiary (救助对象). */
public final class BeneficiaryRepository {

    private static final String SELECT = "SELECT id, person_id, unit_id, categories, household, bank_name, bank_account, "
            + "account_holder, guardian_name, guardian_relation, guardian_phone, health_consent_on, guardian_consent_on, "
            + "recognized_on, note, version FROM aid_beneficiary";

    private static final String INSERT_COLUMNS = "INSERT INTO aid_beneficiary (person_id, unit_id, categories, "
            + "household, bank_name, bank_account, account_holder, guardian_name, guardian_relation, guardian_phone, "
            + "health_consent_on, guardian_consent_on, recognized_on, note, created_at) VALUES ";
    private static final String INSERT = INSERT_COLUMNS + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int MULTI_ROW = 100;

    private BeneficiaryRepository() {
    }

    public static Optional<BeneficiaryRow> byId(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE id = ?", BeneficiaryRepository::map, id);
    }

    public static Optional<BeneficiaryRow> byPerson(Connection c, long personId) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE person_id = ?", BeneficiaryRepository::map, personId);
    }

    /** Beneficiaries of the subtree, optionally of one category, newest first, at most {@code limit}. */
    public static List<BeneficiaryRow> list(Connection c, Scope scope, String category, int limit) throws SQLException {
        return page(c, scope, category, 0, limit);
    }

    /** One page of the beneficiaries of the subtree, newest first. */
    public static List<BeneficiaryRow> page(Connection c, Scope scope, String category, long offset, int size)
            throws SQLException {
        List<Object> p = new ArrayList<>(List.of(scope.unitIdParams()));
        String sql = SELECT + where(scope, category, p) + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        p.add(offset);
        p.add(size);
        return Jdbc.list(c, sql, BeneficiaryRepository::map, p.toArray());
    }

    public static long count(Connection c, Scope scope, String category) throws SQLException {
        List<Object> p = new ArrayList<>(List.of(scope.unitIdParams()));
        return Jdbc.number(c, "SELECT COUNT(*) FROM aid_beneficiary" + where(scope, category, p), p.toArray());
    }

    private static String where(Scope scope, String category, List<Object> p) {
        String sql = " WHERE " + scope.unitCondition("unit_id");
        if (category != null && !category.isBlank()) {
            sql += " AND categories LIKE ?";
            p.add("%," + category + ",%");
        }
        return sql;
    }

    public static long insert(Connection c, long personId, long unitId, BeneficiaryInput in) throws SQLException {
        return Jdbc.insert(c, INSERT,
                personId, unitId, Codes.join(in.categories()), in.household(), in.bankName(), in.bankAccount(),
                in.accountHolder(), in.guardianName(), in.guardianRelation(), in.guardianPhone(), in.healthConsentOn(),
                in.guardianConsentOn(), in.recognizedOn(), in.note(), Instant.now());
    }

    /** Beneficiary rows of many people, in queries of 500 ids (no N+1). */
    public static java.util.Map<Long, BeneficiaryRow> byPersons(Connection c, java.util.Collection<Long> personIds)
            throws SQLException {
        java.util.Map<Long, BeneficiaryRow> out = new java.util.HashMap<>();
        List<Long> ids = new ArrayList<>(new java.util.LinkedHashSet<>(personIds));
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> part = ids.subList(i, Math.min(ids.size(), i + 500));
            for (BeneficiaryRow b : Jdbc.list(c, SELECT + " WHERE person_id IN (" + Jdbc.placeholders(part.size()) + ")",
                    BeneficiaryRepository::map, part.toArray())) {
                out.put(b.personId(), b);
            }
        }
        return out;
    }

    /** One new beneficiary of {@link #insertAll}. */
    public record NewBeneficiary(long personId, long unitId, BeneficiaryInput input) {
    }

    /**
     * Inserts many beneficiaries, 100 rows per multi-row {@code INSERT … VALUES (…), (…)} (imports, generated
     * data): an embedded database spends most of a single-row insert on running the statement, not on the row.
     */
    public static void insertAll(Connection c, List<NewBeneficiary> rows) throws SQLException {
        Instant now = Instant.now();
        for (int i = 0; i < rows.size(); i += MULTI_ROW) {
            List<NewBeneficiary> part = rows.subList(i, Math.min(rows.size(), i + MULTI_ROW));
            List<Object> p = new ArrayList<>(part.size() * 15);
            for (NewBeneficiary r : part) {
                BeneficiaryInput in = r.input();
                p.addAll(java.util.Arrays.asList(r.personId(), r.unitId(), Codes.join(in.categories()), in.household(),
                        in.bankName(), in.bankAccount(), in.accountHolder(), in.guardianName(), in.guardianRelation(),
                        in.guardianPhone(), in.healthConsentOn(), in.guardianConsentOn(), in.recognizedOn(), in.note(), now));
            }
            String values = String.join(", ", java.util.Collections.nCopies(part.size(),
                    "(" + Jdbc.placeholders(15) + ")"));
            Jdbc.update(c, INSERT_COLUMNS + values, p.toArray());
        }
    }

    public static void update(Connection c, long id, BeneficiaryInput in) throws SQLException {
        Jdbc.updateVersioned(c, "aid_beneficiary", id, "UPDATE aid_beneficiary SET categories = ?, household = ?, "
                        + "bank_name = ?, bank_account = ?, account_holder = ?, guardian_name = ?, guardian_relation = ?, "
                        + "guardian_phone = ?, health_consent_on = ?, guardian_consent_on = ?, recognized_on = ?, note = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?",
                Codes.join(in.categories()), in.household(), in.bankName(), in.bankAccount(), in.accountHolder(),
                in.guardianName(), in.guardianRelation(), in.guardianPhone(), in.healthConsentOn(),
                in.guardianConsentOn(), in.recognizedOn(), in.note(), id, in.version());
    }

    /** Categories of many people, in queries of 500 ids (no N+1). */
    public static java.util.Map<Long, List<String>> categoriesOf(Connection c, java.util.Collection<Long> personIds)
            throws SQLException {
        java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
        List<Long> ids = new ArrayList<>(new java.util.LinkedHashSet<>(personIds));
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> part = ids.subList(i, Math.min(ids.size(), i + 500));
            for (Object[] row : Jdbc.list(c, "SELECT person_id, categories FROM aid_beneficiary WHERE person_id IN ("
                    + Jdbc.placeholders(part.size()) + ")", rs -> new Object[] {rs.getLong(1), rs.getString(2)},
                    part.toArray())) {
                out.put((Long) row[0], Codes.split((String) row[1]));
            }
        }
        return out;
    }

    /** Takes the person's beneficiary row lock so that two applications for her are checked one after the other. */
    public static boolean lockPerson(Connection c, long personId) throws SQLException {
        return Jdbc.update(c, "UPDATE aid_beneficiary SET version = version WHERE person_id = ?", personId) == 1;
    }

    private static BeneficiaryRow map(ResultSet rs) throws SQLException {
        return new BeneficiaryRow(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("unit_id"),
                Codes.split(rs.getString("categories")), rs.getString("household"), rs.getString("bank_name"),
                rs.getString("bank_account"), rs.getString("account_holder"), rs.getString("guardian_name"),
                rs.getString("guardian_relation"), rs.getString("guardian_phone"),
                Jdbc.date(rs, "health_consent_on"), Jdbc.date(rs, "guardian_consent_on"), Jdbc.date(rs, "recognized_on"),
                rs.getString("note"),
                rs.getInt("version"));
    }
}
