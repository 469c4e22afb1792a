package org.wfed.core.imports;

import org.osgi.annotation.versioning.ProviderType;
import org.wfed.core.Caller;

/**
 * The one import path of wfed: decodes the upload, reads the sheet against the importer's layout, checks every
 * cell, lets the module classify the rows, and reports everything; the commit writes every row in one
 * transaction with its audit entry and the before/after of every changed field, or — when any row is bad —
 * nothing (400 {@code IMPORT_ROWS_INVALID} with the rows). A clean preview's checked rows are kept for the
 * commit of the same caller, file and choices the same day, so a large file is read once.
 * The module checks the caller's permissions before calling.
 */
@ProviderType
public interface ImportService {

    <T> ImportReport preview(Caller caller, Importer<T> importer, ImportUpload upload);

    <T> ImportReport commit(Caller caller, Importer<T> importer, ImportUpload upload);
}
