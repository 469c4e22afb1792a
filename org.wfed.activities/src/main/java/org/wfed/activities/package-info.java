/** Public API of the activities module (活动评选). */
@Export
@Version("1.0.0")
package org.wfed.activities;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
