package org.wfed.elections.dto;

/** The steps of an election (换届流程), in the order they must happen. */
public enum Step {
    PREPARATION("成立换届筹备组", "Preparation group set up"),
    REQUEST_APPROVED("同级党组织批复换届请示", "Request approved by the Party committee"),
    CANDIDATES_PROPOSED("提名候选人", "Candidates proposed"),
    CANDIDATES_VETTED("候选人资格审查", "Candidates vetted"),
    CANDIDATES_APPROVED("确定候选人名单", "Candidate lists approved"),
    CONGRESS("召开妇女代表大会（妇女大会）", "Congress or assembly held"),
    COUNTED("投票计票完成", "Ballots counted"),
    RESULT_PUBLISHED("公布选举结果", "Result published"),
    FIRST_MEETING("执委会第一次会议选举主席、副主席", "First meeting elected chair and vice-chairs"),
    FILED("上级妇联批复备案", "Approved and filed by the parent unit");

    private final String zh;
    private final String en;

    Step(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }

    /** The step after this one, or null after filing. */
    public Step next() {
        return this == FILED ? null : values()[ordinal() + 1];
    }

    public boolean reached(Step other) {
        return ordinal() >= other.ordinal();
    }
}
