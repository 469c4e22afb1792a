package org.wfed.core.imports;

/** How a column's cells are read and checked; each gives its value to the module as the type named. */
public enum ColumnType {
    /** Free text ({@code String}), trimmed, at most the column's maximum length. */
    TEXT,
    /** A resident ID number ({@code String}, 18 characters, check digit verified; 15-digit numbers converted). */
    ID_NUMBER,
    /** A day ({@code LocalDate}): 2024-03-01, 2024-3-1, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301 or a date cell. */
    DATE,
    /** One value of a code list ({@code String}, the code), by code, label, synonym or unique short form. */
    CODE,
    /** Several values of a code list ({@code List<String>} of codes) separated by 、 , ， ; ； / or spaces. */
    CODES,
    /** A string of digits ({@code String}: bank account, area code) between the column's min and max length. */
    DIGITS,
    /** A phone number ({@code String}): digits, maybe with - and a leading +. */
    PHONE,
    /** A whole number ({@code Long}) between the column's min and max. */
    INTEGER
}
