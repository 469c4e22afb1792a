package org.wfed.core.imports;

/** What a spreadsheet cell held: CSV cells are always {@link #TEXT}. */
public enum CellKind {
    EMPTY,
    TEXT,
    /** A number cell: its text is the number as stored, e.g. {@code 3.3010619740712E+17}. */
    NUMBER,
    /** A date cell (a number in a date format): its text is the day, {@code 2024-03-01}. */
    DATE,
    BOOLEAN,
    /** A formula error such as {@code #N/A}. */
    ERROR
}
