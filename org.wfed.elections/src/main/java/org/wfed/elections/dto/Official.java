package org.wfed.elections.dto;

/** A scrutineer (监票人) or counter (计票人). */
public record Official(long id, OfficialRole role, String roleZh, String name, Long personId) {
}
