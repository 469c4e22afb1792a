package org.wfed.elections.dto;

/** How a round ended: counted and decided, or void (作废) and to be re-run. */
public enum RoundOutcome { VALID, VOID }
