/**
 * Spreadsheet exports (导出) every module shares: a table model ({@link org.wfed.core.exports.ExportTable}),
 * one CSV writer and one XLSX writer with the same rules everywhere — Chinese headers, labels not codes, dates as
 * dates, local time without fractions of a second, long digit strings kept as text, formulas defused, A4 landscape.
 */
@Export
@Version("1.0.0")
package org.wfed.core.exports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
