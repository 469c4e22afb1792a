package org.wfed.reporting.internal.summary;

import java.sql.Connection;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.SuperiorUnit;
import org.wfed.core.Period;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Member;
import org.wfed.core.extension.Reach;
import org.wfed.core.extension.ReportSection;
import org.wfed.reporting.dto.Paragraph;
import org.wfed.reporting.dto.ParagraphInput;
import org.wfed.reporting.dto.ReviewInput;
import org.wfed.reporting.dto.Summary;
import org.wfed.reporting.dto.SummaryInput;
import org.wfed.reporting.dto.SummaryEvent;
import org.wfed.reporting.dto.SummarySection;
import org.wfed.reporting.internal.ReportingModule;
import org.wfed.reporting.internal.ReportingPermissions;
import org.wfed.reporting.internal.indicator.Address;
import org.wfed.reporting.internal.indicator.Contributions;
import org.wfed.reporting.internal.indicator.Figures;
import org.wfed.reporting.internal.indicator.IndicatorEngine;
import org.wfed.reporting.internal.indicator.IndicatorTables;

/**
 * Annual work summaries: drafts them from the present sections and indicators, keeps staff's edits
 * of the prose, refreshes the linked figures, and renders the whole for the console and exports.
 */
@Component(service = SummaryService.class)
public final class SummaryService {
    /** The built-in words of a template. */
    static final Set<String> BUILTINS = Set.of("year", "nextYear", "unit");
    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;
    private final OrgService orgs;
    private final Contributions contributions;
    private final IndicatorEngine engine;
    private final SummaryRepository repo;
    private final SuperiorUnit superior;

    @Activate
    public SummaryService(@Reference Database db, @Reference AccessControl access, @Reference AuditLog audit,
                          @Reference OrgService orgs, @Reference Contributions contributions,
                          @Reference IndicatorEngine engine, @Reference SummaryRepository repo,
                          @Reference ReportingModule schema, @Reference SuperiorUnit superior) {
        this.superior = superior;
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
        List<SummaryRepository.FigureRow> figures = compute(in.unitId(), in.year());
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
        return db.read(c -> view(c, repo.get(c, id), caller));
    }

    public Summary get(Caller caller, long id) {
        return db.read(c -> view(c, readable(c, caller, id), caller));
    }

    /** The summary of a unit's year, if any (a list of zero or one). */
    public List<Summary> find(Caller caller, long unitId, int year) {
        access.check(caller, ReportingPermissions.READ, unitId);
        return db.read(c -> {
            java.util.Optional<SummaryRow> s = repo.find(c, unitId, year);
            return s.isPresent() ? List.of(view(c, s.get(), caller)) : List.<Summary>of();
        });
    }

    /**
     * A new template (and, when given, reach and whether to print the sentences that state no work); a
     * placeholder that names nothing the summary can fill is refused with the nearest valid one.
     */
    public Summary editParagraph(Caller caller, long id, long paragraphId, ParagraphInput in) {
        db.write(c -> {
            SummaryRow s = editable(c, caller, id);
            ParagraphRow p = repo.paragraph(c, s.id(), paragraphId);
            checkPlaceholders(c, s, in.template());
            String reach = in.reach() == null ? p.reach() : "DEFAULT".equals(in.reach()) ? null : in.reach();
            boolean showEmpty = in.showEmpty() == null ? p.showEmpty() : in.showEmpty();
            repo.updateParagraph(c, paragraphId, in.version(), in.template(), reach, showEmpty);
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
            checkPlaceholders(c, s, in.template());
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
        List<SummaryRepository.FigureRow> figures = compute(row.unitId(), row.year());
        db.write(c -> {
            repo.figuresRefreshed(c, id, in.version());
            repo.replaceFigures(c, id, figures);
            return null;
        });
        audit.ok(caller, "reporting.summary.refresh", "rep_summary", id, figures.size() + " figures");
        return get(caller, id);
    }

    /**
     * Every present indicator of the unit's subtree over the year, as figures to store: each indicator's whole
     * figure for the unit's own records and for its subtree, and the same for each member of a breakdown that
     * has data at either reach, in the dimension's order, in the member's own unit where it has one.
     */
    List<SummaryRepository.FigureRow> compute(long unitId, int year) {
        Figures computed = engine.compute(unitId, Period.year(year));
        Map<String, List<Member>> known = IndicatorTables.knownMembers(computed.indicators());
        List<SummaryRepository.FigureRow> out = new ArrayList<>();
        for (Indicator i : computed.indicators()) {
            String defaultReach = i.reach().name();
            for (Reach reach : Reach.values()) {
                out.add(new SummaryRepository.FigureRow(i.id(), null, reach.name(), defaultReach, 0, i.nameZh(), null, i.unitZh(),
                        i.measure().name(), computed.value(i.id(), null, reach)));
            }
            List<Member> members = known.getOrDefault(i.id(), List.of());
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> units = new HashMap<>();
            members.forEach(m -> {
                names.put(m.code(), m.nameZh());
                if (m.unitZh() != null) {
                    units.put(m.code(), m.unitZh());
                }
            });
            List<String> codes = new ArrayList<>(names.keySet());
            computed.memberCodes(i.id()).stream().filter(code -> !names.containsKey(code)).sorted().forEach(codes::add);
            int position = 0;
            for (String code : codes) {
                position++;
                BigDecimal own = computed.value(i.id(), code, Reach.OWN);
                BigDecimal subtree = computed.value(i.id(), code, Reach.SUBTREE);
                if ((own == null || own.signum() == 0) && (subtree == null || subtree.signum() == 0)) {
                    continue;
                }
                for (Reach reach : Reach.values()) {
                    out.add(new SummaryRepository.FigureRow(i.id(), code, reach.name(), defaultReach, position, i.nameZh(),
                            names.getOrDefault(code, code), units.getOrDefault(code, i.unitZh()), i.measure().name(),
                            reach == Reach.OWN ? own : subtree));
                }
            }
        }
        return out;
    }

    /** Refuses a template with a placeholder that names nothing this summary can fill (400, nearest id named). */
    private void checkPlaceholders(Connection c, SummaryRow s, String template) throws SQLException {
        Map<String, Set<String>> members = new HashMap<>(new StoredFigures(repo.figures(c, s.id())).members());
        Map<String, List<Member>> known = IndicatorTables.knownMembers(contributions.indicators());
        for (Indicator i : contributions.indicators()) {
            Set<String> codes = members.computeIfAbsent(i.id(), k -> new LinkedHashSet<>());
            known.getOrDefault(i.id(), List.of()).forEach(m -> codes.add(m.code()));
            if (i.dimension() != null && codes.isEmpty()) {
                codes.add(Address.LIST); // a breakdown without members yet: lists are fine, no member can be named
            }
        }
        PlaceholderCheck.check(template, BUILTINS, members);
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

    /**
     * Why the caller may not review the unit's summary (approve or return it), as the 403 to answer, or empty when
     * she may: she holds reporting.approve over the unit and sits in its superior unit (core's {@link SuperiorUnit}:
     * the direct parent unless configured otherwise); the top unit's own summary (its reviewer is outside wfed) is
     * reviewed by its own approvers.
     */
    java.util.Optional<WfedException> notReviewer(Caller caller, long unitId) {
        if (!caller.has(ReportingPermissions.APPROVE) || !access.canSee(caller, unitId)) {
            return java.util.Optional.of(WfedException.forbidden("没有审核工作总结的权限", "Reviewing summaries needs reporting.approve"));
        }
        OrgUnit unit = orgs.get(unitId);
        if (unit.parentId() == null) {
            return java.util.Optional.empty();
        }
        if (caller.unitId() == unitId) {
            return java.util.Optional.of(WfedException.forbidden("工作总结应由上级单位审核，本单位不能审核自己的总结",
                    "A summary is reviewed by a user of the unit above it"));
        }
        if (!superior.approves(SuperiorUnit.SUMMARY_APPROVAL, caller.unitId(), unitId)) {
            return java.util.Optional.of(WfedException.forbidden("工作总结由上一级单位（" + orgs.get(unit.parentId()).name() + "）审核",
                    "A summary is reviewed by a user of the unit directly above it"));
        }
        return java.util.Optional.empty();
    }

    /** The summary rendered with its stored figures for the caller (who has been checked; null: no one's view). */
    Summary view(Connection c, SummaryRow s, Caller caller) throws SQLException {
        OrgUnit unit = orgs.get(s.unitId());
        StoredFigures figures = new StoredFigures(repo.figures(c, s.id()));
        boolean hasChildren = !orgs.children(s.unitId()).isEmpty();
        Map<String, String> builtins = Map.of("year", String.valueOf(s.year()), "nextYear", String.valueOf(s.year() + 1),
                "unit", unit.name());
        Map<String, List<Paragraph>> bySection = new LinkedHashMap<>();
        ReportSection.SECTIONS.forEach(sec -> bySection.put(sec, new ArrayList<>()));
        int unfilled = 0;
        for (ParagraphRow p : repo.paragraphs(c, s.id())) {
            PlaceholderRenderer.Rendered r = PlaceholderRenderer.render(p.template(), builtins, figures,
                    p.reach() == null ? null : Reach.valueOf(p.reach()), p.showEmpty(), hasChildren);
            unfilled += Hints.count(r.text());
            bySection.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(new Paragraph(p.id(), p.section(), p.position(),
                    p.source(), p.template(), r.text(), r.parts(), p.version(), p.reach(), p.showEmpty(), r.omitted(), r.sentences()));
        }
        List<SummarySection> sections = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, List<Paragraph>> e : bySection.entrySet()) {
            boolean empty = e.getValue().stream().allMatch(p -> p.omitted() || p.text().isBlank());
            if (!empty && !SummaryDrafter.heading(e.getKey(), 0).isEmpty()) {
                number++;
            }
            String heading = SummaryDrafter.heading(e.getKey(), empty ? 0 : number).replace("{nextYear}", String.valueOf(s.year() + 1));
            sections.add(new SummarySection(e.getKey(), heading, e.getValue(), empty));
        }
        List<SummaryEvent> events = repo.events(c, s.id());
        Instant submitted = events.stream().filter(ev -> ev.action().equals("SUBMIT")).map(SummaryEvent::occurredAt)
                .reduce((a, b) -> b).orElse(s.updatedAt());
        return new Summary(s.id(), s.unitId(), unit.name(), s.year(), s.title(), s.status(), s.version(), s.figuresAt(),
                s.updatedAt(), sections, figures.list(), events, unit.name(), LocalDate.ofInstant(submitted, ZONE), hasChildren,
                unfilled, caller != null && notReviewer(caller, s.unitId()).isEmpty());
    }

    /** Where a summary's 落款 date is told: the federations' own time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
}
