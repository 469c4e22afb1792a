/**
 * Imports (导入) every module shares: reading a clerk's XLSX or CSV file ({@link org.wfed.core.imports.SheetFile}),
 * finding its header among title rows and synonyms ({@link org.wfed.core.imports.ImportLayout}), checking each cell
 * by its column's type, previewing every change field by field and committing all rows or none
 * ({@link org.wfed.core.imports.ImportService}). A module describes its list once, as an
 * {@link org.wfed.core.imports.Importer}; see docs/importing.md.
 */
@Export
@Version("1.0.0")
package org.wfed.core.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
