package org.wfed.elections.internal.stats;

import org.wfed.core.dto.PersonFacts;

/** A member of a committee (new or previous) with what the composition counts. */
record Member(PersonFacts facts, String sector, boolean inTwoCommittees) {
}
