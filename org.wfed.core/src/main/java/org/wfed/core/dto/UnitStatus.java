package org.wfed.core.dto;

/** Whether a unit still exists; merged and split units stay for the history of their records. */
public enum UnitStatus { ACTIVE, MERGED, SPLIT, CLOSED }
