/** Public API of the rights protection module (维权): its permission ids. */
@Export
@Version("1.0.0")
package org.wfed.rights;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
