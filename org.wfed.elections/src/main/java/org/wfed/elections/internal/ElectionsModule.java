package org.wfed.elections.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.extension.WfedModule;
import org.wfed.elections.internal.rest.ElectionResource;
import org.wfed.elections.internal.rest.PrintResource;

/**
 * Announces the elections module (选举) on /api/health once its schema is migrated and its REST
 * resources are up, so that "listed on health" means "ready to answer".
 */
@Component(service = WfedModule.class)
public final class ElectionsModule implements WfedModule {

    @Reference
    private ElectionResource resource;

    @Reference
    private PrintResource print;

    @Override
    public String id() { return "elections"; }

    @Override
    public String nameZh() { return "选举"; }

    @Override
    public String nameEn() { return "Elections"; }
}
