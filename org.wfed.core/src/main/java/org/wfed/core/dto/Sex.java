package org.wfed.core.dto;

/** Sex as recorded on the resident ID. */
public enum Sex { F, M }
