package org.wfed.services.dto;

import java.time.LocalDate;

/**
 * A job post (岗位) of an employer: developed by the federation with the employer ({@code DEVELOPED}, 开发就业岗位)
 * or an employer's recruitment notice relayed ({@code EMPLOYER}, 单位招聘信息); {@code filled} counts its placements.
 */
public record JobPost(long id, long unitId, String unitName, String source, String employer, String title, int places,
                      int filled, String pay, LocalDate openedOn, LocalDate closedOn, int version) {
}
