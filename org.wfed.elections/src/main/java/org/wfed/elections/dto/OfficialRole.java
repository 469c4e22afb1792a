package org.wfed.elections.dto;

/** Officials of the vote: 监票人 and 计票人; neither may be a candidate. */
public enum OfficialRole {
    SCRUTINEER("监票人"), COUNTER("计票人");

    private final String zh;

    OfficialRole(String zh) {
        this.zh = zh;
    }

    public String zh() { return zh; }
}
