/** Records and enums that cross core's API: units, people, leaders, stations, objections to a notice. */
@Export
@Version("1.2.0")
package org.wfed.core.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
