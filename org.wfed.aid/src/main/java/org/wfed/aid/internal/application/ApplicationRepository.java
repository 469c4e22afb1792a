package org.wfed.aid.internal.application;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wfed.aid.dto.ApplicationStatus;
import org.wfed.aid.dto.PayChannel;
import org.wfed.aid.dto.Review;
import org.wfed.aid.dto.ReviewLevel;
import org.wfed.aid.internal.Codes;
import org.wfed.aid.internal.rules.PastAid;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;

/** SQL of aid_application and aid_review (救助申请、审核意见). */
public final class ApplicationRepository {

    static final String SELECT = "SELECT a.id, a.programme_id, a.person_id, a.unit_id, a.aid_year, a.applied_on, "
            + "a.reason, a.amount_fen, a.goods, a.status, a.review_units, a.review_levels, a.review_step, a.notice_from, "
            + "a.notice_to, a.paid_on, a.paid_fen, a.channel, a.bank_account, a.received_on, a.receipt_note, a.version, "
            + "a.recipient_group, a.person_kind, a.household_size, a.goods_quantity "
            + "FROM aid_application a";

    private ApplicationRepository() {
    }

    public static Optional<ApplicationRow> byId(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE a.id = ?", ApplicationRepository::map, id);
    }

    /**
     * One page of a filtered list, newest first, in two steps: the page's ids from the index (when the conditions
     * are index columns, as the ledger's are, no row is read for the rows skipped or sorted), then those rows.
     */
    public static List<ApplicationRow> page(Connection c, String where, Object[] params, long offset, int size)
            throws SQLException {
        List<Long> ids = Jdbc.list(c, "SELECT a.id FROM aid_application a WHERE " + where
                + " ORDER BY a.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> rs.getLong(1),
                org.wfed.core.Scope.params(params, offset, size));
        List<ApplicationRow> out = new ArrayList<>(ids.size());
        // the ids are in page order; an export's 100,000 are read 500 at a time
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> part = ids.subList(i, Math.min(ids.size(), i + 500));
            out.addAll(Jdbc.list(c, SELECT + " WHERE a.id IN (" + Jdbc.placeholders(part.size()) + ") ORDER BY a.id DESC",
                    ApplicationRepository::map, part.toArray()));
        }
        return out;
    }

    public static long count(Connection c, String where, Object[] params) throws SQLException {
        return Jdbc.number(c, "SELECT COUNT(*) FROM aid_application a WHERE " + where, params);
    }

    /** The person's earlier applications that were not rejected, across all programmes. */
    public static List<PastAid> history(Connection c, long personId, long excludeId) throws SQLException {
        return Jdbc.list(c, "SELECT p.code, p.name, a.aid_year FROM aid_application a JOIN aid_programme p "
                        + "ON p.id = a.programme_id WHERE a.person_id = ? AND a.status <> ? AND a.id <> ?",
                rs -> new PastAid(rs.getString(1), rs.getString(2), rs.getInt(3)), personId, ApplicationStatus.REJECTED,
                excludeId);
    }

    public static long insert(Connection c, Caller caller, long programmeId, long personId, long unitId, int year,
                              java.time.LocalDate appliedOn, String reason, long amountFen, String goods,
                              List<Long> reviewUnits, List<ReviewLevel> levels, Served served) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO aid_application (programme_id, person_id, unit_id, aid_year, applied_on, reason, "
                        + "amount_fen, goods, status, review_units, review_levels, review_step, next_unit_id, next_level, "
                        + "created_by, created_at, recipient_group, person_kind, household_size, goods_quantity) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                programmeId, personId, unitId, year, appliedOn, reason.trim(), amountFen, goods,
                ApplicationStatus.REVIEWING, Codes.join(reviewUnits), Codes.join(levels), reviewUnits.get(0),
                levels.get(0), caller.userId(), Instant.now(), served.group(), served.personKind(), served.householdSize(),
                served.goodsQuantity());
    }

    /**
     * Whom an application serves: its recipient group (救助对象类别), the person's kind on the day (W woman, C child,
     * M man), the people of the household it covers (null: the person alone) and the goods' quantity (null: none).
     */
    public record Served(String group, String personKind, Integer householdSize, java.math.BigDecimal goodsQuantity) {
    }

    /** Whom an application of the programme for the person on the day serves, its group chosen as a clerk's would be. */
    public static Served served(Connection c, org.wfed.aid.dto.Programme p, org.wfed.core.dto.PersonFacts f,
                                java.time.LocalDate on) throws SQLException {
        String group = org.wfed.aid.internal.rules.RecipientGroups.choose(p.rules().categories(), groupsOf(c, f.id()), null,
                org.wfed.aid.internal.programme.CategoryRepository.names(c)).group();
        return new Served(group, org.wfed.aid.internal.rules.RecipientGroups.personKind(f.sex(), f.ageOn(on)), null, null);
    }

    /** The groups the person holds as a beneficiary (none when she is not one). */
    public static List<String> groupsOf(Connection c, long personId) throws SQLException {
        return Jdbc.list(c, "SELECT categories FROM aid_beneficiary WHERE person_id = ?", rs -> rs.getString(1), personId)
                .stream().findFirst().map(Codes::split).orElse(List.of());
    }

    /** Moves the application to {@code status} at {@code step}; 409 when someone else moved it first. */
    public static void advance(Connection c, ApplicationRow a, ApplicationStatus status, int step, Long nextUnit,
                               ReviewLevel nextLevel) throws SQLException {
        Jdbc.updateVersioned(c, "aid_application", a.id(), "UPDATE aid_application SET status = ?, review_step = ?, "
                        + "next_unit_id = ?, next_level = ?, version = version + 1 WHERE id = ? AND version = ?",
                status, step, nextUnit, nextLevel, a.id(), a.version());
    }

    public static void notice(Connection c, ApplicationRow a, java.time.LocalDate from, java.time.LocalDate to)
            throws SQLException {
        Jdbc.updateVersioned(c, "aid_application", a.id(), "UPDATE aid_application SET status = ?, notice_from = ?, "
                + "notice_to = ?, version = version + 1 WHERE id = ? AND version = ?", ApplicationStatus.NOTICE, from, to,
                a.id(), a.version());
    }

    public static void pay(Connection c, ApplicationRow a, java.time.LocalDate paidOn, long paidFen, PayChannel channel,
                           String bankAccount) throws SQLException {
        Jdbc.updateVersioned(c, "aid_application", a.id(), "UPDATE aid_application SET status = ?, paid_on = ?, "
                        + "paid_fen = ?, channel = ?, bank_account = ?, version = version + 1 WHERE id = ? AND version = ?",
                ApplicationStatus.PAID, paidOn, paidFen, channel, bankAccount, a.id(), a.version());
    }

    public static void receive(Connection c, ApplicationRow a, java.time.LocalDate on, String note) throws SQLException {
        Jdbc.updateVersioned(c, "aid_application", a.id(), "UPDATE aid_application SET status = ?, received_on = ?, "
                        + "receipt_note = ?, version = version + 1 WHERE id = ? AND version = ?",
                ApplicationStatus.RECEIVED, on, note, a.id(), a.version());
    }

    public static void insertReview(Connection c, ApplicationRow a, Caller caller, boolean approve, String comment)
            throws SQLException {
        Jdbc.insert(c, "INSERT INTO aid_review (application_id, step, review_level, unit_id, decision, comment_text, "
                        + "reviewer_id, reviewer_name, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.step(), a.reviewLevels().get(a.step()), a.reviewUnits().get(a.step()),
                approve ? "APPROVE" : "REJECT", comment, caller.userId(), caller.displayName(), Instant.now());
    }

    /** The day of the last approval of an application (the decision its notice and payment follow), or null. */
    public static LocalDate approvedOn(Connection c, long applicationId) throws SQLException {
        return Jdbc.one(c, "SELECT MAX(decided_at) FROM aid_review WHERE application_id = ? AND decision = 'APPROVE'",
                rs -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toLocalDateTime().toLocalDate(), applicationId).orElse(null);
    }

    public static List<Review> reviews(Connection c, long applicationId) throws SQLException {
        return Jdbc.list(c, "SELECT step, review_level, unit_id, decision, comment_text, reviewer_name, decided_at "
                        + "FROM aid_review WHERE application_id = ? ORDER BY id",
                rs -> new Review(rs.getInt(1), ReviewLevel.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Jdbc.instant(rs, "decided_at")), applicationId);
    }

    static ApplicationRow map(ResultSet rs) throws SQLException {
        String channel = rs.getString("channel");
        List<Long> units = new ArrayList<>();
        for (String s : Codes.split(rs.getString("review_units"))) {
            units.add(Long.parseLong(s));
        }
        return new ApplicationRow(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("person_id"),
                rs.getLong("unit_id"), rs.getInt("aid_year"), Jdbc.date(rs, "applied_on"), rs.getString("reason"),
                rs.getLong("amount_fen"), rs.getString("goods"), ApplicationStatus.valueOf(rs.getString("status")),
                units, Codes.split(rs.getString("review_levels"), ReviewLevel::valueOf), rs.getInt("review_step"),
                Jdbc.date(rs, "notice_from"), Jdbc.date(rs, "notice_to"), Jdbc.date(rs, "paid_on"),
                Jdbc.nullableLong(rs, "paid_fen"), channel == null ? null : PayChannel.valueOf(channel),
                rs.getString("bank_account"), Jdbc.date(rs, "received_on"), rs.getString("receipt_note"),
                rs.getInt("version"), new Served(rs.getString("recipient_group"), rs.getString("person_kind"),
                        (Integer) rs.getObject("household_size"), rs.getBigDecimal("goods_quantity")));
    }
}
