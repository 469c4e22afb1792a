package org.wfed.rights.dto;

/** Which right an infringement case (权益侵害) concerns. */
public enum Infringement {
    PROPERTY("财产权益"), CUSTODY("子女抚养"), EMPLOYMENT("劳动就业"), OTHER("其他");

    private final String labelZh;

    Infringement(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
