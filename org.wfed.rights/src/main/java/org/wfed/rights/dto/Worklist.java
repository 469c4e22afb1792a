package org.wfed.rights.dto;

import java.util.List;

/** Applications awaiting the court's decision (most urgent first) and granted orders ending within 30 days. */
public record Worklist(List<Order> awaitingDecision, List<Order> expiring) {
}
