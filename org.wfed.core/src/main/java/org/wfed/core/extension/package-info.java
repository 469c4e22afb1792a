/**
 * Extension points: services a module or a local plugin registers so that core and reporting find
 * what it contributes, and lose it again when its bundle goes. Every interface here is implemented
 * by contributors ({@code @ConsumerType}) and read by core or reporting through dynamic references.
 */
@Export
@Version("1.7.0")
package org.wfed.core.extension;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
