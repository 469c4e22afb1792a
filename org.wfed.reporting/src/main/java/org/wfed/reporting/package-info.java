/** Public API of the reporting module (统计报告). */
@Export
@Version("1.0.0")
package org.wfed.reporting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
