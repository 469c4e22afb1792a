package org.wfed.elections.dto;

/** The rules an election runs by, with their wording (选举办法). */
public record Rules(String quorumShare, String quorumZh, String winningShare, String winningZh, int surplusPercent) {
}
