/** Records of the services module's REST API: job posts, seekers, fairs, placements, courses, trainees, wishes. */
@Export
@Version("1.0.0")
package org.wfed.services.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
