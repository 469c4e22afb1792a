package org.wfed.rights.dto;

/** A member of a household on file; the name is masked unless the file was revealed. */
public record Member(long id, Long personId, String name, String relation) {
}
