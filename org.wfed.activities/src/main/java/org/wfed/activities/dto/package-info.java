/** Records and enums of the activities module's REST API: contest types, contests, nominees, activities. */
@Export
@Version("1.0.0")
package org.wfed.activities.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
