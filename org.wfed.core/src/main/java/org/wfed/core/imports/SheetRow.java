package org.wfed.core.imports;

import java.util.Arrays;

/**
 * One row of a sheet as read: the text of each cell and, for XLSX, what kind of cell it was. The row number is the
 * one the spreadsheet shows (the first row is 1).
 */
public final class SheetRow {
    private static final String[] NONE = new String[0];

    private final int number;
    private final String[] texts;
    /** null when every cell is text (every CSV row): a row costs no more than its strings. */
    private final CellKind[] kinds;

    public SheetRow(int number, String[] texts, CellKind[] kinds) {
        this.number = number;
        this.texts = texts == null ? NONE : texts;
        this.kinds = kinds;
    }

    /** A row of text cells. */
    public static SheetRow of(int number, String... texts) {
        return new SheetRow(number, texts, null);
    }

    public int number() {
        return number;
    }

    public int size() {
        return texts.length;
    }

    /** The cell's text, "" when the cell is empty or beyond the row's end. */
    public String text(int column) {
        if (column < 0 || column >= texts.length || texts[column] == null) {
            return "";
        }
        return texts[column];
    }

    public CellKind kind(int column) {
        if (column < 0 || column >= texts.length || texts[column] == null || texts[column].isEmpty()) {
            return CellKind.EMPTY;
        }
        return kinds == null || kinds[column] == null ? CellKind.TEXT : kinds[column];
    }

    /** True when no cell holds anything but spaces. */
    public boolean blank() {
        for (String t : texts) {
            if (t != null && !Text.trim(t).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return number + ": " + Arrays.toString(texts);
    }
}
