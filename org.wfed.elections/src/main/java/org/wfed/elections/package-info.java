/** Public API of the elections module (选举). */
@Export
@Version("1.1.0")
package org.wfed.elections;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
