package org.wfed.reporting.dto;

import java.util.List;
import org.wfed.core.extension.Member;

/**
 * What an indicator is broken down by, with the members a table shows: those the dimension knows now and
 * any other code that has data (a table's values then also hold {@code "<id>[<code>]"} per member).
 */
public record DimensionInfo(String id, String nameZh, String nameEn, List<Member> members) {
    public DimensionInfo {
        members = List.copyOf(members);
    }
}
