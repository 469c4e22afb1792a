package org.wfed.aid.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.wfed.aid.dto.Campaign;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.CervicalMethod;
import org.wfed.aid.dto.ScreenResult;
import org.wfed.aid.dto.ScreeningInput;
import org.wfed.aid.internal.screening.CampaignService;
import org.wfed.aid.internal.screening.ScreeningService;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.FieldError;
import org.wfed.core.IdNumber;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.imports.CodeList;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.Importer;

/**
 * The 两癌 screening results of one campaign (筛查结果导入), one exam (宫颈癌 or 乳腺癌) per row. Women are matched by ID
 * number, must belong to the campaign's subtree and be on its invitation list (应查名单) — or, with the clerk's
 * explicit 补充邀请, are added to it and counted, so that 实查 never exceeds 应查. An exam is matched by woman +
 * campaign + exam kind: the same file twice changes nothing, and a recorded result is never overwritten by a file.
 * New exams are written by {@link ScreeningService}'s own logic (twice-screened flags, follow-up cases).
 */
final class ScreeningImporter implements Importer<ScreeningEntry> {

    static final CodeList SITES = CodeList.builder()
            .add(CancerSite.CERVICAL.name(), "宫颈癌", "宫颈", "宫颈癌筛查", "宫颈癌检查")
            .add(CancerSite.BREAST.name(), "乳腺癌", "乳腺", "乳腺癌筛查", "乳腺癌检查").build();
    static final CodeList RESULTS = CodeList.builder()
            .add(ScreenResult.NORMAL.name(), "未见异常", "正常", "阴性", "无异常", "未见明显异常")
            .add(ScreenResult.ABNORMAL.name(), "异常", "阳性", "可疑", "异常（阳性）").build();
    static final CodeList METHODS = CodeList.builder()
            .add(CervicalMethod.TBS.name(), "TBS", "TCT", "LCT", "宫颈细胞学", "细胞学", "液基细胞学", "巴氏涂片")
            .add(CervicalMethod.HPV.name(), "HPV", "HPV检测", "HPV-DNA")
            .add(CervicalMethod.VIA.name(), "VIA", "VILI", "VIA/VILI", "醋酸染色肉眼观察", "肉眼观察", "醋酸/碘染色肉眼观察").build();
    static final ImportLayout LAYOUT = ImportLayout.named("筛查结果")
            .text("name", "姓名", 50).required().synonyms("妇女姓名", "受检者姓名")
            .idNumber("idNumber", "身份证号").required()
            .code("site", "筛查项目", SITES).required().synonyms("检查项目", "筛查类型")
            .date("screenedOn", "筛查日期").required().notAfterToday().synonyms("检查日期", "筛查时间")
            .code("result", "检查结果", RESULTS).required().synonyms("筛查结果", "初筛结果", "临床检查结果")
            .help("乳腺癌一行填临床检查结果")
            .code("method", "宫颈检查方法", METHODS).synonyms("宫颈筛查方法", "检查方法")
            .text("birads", "乳腺超声BI-RADS", 20).synonyms("BI-RADS", "BIRADS", "乳腺超声分级", "超声BI-RADS分级")
            .help("0–6，或4A、4B、4C")
            .code("mammography", "乳腺X线结果", RESULTS).synonyms("乳腺X线", "钼靶结果")
            .date("consentOn", "知情同意日期").notAfterToday().help("不填时按筛查日期")
            .note("每行填一项检查：同一妇女做了宫颈癌和乳腺癌筛查的，填两行。")
            .note("妇女须已在人员库登记、属于本次筛查活动的单位，并在本次活动的应查名单中（不在名单中的，可在导入时选择“补充邀请”）。")
            .note("已登记的检查结果不会被文件改动。")
            .example("王秀英", "11010519491231002X", "宫颈癌", "2026-04-12", "未见异常", "HPV", "", "", "2026-04-12")
            .example("王秀英", "11010519491231002X", "乳腺癌", "2026-04-12", "未见异常", "", "3", "未见异常", "2026-04-12")
            .build();
    /** ScreeningInput's fields → the layout's columns. */
    private static final Map<String, String> FIELD_COLUMNS = Map.of("screenedOn", "screenedOn", "consentOn", "consentOn",
            "cervicalMethod", "method", "cervicalResult", "result", "breastClinical", "result",
            "breastBirads", "birads", "mammography", "mammography");

    private final Campaign campaign;
    private final boolean inviteMissing;
    private final CampaignService campaigns;
    private final ScreeningService screening;
    private final PersonService persons;
    private final OrgService orgs;
    private final AccessControl access;
    private final PeriodLocks locks;
    /** The first row of each woman's exam kind in this file. */
    private final Map<String, Integer> seen = new HashMap<>();

    ScreeningImporter(Campaign campaign, boolean inviteMissing, CampaignService campaigns, ScreeningService screening,
                      PersonService persons, OrgService orgs, AccessControl access, PeriodLocks locks) {
        this.campaign = campaign;
        this.inviteMissing = inviteMissing;
        this.campaigns = campaigns;
        this.screening = screening;
        this.persons = persons;
        this.orgs = orgs;
        this.access = access;
        this.locks = locks;
    }

    @Override
    public ImportLayout layout() {
        return LAYOUT;
    }

    @Override
    public String target() {
        return "aid.screening/campaign/" + campaign.id() + (inviteMissing ? "/invite" : "");
    }

    @Override
    public String auditAction() {
        return "aid.import.screenings";
    }

    @Override
    public String recordType() {
        return "aid_screening";
    }

    @Override
    public ScreeningEntry entry(ImportRow r) {
        String id = r.text("idNumber");
        if (IdNumber.parse(id).sex() != 'F') {
            r.error("idNumber", "该身份证号码为男性，不能登记两癌筛查");
        }
        CancerSite site = CancerSite.valueOf(r.text("site"));
        Integer first = seen.putIfAbsent(id + site, r.number());
        if (first != null) {
            r.error("idNumber", "与第" + first + "行重复（同一人的同一筛查项目）");
        }
        LocalDate on = r.date("screenedOn");
        if (on.getYear() != campaign.year()) {
            r.error("screenedOn", "筛查日期应在" + campaign.year() + "年内（本次筛查活动的年度）");
        }
        CervicalMethod method = r.text("method") == null ? null : CervicalMethod.valueOf(r.text("method"));
        String birads = birads(r.text("birads"));
        ScreenResult mammography = r.text("mammography") == null ? null : ScreenResult.valueOf(r.text("mammography"));
        if (site == CancerSite.CERVICAL && method == null) {
            r.error("method", "宫颈癌筛查须填写检查方法（TBS、HPV或VIA）");
        }
        if (site == CancerSite.BREAST && method != null) {
            r.error("method", "乳腺癌筛查不填宫颈检查方法");
        }
        if (site == CancerSite.CERVICAL && (birads != null || mammography != null)) {
            r.error("birads", "宫颈癌筛查行不填乳腺检查结果：乳腺癌筛查请另起一行");
        }
        LocalDate consent = r.date("consentOn");
        ScreeningEntry e = new ScreeningEntry(r.text("name"), id, site, on, method, ScreenResult.valueOf(r.text("result")),
                birads, mammography, consent == null ? on : consent);
        if (r.ok()) {
            // the screening form's own rules (BI-RADS values, mammography exactly at BI-RADS 0 or 3, …)
            try {
                e.input(1);
            } catch (WfedException ex) {
                for (FieldError f : ex.fields()) {
                    r.error(FIELD_COLUMNS.getOrDefault(f.field(), "result"), f.message());
                }
            }
        }
        return e;
    }

    /** "BI-RADS 4A", "4a类", "3级" → "4A", "3"; empty → null (ScreeningInput checks the value). */
    static String birads(String v) {
        if (v == null) {
            return null;
        }
        String s = org.wfed.core.imports.Text.compact(v).toUpperCase(Locale.ROOT).replace("BI-RADS", "")
                .replace("BIRADS", "").replaceAll("[类级:：]", "");
        return s.isEmpty() ? null : s;
    }

    /** What a woman already has in the campaign: one record per exam kind (the first, if entered twice). */
    private record Recorded(long id, long personId, String method, String cervical, String clinical, String birads,
                            String mammo) {
    }

    @Override
    public void apply(ImportBatch<ScreeningEntry> batch) throws SQLException {
        Connection c = batch.connection();
        Caller caller = batch.caller();
        Campaign k = campaign;
        Scope scope = orgs.scope(k.unitId(), Period.year(k.year()));
        List<ImportEntry<ScreeningEntry>> entries = batch.entries();
        Map<String, Long> known = entries.isEmpty() ? Map.of() : persons.findByIdNumbers(c, entries.stream()
                .map(e -> e.value().idNumber()).distinct().toList());
        Map<Long, PersonFacts> facts = known.isEmpty() ? Map.of() : persons.facts(known.values());
        Map<Long, List<Recorded>> recorded = recorded(c, k.id(), known.values());
        Set<Long> invited = CampaignService.invited(c, k.id(), known.values());
        LocalDate ageDay = LocalDate.of(k.year(), 12, 31);
        Map<Long, PersonFacts> toInvite = new LinkedHashMap<>();
        // the good rows of each woman, in file order
        Map<Long, List<ImportEntry<ScreeningEntry>>> byWoman = new LinkedHashMap<>();
        for (ImportEntry<ScreeningEntry> ie : entries) {
            ScreeningEntry e = ie.value();
            Long personId = known.get(e.idNumber());
            PersonFacts f = personId == null ? null : facts.get(personId);
            if (f == null) {
                batch.error(ie, "idNumber", "人员库中没有该身份证号：请先登记该妇女（或导入花名册）再导入筛查结果");
            } else if (!scope.contains(f.unitId()) || !access.canSee(caller, f.unitId())) {
                batch.error(ie, "idNumber", "该妇女不属于本次筛查活动的单位（及其下级单位）");
            } else if (!f.name().equals(e.name())) {
                batch.error(ie, "name", "姓名与人员库中该身份证号码的登记姓名「" + f.name() + "」不一致");
            } else if (locked(c, f.unitId(), e.screenedOn())) {
                batch.error(ie, "screenedOn", e.screenedOn().getYear() + "年度已审定锁定，不能再登记");
            } else if (!invited.contains(personId) && !inviteMissing) {
                batch.error(ie, "idNumber", "该妇女不在本次筛查活动的应查名单中：请先在“两癌筛查”中邀请，"
                        + "或在导入时选择“补充邀请”");
            } else if (!invited.contains(personId) && (f.ageOn(ageDay) < k.minAge() || f.ageOn(ageDay) > k.maxAge())) {
                batch.error(ie, "idNumber", "该妇女不在应查名单中，且年龄" + f.ageOn(ageDay) + "岁不在" + k.minAge() + "–"
                        + k.maxAge() + "岁的筛查范围内，不能补充邀请");
            } else {
                if (!invited.contains(personId)) {
                    toInvite.put(personId, f);
                }
                byWoman.computeIfAbsent(personId, x -> new ArrayList<>()).add(ie);
            }
        }
        int followUps = 0;
        List<Write> writes = new ArrayList<>();
        for (Map.Entry<Long, List<ImportEntry<ScreeningEntry>>> w : byWoman.entrySet()) {
            long personId = w.getKey();
            List<Recorded> has = recorded.getOrDefault(personId, List.of());
            List<ScreeningEntry> fresh = new ArrayList<>();
            for (ImportEntry<ScreeningEntry> ie : w.getValue()) {
                ScreeningEntry e = ie.value();
                Recorded r = has.stream().filter(x -> e.site() == CancerSite.CERVICAL ? x.method() != null
                        : x.clinical() != null).findFirst().orElse(null);
                if (r == null) {
                    batch.created(ie);
                    fresh.add(e);
                    ScreeningInput x = e.input(personId);
                    followUps += (x.cervicalAbnormal() ? 1 : 0) + (x.breastAbnormal() ? 1 : 0);
                } else if (same(r, e.input(personId))) {
                    batch.unchanged(ie);
                } else {
                    batch.error(ie, "result", "本次筛查活动已登记该妇女的" + (e.site() == CancerSite.CERVICAL ? "宫颈癌" : "乳腺癌")
                            + "筛查结果，与文件不同：导入不改已登记的结果，请核对");
                }
            }
            if (!fresh.isEmpty()) {
                writes.add(new Write(facts.get(personId), has.isEmpty() ? null : has.get(0).id(), fresh));
            }
        }
        batch.count("followUps", followUps);
        batch.count("invited", toInvite.size());
        if (batch.writing()) {
            campaigns.inviteIn(c, k, toInvite.values());
            for (Write x : writes) {
                x.save(c, caller, k);
            }
        }
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
