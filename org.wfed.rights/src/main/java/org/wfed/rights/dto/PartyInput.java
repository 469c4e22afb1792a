package org.wfed.rights.dto;

/**
 * A party of a case as entered: a person of core's registry ({@code personId}) or someone known by name only
 * (an unidentified party), with a phone and an address where known.
 */
public record PartyInput(PartyRole role, Long personId, String name, String phone, String address) {
}
