package org.wfed.core.extension;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/** The permissions a module declares; core grants them to roles and lists them for admins. */
@ConsumerType
public interface PermissionProvider {
    List<Permission> permissions();
}
