package org.wfed.core;

import javax.ws.rs.core.SecurityContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one place that answers "may this caller do this to that record?". Every resource calls it;
 * no module writes its own subtree check.
 */
@ProviderType
public interface AccessControl {

    /** The caller of the current request; 401 when nobody is signed in. */
    Caller caller(SecurityContext context);

    /** 403 unless the caller holds the permission. */
    void require(Caller caller, String permission);

    /**
     * 404 unless the unit lies in the caller's subtree (her own unit or below). A unit outside it
     * answers 404, not 403, so that guessing ids tells nothing.
     */
    void checkUnit(Caller caller, long unitId);

    /** {@link #require} and {@link #checkUnit} together: the usual guard of a write. */
    default void check(Caller caller, String permission, long unitId) {
        require(caller, permission);
        checkUnit(caller, unitId);
    }

    /** Whether the unit lies in the caller's subtree, without throwing. */
    boolean canSee(Caller caller, long unitId);
}
