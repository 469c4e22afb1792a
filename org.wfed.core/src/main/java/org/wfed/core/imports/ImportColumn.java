package org.wfed.core.imports;

import java.util.List;
import org.wfed.core.Sensitive;

/**
 * One column of an import layout: its key (the module's field name), the header of the template, the other
 * headers clerks write for it, its type and rules.
 *
 * @param key the field name the module reads it by, e.g. {@code bankAccount}
 * @param header the template's header, e.g. {@code 银行账号}
 * @param synonyms other headers that mean this column, e.g. {@code 银行卡号}, {@code 卡号}
 * @param required whether the file must have the column and every row a value in it
 * @param min the least length (DIGITS) or value (INTEGER); 0 for none
 * @param max the greatest length (TEXT, DIGITS) or value (INTEGER)
 * @param notAfterToday a DATE that may not lie in the future
 * @param unique whether a value may appear only once in the file
 * @param codes the accepted values of a CODE or CODES column
 * @param sensitive how previews mask the value and the audit encrypts it; null when not sensitive
 * @param help what the template's 说明 sheet says about the column
 */
public record ImportColumn(String key, String header, List<String> synonyms, ColumnType type, boolean required,
                           long min, long max, boolean notAfterToday, boolean unique, CodeList codes,
                           Sensitive.Kind sensitive, String help) {
    public ImportColumn {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        if ((type == ColumnType.CODE || type == ColumnType.CODES) && codes == null) {
            throw new IllegalArgumentException("column " + key + " needs its code list");
        }
    }

    /** The header and its synonyms, the template's first. */
    public List<String> names() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(header);
        out.addAll(synonyms);
        return out;
    }
}
