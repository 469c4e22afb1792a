package org.wfed.core.dto;

/** Service stations (阵地) a unit runs. */
public enum StationKind {
    WOMEN_HOME("妇女之家"), CHILDREN_HOME("儿童之家"), MICRO_HOME("妇女微家"), PARENT_SCHOOL("家长学校"),
    RIGHTS_STATION("维权工作站"), MEDIATION_ROOM("巾帼调解室"), HEART_STATION("心灵驿站"),
    LEFT_BEHIND_HOME("留守儿童之家"), SHELTER("临时庇护所");

    private final String labelZh;

    StationKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
