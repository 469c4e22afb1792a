/** Records and enums of the aid module's REST API (帮扶救助). */
@Export
@Version("2.1.0")
package org.wfed.aid.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
