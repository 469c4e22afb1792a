package org.wfed.rights.dto;

/** A party of a case; name, phone and address are masked unless the case was revealed. */
public record Party(long id, PartyRole role, Long personId, String name, String phone, String address) {
}
