package org.wfed.core.extension;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Announces a module or plugin as present: {@code GET /api/health} lists the ids of all of them.
 * Register one per bundle, from the component that is ready last (e.g. after migrations ran).
 */
@ConsumerType
public interface WfedModule {
    /** Short stable id, e.g. {@code elections}. */
    String id();

    String nameZh();

    String nameEn();
}
