/** Public API of the aid module (帮扶救助). */
@Export
@Version("1.0.0")
package org.wfed.aid;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
