package org.wfed.elections.dto;

/**
 * Rule overrides of one election; null fields take the deployment's defaults. Shares are written
 * ">1/2" (more than half) or ">=2/3" (at least two thirds).
 */
public record RulesInput(String quorumShare, String winningShare, Integer surplusPercent) {
}
