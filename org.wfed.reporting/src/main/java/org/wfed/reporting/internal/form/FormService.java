package org.wfed.reporting.internal.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.WfedException;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Reach;
import org.wfed.reporting.internal.indicator.Address;
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
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Set<String> absent = new LinkedHashSet<>();
        for (String address : addresses(form)) {
            Address a = Address.parse(address);
            if (a == null || figures.indicator(a.indicatorId()) == null) {
                absent.add(address);
                continue;
            }
            values.put(address, figures.value(a.indicatorId(), a.member(), a.reach() == null ? Reach.SUBTREE : a.reach()));
        }
        List<FormReport.FilledRow> rows = new ArrayList<>();
        for (FormDefinition.Row row : form.rows()) {
            List<FormReport.Cell> cells = new ArrayList<>();
            for (String address : row.cells()) {
                if (address == null) {
                    cells.add(new FormReport.Cell(null, null, "", false));
                } else if (absent.contains(address)) {
                    cells.add(new FormReport.Cell(address, null, "无此指标（没有模块提供）", true));
                } else {
                    Indicator i = figures.indicator(Address.parse(address).indicatorId());
                    String text = FigureFormat.withUnit(i.measure(), null, values.get(address));
                    cells.add(new FormReport.Cell(address, values.get(address), text == null ? "无数据" : text, false));
                }
            }
            rows.add(new FormReport.FilledRow(row.label(), cells));
        }
        List<FormReport.CheckResult> checks = new ArrayList<>();
        int failed = 0;
        for (FormDefinition.Check check : form.checks()) {
            FormCheck.Outcome outcome = FormCheck.evaluate(check, values, absent);
            failed += outcome.passed() ? 0 : 1;
            checks.add(new FormReport.CheckResult(check.formula(), check.message(), outcome.passed(), outcome.reason()));
        }
        return new FormReport(form.id(), form.title(), unitId, orgs.get(unitId).name(), period.from(), period.to(),
                form.columns(), rows, checks, failed, List.copyOf(absent));
    }

    /** Every figure the form names, in its cells and its checks. */
    private static Set<String> addresses(FormDefinition form) {
        Set<String> out = new LinkedHashSet<>();
        form.rows().forEach(r -> r.cells().stream().filter(java.util.Objects::nonNull).forEach(out::add));
        for (FormDefinition.Check c : form.checks()) {
            out.add(c.left());
            if (!FormCheck.isNumber(c.right())) {
                out.add(c.right());
            }
        }
        return out;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
