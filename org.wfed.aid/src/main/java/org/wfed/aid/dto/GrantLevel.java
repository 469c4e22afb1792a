package org.wfed.aid.dto;

/** The level above the deployment that granted places of a programme (名额下达): 市级, 省级, 全国. */
public enum GrantLevel {
    CITY("市级"), PROVINCE("省级"), NATIONAL("全国");

    private final String zh;

    GrantLevel(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
