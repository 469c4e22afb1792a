package org.wfed.aid.internal.application;

import java.sql.Connection;
import java.sql.SQLException;
import org.wfed.aid.dto.Programme;
import org.wfed.core.Jdbc;
import org.wfed.core.Money;
import org.wfed.core.WfedException;

/**
 * Budget (预算) and quota (名额) counters. Approval raises them with a conditional UPDATE inside the
 * approving transaction; the row lock makes a second approver wait and then find the counter full,
 * so two staff approving at the same moment can never overspend (on one node or on several: the
 * database decides, Derby by its lock, PostgreSQL by re-checking the condition on the updated row).
 */
public final class Counters {
    private Counters() {
    }

    /** Reserves {@code fen} of the programme's budget of {@code year}; 409 when not enough remains. */
    public static void reserveBudget(Connection c, Programme p, int year, long fen) throws SQLException {
        if (p.budgetFen() == null) {
            return;
        }
        if (Jdbc.number(c, "SELECT COUNT(*) FROM aid_budget WHERE programme_id = ? AND budget_year = ?", p.id(), year) == 0) {
            Jdbc.insertMissing(c, "INSERT INTO aid_budget (programme_id, budget_year, budget_fen, used_fen) VALUES (?, ?, ?, 0)",
                    p.id(), year, p.budgetFen());
        }
        int n = Jdbc.update(c, "UPDATE aid_budget SET used_fen = used_fen + ?, budget_fen = ? "
                + "WHERE programme_id = ? AND budget_year = ? AND used_fen + ? <= ?", fen, p.budgetFen(), p.id(), year,
                fen, p.budgetFen());
        if (n == 0) {
            long used = Jdbc.number(c, "SELECT used_fen FROM aid_budget WHERE programme_id = ? AND budget_year = ?",
                    p.id(), year);
            throw WfedException.conflict("AID_BUDGET_EXCEEDED", "「" + p.name() + "」" + year + "年预算不足：剩余"
                    + new Money(Math.max(0, p.budgetFen() - used)) + "元，本次需" + new Money(fen) + "元",
                    "Not enough budget left");
        }
    }

    /** Gives back budget not spent (a payment below the approved amount). */
    public static void releaseBudget(Connection c, Programme p, int year, long fen) throws SQLException {
        if (p.budgetFen() != null && fen > 0) {
            Jdbc.update(c, "UPDATE aid_budget SET used_fen = used_fen - ? WHERE programme_id = ? AND budget_year = ?",
                    fen, p.id(), year);
        }
    }

    /** Takes one place of the unit's quota of {@code year}; 409 when the quota is used up. */
    public static void takeQuota(Connection c, Programme p, long unitId, int year) throws SQLException {
        if (p.quotaPerUnit() == null) {
            return;
        }
        if (Jdbc.number(c, "SELECT COUNT(*) FROM aid_quota WHERE programme_id = ? AND unit_id = ? AND quota_year = ?",
                p.id(), unitId, year) == 0) {
            Jdbc.insertMissing(c, "INSERT INTO aid_quota (programme_id, unit_id, quota_year, quota, used) VALUES (?, ?, ?, ?, 0)",
                    p.id(), unitId, year, p.quotaPerUnit());
        }
        int n = Jdbc.update(c, "UPDATE aid_quota SET used = used + 1, quota = ? "
                + "WHERE programme_id = ? AND unit_id = ? AND quota_year = ? AND used + 1 <= ?", p.quotaPerUnit(), p.id(),
                unitId, year, p.quotaPerUnit());
        if (n == 0) {
            throw WfedException.conflict("AID_QUOTA_EXCEEDED", "「" + p.name() + "」本单位" + year + "年名额（"
                    + p.quotaPerUnit() + "人）已用完", "The unit's quota is used up");
        }
    }

    /** Gives back the place an application took of its unit's quota (an approval withdrawn after an objection). */
    public static void releaseQuota(Connection c, Programme p, long unitId, int year) throws SQLException {
        if (p.quotaPerUnit() != null) {
            Jdbc.update(c, "UPDATE aid_quota SET used = used - 1 WHERE programme_id = ? AND unit_id = ? AND quota_year = ? "
                    + "AND used > 0", p.id(), unitId, year);
        }
    }

    /** Budget used in the year, in fen. */
    public static long usedBudget(Connection c, long programmeId, int year) throws SQLException {
        return Jdbc.number(c, "SELECT used_fen FROM aid_budget WHERE programme_id = ? AND budget_year = ?", programmeId, year);
    }
}
