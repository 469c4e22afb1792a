package org.wfed.reporting.dto;

/** Where an annual summary stands in the approval chain. */
public enum SummaryStatus {
    /** 草稿: staff are editing. */
    DRAFT,
    /** 已提交: waiting for the parent unit. */
    SUBMITTED,
    /** 已审核: approved; the unit's year is locked. */
    APPROVED,
    /** 已退回: returned for revision with comments; editable again. */
    RETURNED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
