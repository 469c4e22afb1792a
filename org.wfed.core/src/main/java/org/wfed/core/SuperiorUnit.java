package org.wfed.core;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The federation's one answer to "the superior unit approves" (上级妇联批复/审核): which unit approves a unit's work
 * in a workflow. The rule is the direct parent (上一级妇联, domain.md: "approval/filing with the next level up",
 * "approval up the chain") for every workflow; a deployment may let any unit above approve in a workflow it names
 * under ConfigAdmin pid {@code org.wfed.core.superior} (docs/architecture.md).
 *
 * @since 1.7
 */
@ProviderType
public interface SuperiorUnit {

    /** The workflow of a 换届's approval and filing (批复/备案). */
    String ELECTION_APPROVAL = "elections.approve";

    /** The workflow of the review of an annual work summary (工作总结审核). */
    String SUMMARY_APPROVAL = "reporting.approve";

    /** The unit that approves {@code unitId}'s work in the workflow: its direct parent; empty for the top unit. */
    Optional<Long> of(String workflow, long unitId);

    /**
     * Whether a user of {@code approverUnitId} approves {@code unitId}'s work in the workflow: the approver is the
     * unit's direct parent, or, where the deployment configured the workflow so, any unit above it. A unit never
     * approves itself, and no unit approves the top unit (its reviewer is outside wfed).
     */
    boolean approves(String workflow, long approverUnitId, long unitId);
}
