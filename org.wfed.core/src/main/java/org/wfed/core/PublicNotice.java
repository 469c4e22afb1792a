package org.wfed.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules of a public notice (公示) that every workflow announcing a decision shares (aid payments,
 * contest commendations), checked on the server so that no date chosen in the past can skip one: the
 * notice starts no earlier than the decision it announces, and what it gates happens only after it
 * has ended — by the date given and by the calendar.
 */
public final class PublicNotice {
    private PublicNotice() {
    }

    /** 400 naming {@code field} when the notice would start before the decision it announces. */
    public static void checkStart(String field, LocalDate start, LocalDate decidedOn) {
        if (start != null && decidedOn != null && start.isBefore(decidedOn)) {
            throw WfedException.invalidFields(List.of(new FieldError(field, "BEFORE_DECISION",
                    "公示开始日期不能早于所公示的决定日期（" + decidedOn + "）")));
        }
    }

    /**
     * 409 unless a notice ending {@code noticeEnd} is over both on {@code on} (the date the gated act
     * carries) and today; {@code what} names the act, e.g. 发放.
     */
    public static void checkEnded(String what, LocalDate on, LocalDate noticeEnd) {
        LocalDate today = LocalDate.now();
        if (!on.isAfter(noticeEnd) || !today.isAfter(noticeEnd)) {
            throw WfedException.conflict("NOTICE_NOT_ENDED", "公示期至" + noticeEnd + "结束，公示期满后（" + noticeEnd.plusDays(1)
                    + "起）方可" + what, "The public notice runs until " + noticeEnd);
        }
    }

    /** 400 naming {@code field} when an act is dated before the decision or step it follows. */
    public static void checkNotBefore(String field, LocalDate on, LocalDate earliest, String after) {
        if (on != null && earliest != null && on.isBefore(earliest)) {
            throw WfedException.invalidFields(List.of(new FieldError(field, "BEFORE_DECISION",
                    "日期不能早于" + after + "（" + earliest + "）")));
        }
    }

    /**
     * 409 while objections (异议) lodged during the notice are open: what the notice gates ({@code what}, e.g. 发放)
     * waits until each is resolved.
     */
    public static void checkNoOpenObjections(String what, long open) {
        if (open > 0) {
            throw WfedException.conflict("OBJECTION_OPEN", "公示期间收到的" + open + "条异议尚未处理，处理完毕后方可" + what,
                    open + " objection(s) still open");
        }
    }

    /** An objection can be resolved once, and not before the day it was lodged. */
    public static void checkResolvable(boolean open, LocalDate lodgedOn, LocalDate resolvedOn) {
        if (!open) {
            throw WfedException.conflict("OBJECTION_RESOLVED", "该异议已处理", "The objection is resolved already");
        }
        if (resolvedOn.isBefore(lodgedOn)) {
            throw WfedException.invalidFields(List.of(new FieldError("resolvedOn", "BEFORE_DECISION",
                    "处理日期不能早于异议提出日期（" + lodgedOn + "）")));
        }
    }
}
