package org.wfed.activities.dto;

/** The level an honour was given at: 社区(村)级, 街道(乡镇)级, 区(县)级, 市级, 省级, 全国. */
public enum HonourLevel {
    COMMUNITY("社区（村）级"), STREET("街道（乡镇）级"), DISTRICT("区（县）级"), CITY("市级"), PROVINCE("省级"),
    NATIONAL("全国");

    private final String labelZh;

    HonourLevel(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() { return labelZh; }
}
