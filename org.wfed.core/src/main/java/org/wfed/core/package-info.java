/**
 * The platform API every wfed module and local plugin builds on: the database, the organisation
 * tree, people, the caller and access checks, audit, errors and the domain's value types.
 */
@Export
@Version("1.8.0")
package org.wfed.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
