package org.wfed.core.internal.imports;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.wfed.core.Caller;
import org.wfed.core.ChangeLog;
import org.wfed.core.Masks;
import org.wfed.core.imports.ColumnType;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportColumn;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportReport;
import org.wfed.core.imports.ImportUpload;
import org.wfed.core.imports.RowError;
import org.wfed.core.imports.RowUpdate;

/** The rows of one preview or commit before the database: how the module classified each, and what changes. */
final class Batch<T> implements ImportBatch<T> {
    private final Connection connection;
    private final Caller caller;
    private final boolean writing;
    private final List<ImportEntry<T>> entries;
    private final ImportLayout layout;
    private final ImportUpload upload;
    final List<RowError> errors = new ArrayList<>();
    private final Set<Integer> refused = new HashSet<>();
    final List<Update> updates = new ArrayList<>();
    final Map<String, Integer> counts = new LinkedHashMap<>();
    /** Column key → rows whose empty cell stands over a recorded value the file keeps (no 清空 chosen). */
    final Map<String, Integer> keptEmpty = new LinkedHashMap<>();
    /** Column key → rows whose recorded value the chosen 清空 clears. */
    final Map<String, Integer> cleared = new LinkedHashMap<>();
    int created;
    int unchanged;

    Batch(Connection connection, Caller caller, boolean writing, List<ImportEntry<T>> entries, ImportLayout layout,
          ImportUpload upload) {
        this.connection = connection;
        this.caller = caller;
        this.writing = writing;
        this.entries = entries;
        this.layout = layout;
        this.upload = upload;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public Caller caller() {
        return caller;
    }

    /** A commit with no error so far (a module asks after classifying every row). */
    @Override
    public boolean writing() {
        return writing && errors.isEmpty();
    }

    @Override
    public List<ImportEntry<T>> entries() {
        return entries;
    }

    @Override
    public void created(ImportEntry<T> entry) {
        created++;
    }

    @Override
    public void unchanged(ImportEntry<T> entry) {
        unchanged++;
    }

    @Override
    public RowUpdate update(ImportEntry<T> entry, Object recordId, String who) {
        Update u = new Update(entry, recordId, who);
        updates.add(u);
        return u;
    }

    @Override
    public void error(ImportEntry<T> entry, String key, String message) {
        refused.add(entry.row().number());
        errors.add(new RowError(entry.row().number(), layout.column(key).header(), message));
    }

    @Override
    public void count(String name, int n) {
        counts.merge(name, n, Integer::sum);
    }

    /** Updates of rows not refused afterwards. */
    private java.util.stream.Stream<Update> kept() {
        return updates.stream().filter(u -> !refused.contains(u.entry.row().number()));
    }

    int updated() {
        return (int) kept().filter(Update::changed).count();
    }

    int unchangedAll() {
        return unchanged + (int) kept().filter(u -> !u.changed()).count();
    }

    /** The changed updates the commit records, in row order. */
    List<Update> changedUpdates() {
        return kept().filter(Update::changed).toList();
    }

    /** Fails loudly when the module left rows unclassified: a silent gap would hide rows from the clerk. */
    void checkComplete(String importer) {
        int classified = created + unchanged + updates.size() + refused.size();
        if (classified < entries.size()) {
            throw new IllegalStateException(importer + " classified " + classified + " of " + entries.size() + " rows");
        }
    }

    /** One existing record's merge. */
    final class Update implements RowUpdate {
        final ImportEntry<T> entry;
        final Object recordId;
        final String who;
        final List<ChangeLog.Change> changes = new ArrayList<>();

        Update(ImportEntry<T> entry, Object recordId, String who) {
            this.entry = entry;
            this.recordId = recordId;
            this.who = who;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V merge(String key, V current) {
            ImportColumn col = layout.column(key);
            if (!entry.row().present(key)) {
                return current;
            }
            Object given = entry.row().value(key);
            if (given == null) {
                if (blank(current)) {
                    return current;
                }
                if (!upload.clears(col)) {
                    keptEmpty.merge(key, 1, Integer::sum);
                    return current;
                }
                cleared.merge(key, 1, Integer::sum);
            } else if (same(col, current, given)) {
                return current;
            }
            changes.add(new ChangeLog.Change(key, col.header(), text(col, current), text(col, given), col.sensitive()));
            return (V) (given == null && current instanceof List<?> ? List.of() : given);
        }

        @Override
        public boolean changed() {
            return !changes.isEmpty();
        }

        ImportReport.RowChange shown() {
            return new ImportReport.RowChange(entry.row().number(), who, changes.stream()
                    .map(c -> new ImportReport.FieldChange(c.label(), masked(c, c.before()), masked(c, c.after()))).toList());
        }
    }

    private static String masked(ChangeLog.Change c, String value) {
        String v = value == null ? "" : value;
        return c.sensitive() == null ? v : Masks.mask(c.sensitive(), v);
    }

    private static boolean blank(Object v) {
        return v == null || v instanceof String s && s.isBlank() || v instanceof List<?> l && l.isEmpty();
    }

    private static boolean same(ImportColumn col, Object current, Object given) {
        if (col.type() == ColumnType.CODES && current instanceof List<?> a && given instanceof List<?> b) {
            return new HashSet<>(a).equals(new HashSet<>(b));
        }
        if (current instanceof Number n && given instanceof Number m) {
            return n.longValue() == m.longValue();
        }
        return Objects.equals(current, given);
    }

    /** A field's value as the preview and the audit write it: codes by their labels. */
    static String text(ImportColumn col, Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            return l.stream().map(x -> col.codes() == null ? String.valueOf(x) : col.codes().label(String.valueOf(x)))
                    .collect(Collectors.joining("、"));
        }
        if (col.type() == ColumnType.CODE && col.codes() != null) {
            return col.codes().label(v.toString());
        }
        return v.toString();
    }
}
