package org.wfed.rights.internal.cases;

import org.wfed.rights.dto.CaseKind;
import org.wfed.rights.dto.CaseSource;
import org.wfed.rights.internal.Listing;

/** The case register's filters: subtree, intake period, page, and optionally kind, source and open or closed. */
public record CaseFilter(Listing listing, CaseKind kind, CaseSource source, Boolean open) {
}
