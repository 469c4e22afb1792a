package org.wfed.elections.dto;

import org.wfed.core.dto.Position;

/**
 * What an election fills: 代表 and 执委 are elected by the congress or assembly; 主席, 副主席 and
 * 常委 by the new committee's first meeting, from among the elected 执委.
 */
public enum PositionKind {
    DELEGATE("妇女代表", null),
    EXECUTIVE("执委", Position.EXECUTIVE),
    STANDING("常委", Position.STANDING),
    CHAIR("主席", Position.CHAIR),
    VICE_CHAIR("副主席", Position.VICE_CHAIR);

    private final String zh;
    private final Position leadership;

    PositionKind(String zh, Position leadership) {
        this.zh = zh;
        this.leadership = leadership;
    }

    public String zh() { return zh; }

    /** The seat on core's leadership this position gives, or null (delegates hold no seat). */
    public Position leadership() { return leadership; }

    /** Elected by the new committee at its first meeting rather than by the congress. */
    public boolean atFirstMeeting() {
        return this == STANDING || this == CHAIR || this == VICE_CHAIR;
    }
}
