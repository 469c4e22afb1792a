package org.wfed.rights.dto;

/** A member of a household on file: a person of the registry or a name, and how she is related (户主, 配偶…). */
public record MemberInput(Long personId, String name, String relation) {
}
