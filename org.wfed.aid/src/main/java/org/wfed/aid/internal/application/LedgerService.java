package org.wfed.aid.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.ApplicationStatus;
import org.wfed.aid.dto.LedgerRow;
import org.wfed.aid.dto.Programme;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository;
import org.wfed.aid.internal.programme.CategoryRepository;
import org.wfed.aid.internal.programme.ProgrammeService;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.Page;
import org.wfed.core.Period;
import org.wfed.core.PersonService;
import org.wfed.core.Scope;
import org.wfed.core.Sensitive;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.PersonFacts;

/**
 * The ledger (台账) of approved aid per programme, unit subtree and year (exported by {@link LedgerExport}).
 * Bank accounts masked unless revealed.
 */
@Component(service = LedgerService.class)
public final class LedgerService {

    private static final int LIMIT = 100_000;

    private final Database db;
    private final ProgrammeService programmes;
    private final PersonService persons;
    private final OrgService orgs;
    private final AccessControl access;
    private final Sensitive sensitive;
    private final AuditLog audit;

    @Activate
    public LedgerService(@Reference AidSchema schema, @Reference Database db, @Reference ProgrammeService programmes,
                         @Reference PersonService persons, @Reference OrgService orgs, @Reference AccessControl access,
                         @Reference Sensitive sensitive, @Reference AuditLog audit) {
        this.db = db;
        this.programmes = programmes;
        this.persons = persons;
        this.orgs = orgs;
        this.access = access;
        this.sensitive = sensitive;
        this.audit = audit;
    }

    /**
     * What a ledger shows: approved aid of a unit's subtree in a year, optionally of one programme, in one status
     * (APPROVED, NOTICE, PAID or RECEIVED) and paid within a period.
     */
    public record Filter(long unitId, int year, Long programmeId, ApplicationStatus status, LocalDate paidFrom,
                         LocalDate paidTo, boolean reveal) {
        public Filter {
            if (status != null && !LEDGER_STATUSES.contains(status)) {
                throw WfedException.invalid("AID_LEDGER_STATUS", "台账只列已批准、公示中、已发放和已签收的申请",
                        "The ledger lists approved, noticed, paid and received applications only");
            }
            if (paidFrom != null && paidTo != null && paidTo.isBefore(paidFrom)) {
                throw WfedException.invalid("AID_LEDGER_PERIOD", "发放日期的结束日不能早于开始日", "paidTo is before paidFrom");
            }
        }
    }

    private static final List<ApplicationStatus> LEDGER_STATUSES = List.of(ApplicationStatus.APPROVED,
            ApplicationStatus.NOTICE, ApplicationStatus.PAID, ApplicationStatus.RECEIVED);

    /** Every ledger line (for the exports, at most 100,000). */
    public List<LedgerRow> rows(Caller caller, Filter f) {
        return page(caller, f, new Page.Request(1, LIMIT)).items();
    }

    /**
     * One page of the ledger, newest first, with the total count. The conditions are the columns of the index
     * {@code aid_application_ledger} (unit, year, programme, status, paid day), so that the count reads the index
     * only and the page reads 50 rows, not the subtree's year.
     */
    public Page<LedgerRow> page(Caller caller, Filter f, Page.Request page) {
        access.require(caller, AidPermissions.READ);
        access.checkUnit(caller, f.unitId());
        Scope scope = orgs.scope(f.unitId(), Period.year(f.year()));
        List<Object> p = new ArrayList<>(List.of(scope.unitIdParams()));
        StringBuilder where = new StringBuilder(scope.unitCondition("a.unit_id")).append(" AND a.aid_year = ?");
        p.add(f.year());
        if (f.status() != null) {
            where.append(" AND a.status = ?");
            p.add(f.status());
        } else {
            where.append(" AND a.status IN (?, ?, ?, ?)");
            p.addAll(LEDGER_STATUSES);
        }
        if (f.programmeId() != null) {
            where.append(" AND a.programme_id = ?");
            p.add(f.programmeId());
        }
        if (f.paidFrom() != null) {
            where.append(" AND a.paid_on >= ?");
            p.add(f.paidFrom());
        }
        if (f.paidTo() != null) {
            where.append(" AND a.paid_on <= ?");
            p.add(f.paidTo());
        }
        String w = where.toString();
        long unitId = f.unitId();
        boolean reveal = f.reveal();
        int year = f.year();
        Map<Long, Programme> progs = programmes.list().stream().collect(Collectors.toMap(Programme::id, Function.identity()));
        record Loaded(List<ApplicationRow> rows, long total, Map<String, String> names, Map<Long, List<String>> categories) {
        }
        Loaded loaded = db.read(c -> {
            List<ApplicationRow> rows = ApplicationRepository.page(c, w, p.toArray(), page.offset(), page.size());
            Map<Long, List<String>> cats = BeneficiaryRepository.categoriesOf(c,
                    rows.stream().map(ApplicationRow::personId).toList());
            return new Loaded(rows, ApplicationRepository.count(c, w, p.toArray()), CategoryRepository.names(c), cats);
        });
        Map<Long, PersonFacts> people = persons.facts(loaded.rows().stream().map(ApplicationRow::personId).distinct().toList());
        Map<Long, OrgUnit> units = orgs.get(loaded.rows().stream().map(ApplicationRow::unitId).distinct().toList());
        LocalDate today = LocalDate.now();
        List<LedgerRow> out = new ArrayList<>();
        for (ApplicationRow a : loaded.rows()) {
            PersonFacts who = people.get(a.personId());
            String name = who == null ? "" : who.name();
            if (who != null && who.ageOn(today) >= 0 && who.ageOn(today) < 14) {
                name = sensitive.show(caller, Sensitive.Kind.CHILD_NAME, name, reveal, "aid_application", a.id());
            }
            String account = a.bankAccount() == null ? null
                    : sensitive.show(caller, Sensitive.Kind.BANK_ACCOUNT, a.bankAccount(), reveal, "aid_application", a.id());
            String cats = loaded.categories().getOrDefault(a.personId(), List.of()).stream()
                    .map(k -> loaded.names().getOrDefault(k, k)).collect(Collectors.joining("、"));
            Programme prog = progs.get(a.programmeId());
            OrgUnit unit = units.get(a.unitId());
            out.add(new LedgerRow(a.id(), prog == null ? "" : prog.name(), a.unitId(), unit == null ? "" : unit.name(),
                    unit == null ? null : unit.areaCode(), name, cats, a.appliedOn(), a.status().labelZh(), a.amountFen(),
                    a.goods(), a.paidOn(), a.paidFen(), a.channel() == null ? null : a.channel().name(),
                    a.channel() == null ? null : a.channel().labelZh(), account, a.receivedOn()));
        }
        audit.ok(caller, "aid.ledger.read", "aid_ledger", unitId, year + (reveal ? " revealed" : " masked"));
        return new Page<>(out, loaded.total(), page.page(), page.size());
    }
}
