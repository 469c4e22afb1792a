package org.wfed.aid.internal.screening;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.Campaign;
import org.wfed.aid.dto.CampaignInput;
import org.wfed.aid.dto.Category;
import org.wfed.aid.dto.Invitation;
import org.wfed.aid.dto.InvitationRequest;
import org.wfed.aid.dto.InvitationResult;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository;
import org.wfed.aid.internal.beneficiary.BeneficiaryRow;
import org.wfed.aid.internal.programme.CategoryRepository;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Masks;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.PersonService;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Sex;

/**
 * 两癌 screening campaigns (筛查活动) and their invitation lists (应查名单): women of the target age
 * in the campaign's subtree, not screened in the last N years, low-income women first.
 */
@Component(service = CampaignService.class)
public final class CampaignService {

    private static final String SELECT = "SELECT c.id, c.unit_id, c.campaign_year, c.name, c.min_age, c.max_age, "
            + "c.skip_years, c.follow_up_days, c.version, "
            + "(SELECT COUNT(*) FROM aid_invitation i WHERE i.campaign_id = c.id) AS invited, "
            + "(SELECT COUNT(DISTINCT s.person_id) FROM aid_screening s WHERE s.campaign_id = c.id) AS screened, "
            + "(SELECT COUNT(*) FROM aid_screening s WHERE s.campaign_id = c.id AND s.abnormal = TRUE) AS abnormal, "
            + "(SELECT COUNT(*) FROM aid_screening s WHERE s.campaign_id = c.id AND s.duplicate = TRUE) AS dups "
            + "FROM aid_campaign c";

    private final Database db;
    private final PersonService persons;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;

    @Activate
    public CampaignService(@Reference AidSchema schema, @Reference Database db, @Reference PersonService persons,
                           @Reference OrgService orgs, @Reference AccessControl access, @Reference AuditLog audit) {
        this.db = db;
        this.persons = persons;
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
    }

    public Campaign create(Caller caller, CampaignInput in) {
        access.check(caller, AidPermissions.SCREEN, in.unitId());
        long id = db.write(c -> Jdbc.insert(c, "INSERT INTO aid_campaign (unit_id, campaign_year, name, min_age, max_age, "
                        + "skip_years, follow_up_days, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.year(),
                in.name().trim(), in.minAge(), in.maxAge(), in.skipYears(), in.followUpDays(), Instant.now()));
        audit.ok(caller, "aid.campaign.create", "aid_campaign", id, in.name());
        return get(caller, id);
    }

    public List<Campaign> list(Caller caller, long unitId) {
        access.require(caller, AidPermissions.READ);
        access.checkUnit(caller, unitId);
        LocalDate today = LocalDate.now();
        Scope scope = orgs.scope(unitId, new Period(today, today));
        return db.read(c -> Jdbc.list(c, SELECT + " WHERE " + scope.unitCondition("c.unit_id")
                + " ORDER BY c.campaign_year DESC, c.id DESC", CampaignService::map, scope.unitIdParams()));
    }

    public Campaign get(Caller caller, long id) {
        access.require(caller, AidPermissions.READ);
        Campaign k = db.read(c -> Jdbc.one(c, SELECT + " WHERE c.id = ?", CampaignService::map, id))
                .orElseThrow(() -> WfedException.notFound("筛查活动 " + id));
        access.checkUnit(caller, k.unitId());
        return k;
    }

    /** Draws invitations; people already on the list are left as they are. */
    public InvitationResult invite(Caller caller, long campaignId, InvitationRequest in) {
        Campaign k = get(caller, campaignId);
        access.require(caller, AidPermissions.SCREEN);
        Scope scope = orgs.scope(k.unitId(), Period.year(k.year()));
        Set<Long> ids = new LinkedHashSet<>(in.personIds());
        Map<Long, Boolean> lowIncome = new java.util.HashMap<>();
        Set<String> lowCodes = new HashSet<>();
        db.read(c -> {
            for (Category cat : CategoryRepository.all(c)) {
                if (cat.lowIncome()) {
                    lowCodes.add(cat.code());
                }
            }
            List<BeneficiaryRow> rows = in.fromBeneficiaries() ? BeneficiaryRepository.list(c, scope, null, 100_000)
                    : new ArrayList<>();
            for (BeneficiaryRow r : rows) {
                ids.add(r.personId());
            }
            for (Long id : ids) {
                lowIncome.put(id, BeneficiaryRepository.byPerson(c, id).map(r -> r.categories().stream()
                        .anyMatch(lowCodes::contains)).orElse(false));
            }
            return null;
        });
        Map<Long, PersonFacts> facts = persons.facts(ids);
        LocalDate ref = LocalDate.of(k.year(), 12, 31);
        List<InvitationResult.Skipped> skipped = new ArrayList<>();
        int invited = db.write(c -> {
            Set<Long> recent = recentlyScreened(c, ids, LocalDate.of(k.year() - k.skipYears(), 1, 1), k.id());
            int n = 0;
            for (Long id : ids) {
                PersonFacts f = facts.get(id);
                String why = f == null ? "人员不存在" : reason(f, k, scope, ref, recent.contains(id));
                if (why != null) {
                    skipped.add(new InvitationResult.Skipped(id, why));
                    continue;
                }
                if (Jdbc.number(c, "SELECT COUNT(*) FROM aid_invitation WHERE campaign_id = ? AND person_id = ?",
                        k.id(), id) == 0) {
                    Jdbc.update(c, "INSERT INTO aid_invitation (campaign_id, person_id, unit_id, low_income, invited_on) "
                            + "VALUES (?, ?, ?, ?, ?)", k.id(), id, f.unitId(), lowIncome.getOrDefault(id, false), LocalDate.now());
                    n++;
                }
            }
            audit.ok(c, caller, "aid.campaign.invite", "aid_campaign", campaignId, n + " invited");
            return n;
        });
        return new InvitationResult(invited, skipped);
    }

    /**
     * Supplementary invitations (补充邀请) inside the caller's transaction: women screened although not on the list
     * (an import's explicit choice) are added to it, each counted in 应查, low-income ones marked as the list does.
     */
    public void inviteIn(Connection c, Campaign k, java.util.Collection<PersonFacts> women) throws SQLException {
        Set<String> lowCodes = new HashSet<>();
        for (Category cat : CategoryRepository.all(c)) {
            if (cat.lowIncome()) {
                lowCodes.add(cat.code());
            }
        }
        Map<Long, List<String>> categories = BeneficiaryRepository.categoriesOf(c,
                women.stream().map(PersonFacts::id).toList());
        for (PersonFacts f : women) {
            boolean low = categories.getOrDefault(f.id(), List.of()).stream().anyMatch(lowCodes::contains);
            Jdbc.update(c, "INSERT INTO aid_invitation (campaign_id, person_id, unit_id, low_income, invited_on) "
                    + "VALUES (?, ?, ?, ?, ?)", k.id(), f.id(), f.unitId(), low, LocalDate.now());
        }
    }

    /** The women of {@code people} on the campaign's invitation list (应查名单), in queries of 500. */
    public static Set<Long> invited(Connection c, long campaignId, java.util.Collection<Long> people) throws SQLException {
        Set<Long> out = new HashSet<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(people));
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> part = ids.subList(i, Math.min(ids.size(), i + 500));
            out.addAll(Jdbc.list(c, "SELECT person_id FROM aid_invitation WHERE campaign_id = ? AND person_id IN ("
                    + Jdbc.placeholders(part.size()) + ")", rs -> rs.getLong(1), Scope.params(new Object[] {campaignId},
                    part.toArray())));
        }
        return out;
    }

    /** The invitation list, low-income women first, then by name. */
    public List<Invitation> invitations(Caller caller, long campaignId) {
        Campaign k = get(caller, campaignId);
        record Row(long personId, long unitId, boolean lowIncome, boolean screened) {
        }
        List<Row> rows = db.read(c -> Jdbc.list(c, "SELECT i.person_id, i.unit_id, i.low_income, "
                + "(SELECT COUNT(*) FROM aid_screening s WHERE s.campaign_id = i.campaign_id AND s.person_id = i.person_id) "
                + "FROM aid_invitation i WHERE i.campaign_id = ?",
                rs -> new Row(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getLong(4) > 0), k.id()));
        Map<Long, PersonFacts> facts = persons.facts(rows.stream().map(Row::personId).toList());
        LocalDate ref = LocalDate.of(k.year(), 12, 31);
        return rows.stream().filter(r -> facts.containsKey(r.personId()))
                .map(r -> new Invitation(r.personId(), facts.get(r.personId()).name(), r.unitId(),
                        Masks.age(facts.get(r.personId()).birthDate(), ref), r.lowIncome(), r.screened()))
                .sorted(Comparator.comparing((Invitation i) -> !i.lowIncome()).thenComparing(Invitation::name))
                .toList();
    }

    private static String reason(PersonFacts f, Campaign k, Scope scope, LocalDate ref, boolean recentlyScreened) {
        if (!scope.contains(f.unitId())) {
            return "不在本次筛查的范围内";
        }
        if (f.sex() != Sex.F) {
            return "两癌筛查对象为女性";
        }
        int age = f.ageOn(ref);
        if (age < k.minAge() || age > k.maxAge()) {
            return "年龄" + age + "岁，不在" + k.minAge() + "–" + k.maxAge() + "岁的筛查范围内";
        }
        if (recentlyScreened) {
            return "近" + k.skipYears() + "年内已筛查，本次不再邀请";
        }
        return null;
    }

    private static Set<Long> recentlyScreened(Connection c, Set<Long> ids, LocalDate since, long campaignId)
            throws SQLException {
        Set<Long> out = new HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Long> list = new ArrayList<>(ids);
        for (int i = 0; i < list.size(); i += 500) {
            List<Long> part = list.subList(i, Math.min(list.size(), i + 500));
            Object[] p = new Object[part.size() + 2];
            for (int j = 0; j < part.size(); j++) {
                p[j] = part.get(j);
            }
            p[part.size()] = since;
            p[part.size() + 1] = campaignId;
            out.addAll(Jdbc.list(c, "SELECT DISTINCT person_id FROM aid_screening WHERE person_id IN ("
                    + Jdbc.placeholders(part.size()) + ") AND screened_on >= ? AND campaign_id <> ?", rs -> rs.getLong(1), p));
        }
        return out;
    }

    private static Campaign map(java.sql.ResultSet rs) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("campaign_year"), rs.getString("name"),
                rs.getInt("min_age"), rs.getInt("max_age"), rs.getInt("skip_years"), rs.getInt("follow_up_days"),
                rs.getLong("invited"), rs.getLong("screened"), rs.getLong("abnormal"), rs.getLong("dups"),
                rs.getInt("version"));
    }
}
