/** Records and enums of the rights module's REST API: cases, orders, families at risk, consultations. */
@Export
@Version("1.0.0")
package org.wfed.rights.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
