package org.wfed.elections.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The deployment's default election rules (选举办法), set through ConfigAdmin PID
 * {@code org.wfed.elections}; each election may override them.
 */
@ObjectClassDefinition(name = "wfed elections", description = "Default rules of 换届选举")
public @interface ElectionsConfig {

    @AttributeDefinition(description = "Quorum: share of voters due who must be present, '>1/2' or '>=2/3'")
    String quorumShare() default ">1/2";

    @AttributeDefinition(description = "Winning: share of voters DUE a candidate's yes votes must reach")
    String winningShare() default ">1/2";

    @AttributeDefinition(description = "差额: minimum surplus of candidates over seats, in percent")
    int surplusPercent() default 20;

    @AttributeDefinition(description = "Term length in years")
    int termYears() default 5;
}
