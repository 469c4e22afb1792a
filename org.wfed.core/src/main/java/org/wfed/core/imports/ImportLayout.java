package org.wfed.core.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wfed.core.Sensitive;

/**
 * What a list to import looks like (花名册, 筛查结果 …): its columns in template order, the rules and accepted values
 * its template's 说明 sheet explains, and example rows (shown on the 说明 sheet; a row of a file that equals one is
 * skipped, and an example's ID number is refused anywhere else). Built once per list:
 * <pre>{@code
 * ImportLayout.named("花名册")
 *     .text("name", "姓名", 50).required()
 *     .idNumber("idNumber", "身份证号").required().unique()
 *     .codes("categories", "困难类别", categories).required()
 *     .digits("bankAccount", "银行账号", 12, 30).sensitive(Sensitive.Kind.BANK_ACCOUNT).synonyms("银行卡号", "卡号")
 *     .date("recognizedOn", "认定日期").notAfterToday()
 *     .example("王秀英", "11010519491231002X", "低保", "6228480012345678901", "2024-03-01")
 *     .build();
 * }</pre>
 * Modifiers ({@code required}, {@code synonyms}, …) apply to the column added last.
 */
public final class ImportLayout {

    /** Headers every ID-number column answers to, beside its own. */
    static final List<String> ID_SYNONYMS = List.of("身份证号", "身份证号码", "身份证", "证件号码", "证件号", "公民身份号码",
            "身份证件号码", "居民身份证号码");

    private final String title;
    private final List<ImportColumn> columns;
    private final Map<String, ImportColumn> byKey = new LinkedHashMap<>();
    private final List<String> notes;
    private final List<List<String>> examples;

    private ImportLayout(String title, List<ImportColumn> columns, List<String> notes, List<List<String>> examples) {
        this.title = title;
        this.columns = List.copyOf(columns);
        for (ImportColumn c : this.columns) {
            if (byKey.put(c.key(), c) != null) {
                throw new IllegalArgumentException("two columns named " + c.key());
            }
        }
        this.notes = List.copyOf(notes);
        this.examples = examples.stream().map(List::copyOf).toList();
    }

    public static Builder named(String title) {
        return new Builder(title);
    }

    /** The list's name, e.g. 花名册: the template's sheet and file name. */
    public String title() {
        return title;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** The column of a key; IllegalArgumentException for a key the layout has not (a module's mistake). */
    public ImportColumn column(String key) {
        ImportColumn c = byKey.get(key);
        if (c == null) {
            throw new IllegalArgumentException("no column " + key + " in " + title);
        }
        return c;
    }

    public int index(String key) {
        return columns.indexOf(column(key));
    }

    /** Rules for the 说明 sheet, one line each. */
    public List<String> notes() {
        return notes;
    }

    /** Example rows, a cell per column in template order. */
    public List<List<String>> examples() {
        return examples;
    }

    /** Collects the columns, notes and examples of a layout. */
    public static final class Builder {
        private final String title;
        private final List<Spec> specs = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<List<String>> examples = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        private static final class Spec {
            String key;
            String header;
            List<String> synonyms = new ArrayList<>();
            ColumnType type;
            boolean required;
            long min;
            long max;
            boolean notAfterToday;
            boolean unique;
            CodeList codes;
            Sensitive.Kind sensitive;
            String help;
        }

        private Builder add(String key, String header, ColumnType type, long min, long max, CodeList codes) {
            Spec s = new Spec();
            s.key = key;
            s.header = header;
            s.type = type;
            s.min = min;
            s.max = max;
            s.codes = codes;
            if (type == ColumnType.ID_NUMBER) {
                s.sensitive = Sensitive.Kind.ID_NUMBER;
                ID_SYNONYMS.stream().filter(x -> !x.equals(header)).forEach(s.synonyms::add);
            }
            specs.add(s);
            return this;
        }

        private Spec last() {
            if (specs.isEmpty()) {
                throw new IllegalStateException("add a column first");
            }
            return specs.get(specs.size() - 1);
        }

        public Builder text(String key, String header, int maxLength) {
            return add(key, header, ColumnType.TEXT, 0, maxLength, null);
        }

        public Builder idNumber(String key, String header) {
            return add(key, header, ColumnType.ID_NUMBER, 15, 18, null);
        }

        public Builder date(String key, String header) {
            return add(key, header, ColumnType.DATE, 0, 0, null);
        }

        public Builder code(String key, String header, CodeList codes) {
            return add(key, header, ColumnType.CODE, 0, 0, codes);
        }

        public Builder codes(String key, String header, CodeList codes) {
            return add(key, header, ColumnType.CODES, 0, 0, codes);
        }

        public Builder digits(String key, String header, int minLength, int maxLength) {
            return add(key, header, ColumnType.DIGITS, minLength, maxLength, null);
        }

        public Builder phone(String key, String header) {
            return add(key, header, ColumnType.PHONE, 7, 20, null).sensitive(Sensitive.Kind.PHONE);
        }

        public Builder integer(String key, String header, long min, long max) {
            return add(key, header, ColumnType.INTEGER, min, max, null);
        }

        public Builder required() {
            last().required = true;
            return this;
        }

        public Builder synonyms(String... headers) {
            last().synonyms.addAll(List.of(headers));
            return this;
        }

        public Builder notAfterToday() {
            last().notAfterToday = true;
            return this;
        }

        public Builder unique() {
            last().unique = true;
            return this;
        }

        public Builder sensitive(Sensitive.Kind kind) {
            last().sensitive = kind;
            return this;
        }

        public Builder help(String text) {
            last().help = text;
            return this;
        }

        public Builder note(String line) {
            notes.add(line);
            return this;
        }

        /** An example row: a cell per column in order (fewer cells leave the rest empty). */
        public Builder example(String... cells) {
            examples.add(List.of(cells));
            return this;
        }

        public ImportLayout build() {
            List<ImportColumn> columns = new ArrayList<>();
            for (Spec s : specs) {
                columns.add(new ImportColumn(s.key, s.header, s.synonyms, s.type, s.required, s.min, s.max,
                        s.notAfterToday, s.unique, s.codes, s.sensitive, s.help));
            }
            return new ImportLayout(title, columns, notes, examples);
        }
    }
}
