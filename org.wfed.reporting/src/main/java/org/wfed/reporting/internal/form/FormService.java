package org.wfed.reporting.internal.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.WfedException;
import org.wfed.core.extension.Indicator;
import org.wfed.reporting.internal.indicator.Figures;
import org.wfed.reporting.internal.indicator.IndicatorEngine;
import org.wfed.reporting.internal.summary.FigureFormat;

/**
 * The statistical forms shipped in this bundle ({@code forms/*.form}), filled from the present
 * indicators over a unit's subtree and period, with their checks evaluated.
 */
@Component(service = FormService.class)
public final class FormService {
    private final Map<String, FormDefinition> forms = new LinkedHashMap<>();
    private final IndicatorEngine engine;
    private final OrgService orgs;

    @Activate
    public FormService(BundleContext context, @Reference IndicatorEngine engine, @Reference OrgService orgs) {
        this.engine = engine;
        this.orgs = orgs;
        Enumeration<URL> entries = context.getBundle().findEntries("forms", "*.form", false);
        List<URL> urls = entries == null ? List.of() : Collections.list(entries);
        for (URL url : urls.stream().sorted(java.util.Comparator.comparing(URL::getPath)).toList()) {
            FormDefinition f = FormParser.parse(read(url));
            forms.put(f.id(), f);
        }
    }

    public List<FormReport.Info> list() {
        return forms.values().stream().map(f -> new FormReport.Info(f.id(), f.title())).toList();
    }

    public FormReport fill(String formId, long unitId, Period period) {
        FormDefinition form = forms.get(formId);
        if (form == null) {
            throw WfedException.notFound("统计报表 " + formId);
        }
        Figures figures = engine.compute(unitId, period);
        Map<String, Number> values = new LinkedHashMap<>();
        Map<String, Indicator> byId = new LinkedHashMap<>();
        for (Indicator i : figures.indicators()) {
            values.put(i.id(), figures.value(i));
            byId.put(i.id(), i);
        }
        List<FormReport.FilledRow> rows = new ArrayList<>();
        for (FormDefinition.Row row : form.rows()) {
            List<FormReport.Cell> cells = new ArrayList<>();
            for (String id : row.cells()) {
                Number v = id == null ? null : values.get(id);
                cells.add(new FormReport.Cell(id, v, text(byId.get(id), v)));
            }
            rows.add(new FormReport.FilledRow(row.label(), cells));
        }
        List<FormReport.CheckResult> checks = new ArrayList<>();
        int failed = 0;
        for (FormDefinition.Check check : form.checks()) {
            Boolean passed = FormCheck.evaluate(check, values);
            failed += Boolean.FALSE.equals(passed) ? 1 : 0;
            checks.add(new FormReport.CheckResult(check.formula(), check.message(), passed));
        }
        return new FormReport(form.id(), form.title(), unitId, orgs.get(unitId).name(), period.from(), period.to(),
                form.columns(), rows, checks, failed);
    }

    private static String text(Indicator indicator, Number v) {
        if (indicator == null) {
            return "";
        }
        if (indicator.ratioOf() != null) {
            return FigureFormat.rate(v == null ? null : v.doubleValue());
        }
        return FigureFormat.amount(v == null ? null : v.longValue(), indicator.unitZh());
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
