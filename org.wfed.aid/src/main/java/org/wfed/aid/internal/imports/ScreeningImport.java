package org.wfed.aid.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.Campaign;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.ImportReport;
import org.wfed.aid.dto.ImportReport.RowError;
import org.wfed.aid.dto.ImportRequest;
import org.wfed.aid.dto.ScreeningInput;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.screening.CampaignService;
import org.wfed.aid.internal.screening.ScreeningService;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;

/**
 * Imports the 两癌 screening results of one campaign (筛查结果导入), one exam (宫颈癌 or 乳腺癌) per row.
 * Women are matched by ID number in the registry and must belong to the campaign's subtree; an exam is
 * matched by woman + campaign + exam kind, so importing the same file again changes nothing, and a recorded
 * result is never overwritten by a file (a different one is reported). New exams are written by
 * {@link ScreeningService}'s own logic: twice-screened flags and follow-up cases exactly as for the form.
 */
@Component(service = ScreeningImport.class)
public final class ScreeningImport implements RowKind<ScreeningEntry> {

    private final CampaignService campaigns;
    private final ScreeningService screening;
    private final PersonService persons;
    private final OrgService orgs;
    private final AccessControl access;
    private final PeriodLocks locks;

    @Activate
    public ScreeningImport(@Reference AidSchema schema, @Reference CampaignService campaigns,
                           @Reference ScreeningService screening, @Reference PersonService persons,
                           @Reference OrgService orgs, @Reference AccessControl access, @Reference PeriodLocks locks) {
        this.campaigns = campaigns;
        this.screening = screening;
        this.persons = persons;
        this.orgs = orgs;
        this.access = access;
        this.locks = locks;
    }

    /** The campaign must lie in the caller's subtree (404 otherwise); importing needs aid.import and aid.screen. */
    @Override
    public void authorise(Caller caller, ImportRequest in) {
        Campaign k = campaigns.get(caller, in.campaignId());
        access.require(caller, AidPermissions.IMPORT);
        access.check(caller, AidPermissions.SCREEN, k.unitId());
    }

    @Override
    public Checked<ScreeningEntry> check(Caller caller, ImportRequest in, List<List<String>> rows) {
        return new ScreeningCheck(LocalDate.now(), campaigns.get(caller, in.campaignId()).year()).check(rows);
    }

    @Override
    public String auditAction() {
        return "aid.import.screenings";
    }

    @Override
    public String recordType() {
        return "aid_screening";
    }

    /** What a woman already has in the campaign: one record per exam kind (the first, if entered twice). */
    private record Recorded(long id, long personId, String method, String cervical, String clinical, String birads, String mammo) {
    }

    @Override
    public ImportReport apply(Connection c, Caller caller, ImportRequest in, Checked<ScreeningEntry> checked,
                              boolean write) throws SQLException {
        Campaign k = campaigns.get(caller, in.campaignId());
        Scope scope = orgs.scope(k.unitId(), Period.year(k.year()));
        List<RowError> errors = new ArrayList<>(checked.errors());
        Map<String, Long> known = persons.findByIdNumbers(c, checked.entries().stream().map(ScreeningEntry::idNumber)
                .distinct().toList());
        Map<Long, PersonFacts> facts = known.isEmpty() ? Map.of() : persons.facts(known.values());
        Map<Long, List<Recorded>> recorded = recorded(c, k.id(), known.values());
        // the good rows of each woman, in file order
        Map<Long, List<ScreeningEntry>> byWoman = new LinkedHashMap<>();
        for (ScreeningEntry e : checked.entries()) {
            Long personId = known.get(e.idNumber());
            PersonFacts f = personId == null ? null : facts.get(personId);
            if (f == null) {
                errors.add(new RowError(e.row(), "身份证号", "人员库中没有该身份证号：请先登记该妇女（或导入花名册）再导入筛查结果"));
            } else if (!scope.contains(f.unitId()) || !access.canSee(caller, f.unitId())) {
                errors.add(new RowError(e.row(), "身份证号", "该妇女不属于本次筛查活动的单位（及其下级单位）"));
            } else if (!f.name().equals(e.name())) {
                errors.add(new RowError(e.row(), "姓名", "姓名与人员库中该身份证号的登记姓名不一致"));
            } else if (e.screenedOn().getYear() != k.year()) {
                errors.add(new RowError(e.row(), "筛查日期", "筛查日期应在" + k.year() + "年内（本次筛查活动的年度）"));
            } else if (locked(c, f.unitId(), e.screenedOn())) {
                errors.add(new RowError(e.row(), "筛查日期", e.screenedOn().getYear() + "年度已审定锁定，不能再登记"));
            } else {
                byWoman.computeIfAbsent(personId, x -> new ArrayList<>()).add(e);
            }
        }
        int created = 0;
        int unchanged = 0;
        int followUps = 0;
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<Long, List<ScreeningEntry>> w : byWoman.entrySet()) {
            long personId = w.getKey();
            List<Recorded> has = recorded.getOrDefault(personId, List.of());
            List<ScreeningEntry> fresh = new ArrayList<>();
            for (ScreeningEntry e : w.getValue()) {
                Recorded r = has.stream().filter(x -> e.site() == CancerSite.CERVICAL ? x.method() != null
                        : x.clinical() != null).findFirst().orElse(null);
                if (r == null) {
                    fresh.add(e);
                } else if (same(r, e.input(personId))) {
                    unchanged++;
                } else {
                    errors.add(new RowError(e.row(), "检查结果", "本次筛查活动已登记该妇女的"
                            + (e.site() == CancerSite.CERVICAL ? "宫颈癌" : "乳腺癌")
                            + "筛查结果，与文件不同：导入不改已登记的结果，请核对"));
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            created += fresh.size();
            for (ScreeningEntry e : fresh) {
                ScreeningInput x = e.input(personId);
                followUps += (x.cervicalAbnormal() ? 1 : 0) + (x.breastAbnormal() ? 1 : 0);
            }
            writes.add(new Write(facts.get(personId), has.isEmpty() ? null : has.get(0).id(), fresh));
        }
        if (write && errors.isEmpty()) {
            for (Write x : writes) {
                x.save(c, caller, k);
            }
        }
        return new ImportReport(checked.rows(), created, 0, unchanged, errors, write && errors.isEmpty(), followUps);
    }

    /** The new exams of one woman: added to her record of the campaign, or a new record (both exams of one day in one). */
    private final class Write {
        final PersonFacts woman;
        final Long existing;
        final List<ScreeningEntry> exams;

        Write(PersonFacts woman, Long existing, List<ScreeningEntry> exams) {
            this.woman = woman;
            this.existing = existing;
            this.exams = exams;
        }

        void save(Connection c, Caller caller, Campaign k) throws SQLException {
            long id = woman.id();
            if (existing != null) {
                for (ScreeningEntry e : exams) {
                    screening.addTo(c, k, woman, existing, e.input(id));
                }
                return;
            }
            List<ScreeningEntry> byDay = exams.stream().sorted(java.util.Comparator.comparing(ScreeningEntry::screenedOn))
                    .toList();
            ScreeningEntry first = byDay.get(0);
            if (byDay.size() == 2 && first.screenedOn().equals(byDay.get(1).screenedOn())) {
                ScreeningEntry cervical = first.site() == CancerSite.CERVICAL ? first : byDay.get(1);
                ScreeningEntry breast = first.site() == CancerSite.BREAST ? first : byDay.get(1);
                screening.recordIn(c, caller, k, woman, ScreeningEntry.both(id, cervical, breast));
                return;
            }
            long sid = screening.recordIn(c, caller, k, woman, first.input(id));
            for (ScreeningEntry e : byDay.subList(1, byDay.size())) {
                screening.addTo(c, k, woman, sid, e.input(id));
            }
        }
    }

    private boolean locked(Connection c, long unitId, LocalDate day) throws SQLException {
        try {
            locks.checkOpen(c, unitId, day);
            return false;
        } catch (WfedException e) {
            return true;
        }
    }

    private static boolean same(Recorded r, ScreeningInput in) {
        if (in.cervicalMethod() != null) {
            return in.cervicalMethod().name().equals(r.method()) && in.cervicalResult().name().equals(r.cervical());
        }
        return in.breastClinical().name().equals(r.clinical()) && Objects.equals(in.breastBirads(), r.birads())
                && Objects.equals(in.mammography() == null ? null : in.mammography().name(), r.mammo());
    }

    private static Map<Long, List<Recorded>> recorded(Connection c, long campaignId, java.util.Collection<Long> people)
            throws SQLException {
        Map<Long, List<Recorded>> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(people));
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> part = ids.subList(i, Math.min(ids.size(), i + 500));
            for (Recorded r : Jdbc.list(c, "SELECT id, person_id, cervical_method, cervical_result, breast_clinical, "
                    + "breast_birads, mammography FROM aid_screening WHERE campaign_id = ? AND person_id IN ("
                    + Jdbc.placeholders(part.size()) + ") ORDER BY id", rs -> new Recorded(rs.getLong(1), rs.getLong(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                    Scope.params(new Object[] {campaignId}, part.toArray()))) {
                out.computeIfAbsent(r.personId(), x -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }
}
