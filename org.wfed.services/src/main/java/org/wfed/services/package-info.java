/** Public API of the women's development services module (妇女发展服务): its permissions. */
@Export
@Version("1.0.0")
package org.wfed.services;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
