package org.wfed.services.internal.imports;

import java.util.Map;
import org.wfed.core.WfedException;
import org.wfed.core.imports.CodeList;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;

/** What the module's list imports share: the 是/否 codes and turning a refusal of the module's rules into a row error. */
final class ListImports {
    static final CodeList YES_NO = CodeList.builder().add("Y", "是", "√", "Y", "1", "有").add("N", "否", "×", "N", "0", "无").build();

    private ListImports() {
    }

    /**
     * Refuses the row with the rule's message, on the column of the refused field when the layout has one
     * ({@code columns}: the rule's field → the layout's key), else on {@code fallback}.
     */
    static <T> void refuse(ImportBatch<T> batch, ImportEntry<T> e, WfedException refusal, Map<String, String> columns,
                           String fallback) {
        if (refusal.fields() == null || refusal.fields().isEmpty()) {
            batch.error(e, fallback, refusal.messageZh());
            return;
        }
        refusal.fields().forEach(f -> batch.error(e, columns.getOrDefault(f.field(), fallback), f.message()));
    }
}
