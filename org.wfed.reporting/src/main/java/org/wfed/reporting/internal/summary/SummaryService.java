package org.wfed.reporting.internal.summary;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.ReportSection;
import org.wfed.reporting.dto.Figure;
import org.wfed.reporting.dto.Paragraph;
import org.wfed.reporting.dto.ParagraphInput;
import org.wfed.reporting.dto.Part;
import org.wfed.reporting.dto.ReviewInput;
import org.wfed.reporting.dto.Summary;
import org.wfed.reporting.dto.SummaryInput;
import org.wfed.reporting.dto.SummarySection;
import org.wfed.reporting.internal.ReportingModule;
import org.wfed.reporting.internal.ReportingPermissions;
import org.wfed.reporting.internal.indicator.Contributions;
import org.wfed.reporting.internal.indicator.Figures;
import org.wfed.reporting.internal.indicator.IndicatorEngine;

/**
 * Annual work summaries: drafts them from the present sections and indicators, keeps staff's edits
 * of the prose, refreshes the linked figures, and renders the whole for the console and exports.
 */
@Component(service = SummaryService.class)
public final class SummaryService {
    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;
    private final OrgService orgs;
    private final Contributions contributions;
    private final IndicatorEngine engine;
    private final SummaryRepository repo;

    @Activate
    public SummaryService(@Reference Database db, @Reference AccessControl access, @Reference AuditLog audit,
                          @Reference OrgService orgs, @Reference Contributions contributions,
                          @Reference IndicatorEngine engine, @Reference SummaryRepository repo,
                          @Reference ReportingModule schema) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.orgs = orgs;
        this.contributions = contributions;
        this.engine = engine;
        this.repo = repo;
    }

    public Summary create(Caller caller, SummaryInput in) {
        access.check(caller, ReportingPermissions.EDIT, in.unitId());
        OrgUnit unit = orgs.get(in.unitId());
        List<Figure> figures = compute(in.unitId(), in.year());
        long id = db.write(c -> {
            if (repo.find(c, in.unitId(), in.year()).isPresent()) {
                throw WfedException.conflict("SUMMARY_EXISTS", unit.name() + in.year() + "年的工作总结已存在，请直接编辑",
                        "The unit already has a summary of that year");
            }
            long summaryId = repo.insert(c, in.unitId(), in.year(), unit.name() + in.year() + "年工作总结", caller.username());
            int position = 0;
            for (SummaryDrafter.Draft d : SummaryDrafter.draft(contributions.sections(), contributions.indicators())) {
                repo.insertParagraph(c, summaryId, d.section(), position++, d.source(), d.template());
            }
            repo.replaceFigures(c, summaryId, figures);
            return summaryId;
        });
        audit.ok(caller, "reporting.summary.create", "rep_summary", id, unit.name() + " " + in.year());
        return db.read(c -> view(c, repo.get(c, id)));
    }

    public Summary get(Caller caller, long id) {
        return db.read(c -> view(c, readable(c, caller, id)));
    }

    /** The summary of a unit's year, if any (a list of zero or one). */
    public List<Summary> find(Caller caller, long unitId, int year) {
        access.check(caller, ReportingPermissions.READ, unitId);
        return db.read(c -> {
            java.util.Optional<SummaryRow> s = repo.find(c, unitId, year);
            return s.isPresent() ? List.of(view(c, s.get())) : List.<Summary>of();
        });
    }

    public Summary editParagraph(Caller caller, long id, long paragraphId, ParagraphInput in) {
        db.write(c -> {
            SummaryRow s = editable(c, caller, id);
            repo.paragraph(c, s.id(), paragraphId);
            repo.updateParagraph(c, paragraphId, in.version(), in.template());
            repo.touch(c, s.id());
            return null;
        });
        audit.ok(caller, "reporting.summary.paragraph.edit", "rep_paragraph", paragraphId, "summary " + id);
        return get(caller, id);
    }

    /** Appends a paragraph of staff's own to a section; {@code version} is the summary's. */
    public Summary addParagraph(Caller caller, long id, ParagraphInput in) {
        new org.wfed.core.Validation().required("section", in.section()).check();
        long pid = db.write(c -> {
            SummaryRow s = editable(c, caller, id);
            if (s.version() != in.version()) {
                throw WfedException.staleVersion("rep_summary " + id);
            }
            long p = repo.insertParagraph(c, id, in.section(), repo.nextPosition(c, id), "staff", in.template());
            repo.touch(c, id);
            return p;
        });
        audit.ok(caller, "reporting.summary.paragraph.add", "rep_paragraph", pid, "summary " + id);
        return get(caller, id);
    }

    public Summary deleteParagraph(Caller caller, long id, long paragraphId, int version) {
        db.write(c -> {
            SummaryRow s = editable(c, caller, id);
            repo.paragraph(c, s.id(), paragraphId);
            repo.deleteParagraph(c, paragraphId, version);
            repo.touch(c, id);
            return null;
        });
        audit.ok(caller, "reporting.summary.paragraph.delete", "rep_paragraph", paragraphId, "summary " + id);
        return get(caller, id);
    }

    /** Recomputes every figure from the records ("刷新数据"); the prose stays as staff wrote it. */
    public Summary refresh(Caller caller, long id, ReviewInput in) {
        SummaryRow row = db.read(c -> editable(c, caller, id));
        List<Figure> figures = compute(row.unitId(), row.year());
        db.write(c -> {
            repo.figuresRefreshed(c, id, in.version());
            repo.replaceFigures(c, id, figures);
            return null;
        });
        audit.ok(caller, "reporting.summary.refresh", "rep_summary", id, figures.size() + " figures");
        return get(caller, id);
    }

    /** Every present indicator of the unit's subtree over the year, as figures to store. */
    List<Figure> compute(long unitId, int year) {
        Figures computed = engine.compute(unitId, Period.year(year));
        List<Figure> out = new ArrayList<>();
        for (Indicator i : computed.indicators()) {
            Number v = computed.value(i);
            if (i.ratioOf() != null) {
                Double rate = v == null ? null : v.doubleValue();
                out.add(new Figure(i.id(), i.nameZh(), i.unitZh(), null, rate, FigureFormat.rate(rate)));
            } else {
                Long amount = v == null ? null : v.longValue();
                out.add(new Figure(i.id(), i.nameZh(), i.unitZh(), amount, null, FigureFormat.amount(amount, i.unitZh())));
            }
        }
        return out;
    }

    SummaryRow readable(Connection c, Caller caller, long id) throws SQLException {
        SummaryRow s = repo.find(c, id).orElseThrow(() -> WfedException.notFound("工作总结 " + id));
        access.check(caller, ReportingPermissions.READ, s.unitId());
        return s;
    }

    private SummaryRow editable(Connection c, Caller caller, long id) throws SQLException {
        SummaryRow s = repo.find(c, id).orElseThrow(() -> WfedException.notFound("工作总结 " + id));
        access.check(caller, ReportingPermissions.EDIT, s.unitId());
        if (!s.status().editable()) {
            throw WfedException.conflict("SUMMARY_NOT_EDITABLE", "工作总结已提交或已审核，不能修改；如需修改请由上级退回",
                    "The summary is submitted or approved; it can be changed only after it is returned");
        }
        return s;
    }

    /** The summary rendered with its stored figures; the caller has been checked. */
    Summary view(Connection c, SummaryRow s) throws SQLException {
        OrgUnit unit = orgs.get(s.unitId());
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (SummaryRepository.FigureRow f : repo.figures(c, s.id())) {
            Double rate = f.ratePermille() == null ? null : f.ratePermille() / 10.0;
            String text = rate != null ? FigureFormat.rate(rate) : FigureFormat.amount(f.amount(), f.unitZh());
            figures.put(f.indicatorId(), new Figure(f.indicatorId(), f.nameZh(), f.unitZh(), f.amount(), rate, text));
        }
        Map<String, String> builtins = Map.of("year", String.valueOf(s.year()), "nextYear", String.valueOf(s.year() + 1),
                "unit", unit.name());
        Map<String, List<Paragraph>> bySection = new LinkedHashMap<>();
        ReportSection.SECTIONS.forEach(sec -> bySection.put(sec, new ArrayList<>()));
        for (ParagraphRow p : repo.paragraphs(c, s.id())) {
            List<Part> parts = PlaceholderRenderer.render(p.template(), builtins, figures);
            bySection.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(new Paragraph(p.id(), p.section(), p.position(),
                    p.source(), p.template(), PlaceholderRenderer.text(parts), parts, p.version()));
        }
        List<SummarySection> sections = new ArrayList<>();
        bySection.forEach((sec, paragraphs) -> sections.add(new SummarySection(sec,
                SummaryDrafter.heading(sec).replace("{nextYear}", String.valueOf(s.year() + 1)), paragraphs)));
        return new Summary(s.id(), s.unitId(), unit.name(), s.year(), s.title(), s.status(), s.version(), s.figuresAt(),
                s.updatedAt(), sections, List.copyOf(figures.values()), repo.events(c, s.id()));
    }
}
