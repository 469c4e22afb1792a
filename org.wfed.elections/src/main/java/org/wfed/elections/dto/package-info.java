/** Records and enums of the elections module's REST API (换届选举). */
@Export
@Version("1.1.0")
package org.wfed.elections.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
