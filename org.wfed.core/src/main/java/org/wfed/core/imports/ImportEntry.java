package org.wfed.core.imports;

/** A row that passed every check of its own: the cells as read and what the module's {@link Importer#entry} made of them. */
public record ImportEntry<T>(ImportRow row, T value) {
}
