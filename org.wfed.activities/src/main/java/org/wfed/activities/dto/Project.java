package org.wfed.activities.dto;

/**
 * A service project a unit buys or runs year after year (购买服务项目: 崇善公益联盟“忘忧草”馨家园项目), from its first year to
 * its last ({@code lastYear} null while it runs).
 */
public record Project(long id, long unitId, String unitName, String name, String provider, int firstYear, Integer lastYear,
                      String note, int version) {
}
