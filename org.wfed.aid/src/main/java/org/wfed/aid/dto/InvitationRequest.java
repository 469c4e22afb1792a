package org.wfed.aid.dto;

import java.util.List;

/**
 * Draws the invitation list (应查名单): the given people and, with {@code fromBeneficiaries}, the
 * registered beneficiaries of the campaign's subtree; each is checked against the target group.
 */
public record InvitationRequest(List<Long> personIds, boolean fromBeneficiaries) {
    public InvitationRequest {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
