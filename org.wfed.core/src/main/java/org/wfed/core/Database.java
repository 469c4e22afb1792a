package org.wfed.core;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The wfed database (embedded Derby by default). Every write is one transaction: the work either
 * commits as a whole or, on any exception, rolls back as a whole.
 */
@ProviderType
public interface Database {

    /** Runs the work in one transaction on a fresh connection and commits it. */
    <T> T write(SqlWork<T> work);

    /** Runs read-only work on a fresh connection. */
    <T> T read(SqlWork<T> work);

    /**
     * Applies the migrations of one owner found in the bundle of {@code anchor} under
     * {@code db/<owner>/V<n>__<what>.sql}, in order, each once, recording them in the version table.
     * Safe to call on every activation; concurrent callers are serialised.
     *
     * @return the owner's schema version after migrating
     */
    int migrate(String owner, Class<?> anchor);

    /**
     * The owner's folder for files that belong with the database (photos, uploads), inside the data
     * folder ({@code WFED_DATA}), so that they live and travel with the data; created when missing.
     */
    java.nio.file.Path files(String owner);
}
