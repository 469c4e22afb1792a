package org.wfed.core.internal.org;

import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.wfed.core.OrgService;
import org.wfed.core.SuperiorUnit;
import org.wfed.core.dto.OrgUnit;

/** The superior-unit rule on the organisation tree as it stands now; ConfigAdmin pid {@code org.wfed.core.superior}. */
@Component(service = SuperiorUnit.class, configurationPid = "org.wfed.core.superior")
@Designate(ocd = SuperiorUnitImpl.Config.class)
public final class SuperiorUnitImpl implements SuperiorUnit {

    @ObjectClassDefinition(name = "wfed superior unit")
    public @interface Config {
        @AttributeDefinition(description = "Workflows in which any unit above approves instead of the direct parent, "
                + "e.g. reporting.approve; empty: the direct parent (上一级妇联) approves in every workflow")
        String[] anyAbove() default {};
    }

    private final OrgService orgs;
    private volatile Set<String> anyAbove;

    @Activate
    public SuperiorUnitImpl(@Reference OrgService orgs, Config config) {
        this.orgs = orgs;
        configure(config);
    }

    @Modified
    void configure(Config config) {
        anyAbove = Set.copyOf(java.util.List.of(config.anyAbove()));
    }

    @Override
    public Optional<Long> of(String workflow, long unitId) {
        return Optional.ofNullable(orgs.get(unitId).parentId());
    }

    @Override
    public boolean approves(String workflow, long approverUnitId, long unitId) {
        OrgUnit unit = orgs.get(unitId);
        if (unit.parentId() == null || approverUnitId == unitId) {
            return false;
        }
        if (unit.parentId() == approverUnitId) {
            return true;
        }
        return anyAbove.contains(workflow) && orgs.isWithin(unitId, approverUnitId);
    }
}
