/** Records the reporting module answers and accepts over REST. */
@Export
@Version("2.1.0")
package org.wfed.reporting.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
