package org.wfed.activities.dto;

/**
 * Where a nominee stands: 已提名, 资格审查通过, 不符合条件, 拟表彰 (on the public notice), 未入选,
 * 取消 (an objection was upheld), 已表彰.
 */
public enum NomineeStatus {
    NOMINATED("已提名"), ELIGIBLE("资格审查通过"), INELIGIBLE("不符合条件"), SELECTED("拟表彰"),
    NOT_SELECTED("未入选"), REMOVED("异议成立已取消"), COMMENDED("已表彰");

    private final String labelZh;

    NomineeStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
