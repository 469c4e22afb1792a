package org.wfed.aid.internal.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.Application;
import org.wfed.aid.dto.ApplicationInput;
import org.wfed.aid.dto.ApplicationStatus;
import org.wfed.aid.dto.BatchReviewInput;
import org.wfed.aid.dto.Eligibility;
import org.wfed.aid.dto.NoticeInput;
import org.wfed.aid.dto.PayChannel;
import org.wfed.aid.dto.PaymentInput;
import org.wfed.aid.dto.Programme;
import org.wfed.aid.dto.ReceiptInput;
import org.wfed.aid.dto.ReviewInput;
import org.wfed.aid.dto.ReviewLevel;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository;
import org.wfed.aid.internal.beneficiary.BeneficiaryRow;
import org.wfed.aid.internal.programme.CategoryRepository;
import org.wfed.aid.internal.programme.ProgrammeService;
import org.wfed.aid.internal.rules.Candidate;
import org.wfed.aid.internal.rules.EligibilityCheck;
import org.wfed.aid.internal.rules.RecipientGroups;
import org.wfed.aid.internal.screening.DiagnosisRepository;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.Money;
import org.wfed.core.OrgService;
import org.wfed.core.Page;
import org.wfed.core.Period;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.PublicNotice;
import org.wfed.core.Scope;
import org.wfed.core.Sensitive;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;

/**
 * Aid applications (救助申请) from the clerk's entry through review level by level, public notice,
 * payment and receipt. Rules are checked at once and again inside the writing transaction; budget
 * and quota are reserved at the final approval (see {@link Counters}).
 */
@Component(service = ApplicationService.class)
public final class ApplicationService {

    private final Database db;
    private final ProgrammeService programmes;
    private final PersonService persons;
    private final OrgService orgs;
    private final AccessControl access;
    private final PeriodLocks locks;
    private final Sensitive sensitive;
    private final AuditLog audit;
    private final org.wfed.core.NoticeCalendar calendar;
    private final org.wfed.aid.internal.quota.QuotaGrantService grants;

    /**
     * Setting (wfed.aidReceiptScanAboveYuan, WFED_AID_RECEIPT_SCAN_ABOVE_YUAN): a payment above this many yuan is
     * confirmed as received only with its signed receipt's scan uploaded (签收单扫描件). Default 5000.
     */
    static final String SCAN_SETTING = "aidReceiptScanAboveYuan";
    private final long scanAboveFen;

    @Activate
    public ApplicationService(@Reference AidSchema schema, @Reference Database db, @Reference ProgrammeService programmes,
                              @Reference PersonService persons, @Reference OrgService orgs,
                              @Reference AccessControl access, @Reference PeriodLocks locks,
                              @Reference Sensitive sensitive, @Reference AuditLog audit,
                              @Reference org.wfed.core.NoticeCalendar calendar,
                              @Reference org.wfed.aid.internal.quota.QuotaGrantService grants,
                              org.osgi.framework.BundleContext context) {
        this.db = db;
        this.grants = grants;
        this.scanAboveFen = 100L * Long.parseLong(org.wfed.core.SettingSources.of(context, "configured", null, SCAN_SETTING)
                .stream().findFirst().map(org.wfed.core.SettingSources.Source::value).orElse("5000"));
        this.programmes = programmes;
        this.persons = persons;
        this.orgs = orgs;
        this.access = access;
        this.locks = locks;
        this.sensitive = sensitive;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** Whether the person may apply for the programme on the day, and why not (资格预审). */
    public Eligibility check(Caller caller, long programmeId, long personId, LocalDate on) {
        access.require(caller, AidPermissions.READ);
        Programme p = programmes.get(programmeId);
        PersonFacts f = persons.facts(personId);
        access.checkUnit(caller, f.unitId());
        List<String> reasons = db.read(c -> reasons(c, p, f, on, 0));
        return new Eligibility(reasons.isEmpty(), reasons);
    }

    public Application create(Caller caller, ApplicationInput in) {
        access.require(caller, AidPermissions.APPLY);
        Programme p = programmes.get(in.programmeId());
        PersonFacts f = persons.facts(in.personId());
        access.checkUnit(caller, f.unitId());
        org.wfed.core.Validation.checkUnitExisted("appliedOn", orgs.get(f.unitId()), in.appliedOn());
        long amount = amount(p, in);
        ReviewChain.Steps steps = ReviewChain.resolve(orgs, f.unitId(), p.reviewLevels());
        long id = db.write(c -> {
            locks.checkOpen(c, f.unitId(), in.appliedOn());
            // the person's row lock: two clerks applying for her at once are checked one after the other
            if (!BeneficiaryRepository.lockPerson(c, f.id())) {
                throw WfedException.invalid("AID_NOT_BENEFICIARY", "该人员尚未登记为救助对象，请先登记救助对象信息",
                        "The person is not registered as a beneficiary");
            }
            List<String> reasons = reasons(c, p, f, in.appliedOn(), 0);
            RecipientGroups.Choice group = RecipientGroups.choose(p.rules().categories(),
                    ApplicationRepository.groupsOf(c, f.id()), in.recipientGroup(), CategoryRepository.names(c));
            group.refusal().ifPresent(reasons::add);
            if (!reasons.isEmpty()) {
                throw notEligible(p, reasons);
            }
            // places granted from above (上级下达名额) bind the applications of their year in the grantee's subtree
            grants.checkPlace(c, p, f.unitId(), in.appliedOn().getYear());
            ApplicationRepository.Served served = new ApplicationRepository.Served(group.group(),
                    RecipientGroups.personKind(f.sex(), f.ageOn(in.appliedOn())), in.householdSize(), in.goodsQuantity());
            long newId = ApplicationRepository.insert(c, caller, p.id(), f.id(), f.unitId(), in.appliedOn().getYear(),
                    in.appliedOn(), in.reason(), amount, in.goods(), steps.units(), steps.levels(), served);
            // in the same transaction: a refused bulk line leaves no entry, and no extra commit per line
            audit.ok(c, caller, "aid.application.create", "aid_application", newId, p.code() + " person " + f.id());
            return newId;
        });
        return get(caller, id, false);
    }

    /** Applies for each person of a list; one refused person does not stop the others. */
    public org.wfed.aid.dto.BulkResult createAll(Caller caller, org.wfed.aid.dto.BulkApplicationInput in) {
        access.require(caller, AidPermissions.APPLY);
        List<org.wfed.aid.dto.BulkResult.Line> lines = new ArrayList<>();
        int created = 0;
        for (long personId : in.personIds()) {
            try {
                Application a = create(caller, new ApplicationInput(in.programmeId(), personId, in.reason(), in.amountFen(),
                        in.goods(), in.appliedOn(), in.recipientGroup(), in.householdSize(), in.goodsQuantity()));
                lines.add(new org.wfed.aid.dto.BulkResult.Line(personId, a.id(), null));
                created++;
            } catch (WfedException e) {
                String why = e.status() == 404 ? "找不到该人员，或不在您的管辖范围内" : e.messageZh();
                lines.add(new org.wfed.aid.dto.BulkResult.Line(personId, null, why));
            }
        }
        return new org.wfed.aid.dto.BulkResult(created, lines);
    }

    public Application review(Caller caller, long id, ReviewInput in) {
        ApplicationRow a = reviewable(caller, id, in.version());
        db.write(c -> {
            reviewIn(c, caller, a, in.approve(), in.comment());
            return null;
        });
        return get(caller, id, false);
    }

    /**
     * 批量审核: records one decision for every ticked application in one transaction, each checked and audited as a
     * single review is; the first refused line refuses the whole list (its number in the message).
     */
    public List<Application> reviewAll(Caller caller, BatchReviewInput in) {
        List<ApplicationRow> rows = new ArrayList<>();
        for (int i = 0; i < in.lines().size(); i++) {
            BatchReviewInput.Line line = in.lines().get(i);
            try {
                rows.add(reviewable(caller, line.applicationId(), line.version()));
            } catch (WfedException e) {
                throw lineRefused(i, line.applicationId(), e);
            }
        }
        db.write(c -> {
            for (int i = 0; i < rows.size(); i++) {
                ApplicationRow a = rows.get(i);
                try {
                    reviewIn(c, caller, a, in.approve(), in.comment());
                } catch (WfedException e) {
                    throw lineRefused(i, a.id(), e);
                }
            }
            return null;
        });
        return reread(caller, rows);
    }

    /** An application the caller may review now at its current level, at the version she saw. */
    private ApplicationRow reviewable(Caller caller, long id, int version) {
        ApplicationRow a = row(caller, id);
        access.require(caller, AidPermissions.REVIEW);
        expect(a, version, ApplicationStatus.REVIEWING);
        long reviewUnit = a.reviewUnits().get(a.step());
        if (!access.canSee(caller, reviewUnit)) {
            ReviewLevel level = a.reviewLevels().get(a.step());
            throw WfedException.forbidden("本环节应由" + orgs.get(reviewUnit).name() + "（" + level.labelZh() + "级）审核",
                    "This step is reviewed at the " + level + " level");
        }
        return a;
    }

    /** One review inside the caller's transaction: the decision, the next step or the reservation, the audit. */
    private void reviewIn(Connection c, Caller caller, ApplicationRow a, boolean approve, String comment) throws SQLException {
        ReviewLevel level = a.reviewLevels().get(a.step());
        Programme p = programmes.get(a.programmeId());
        locks.checkOpen(c, a.unitId(), a.appliedOn());
        ApplicationRepository.insertReview(c, a, caller, approve, comment);
        if (!approve) {
            ApplicationRepository.advance(c, a, ApplicationStatus.REJECTED, a.step(), null, null);
        } else if (a.lastStep()) {
            ApplicationRepository.advance(c, a, ApplicationStatus.APPROVED, a.step(), null, null);
            Counters.reserveBudget(c, p, a.year(), a.amountFen());
            Counters.takeQuota(c, p, a.unitId(), a.year());
        } else {
            int next = a.step() + 1;
            ApplicationRepository.advance(c, a, ApplicationStatus.REVIEWING, next, a.reviewUnits().get(next),
                    a.reviewLevels().get(next));
        }
        audit.ok(c, caller, approve ? "aid.application.approve" : "aid.application.reject", "aid_application", a.id(),
                level.name());
    }

    /** A line of a batch refused: the message names the line and says that nothing of the batch was done. */
    private static WfedException lineRefused(int index, long applicationId, WfedException e) {
        String who = "第" + (index + 1) + "笔（申请编号" + applicationId + "）";
        return new WfedException(e.status(), e.code(), who + "：" + e.messageZh() + "。本批均未处理",
                "Line " + (index + 1) + " (application " + applicationId + "): " + e.messageEn() + "; nothing was done",
                e.fields());
    }

    private List<Application> reread(Caller caller, List<ApplicationRow> rows) {
        List<Application> out = new ArrayList<>();
        for (ApplicationRow a : rows) {
            out.add(get(caller, a.id(), false));
        }
        return out;
    }

    public Application notice(Caller caller, long id, NoticeInput in) {
        ApplicationRow a = row(caller, id);
        access.require(caller, AidPermissions.REVIEW);
        expect(a, in.version(), ApplicationStatus.APPROVED);
        Programme p = programmes.get(a.programmeId());
        if (p.noticeDays() == 0) {
            throw WfedException.conflict("AID_NO_NOTICE", "「" + p.name() + "」无需公示，可直接发放", "No public notice needed");
        }
        // 公示 days are working days on the federation's calendar, as in every workflow (docs/aid.md)
        LocalDate to = calendar.end(in.from(), p.noticeDays(), true);
        db.write(c -> {
            // the notice announces the approval: it cannot have started before it (issue 22: no backdating)
            PublicNotice.checkStart("from", in.from(), ApplicationRepository.approvedOn(c, id));
            locks.checkOpen(c, a.unitId(), in.from());
            ApplicationRepository.notice(c, a, in.from(), to);
            audit.ok(c, caller, "aid.application.notice", "aid_application", id, in.from() + "–" + to);
            return null;
        });
        return get(caller, id, false);
    }

    public Application pay(Caller caller, long id, PaymentInput in) {
        ApplicationRow a = row(caller, id);
        access.require(caller, AidPermissions.PAY);
        db.write(c -> {
            payIn(c, caller, a, in);
            return null;
        });
        return get(caller, id, false);
    }

    /**
     * 批量发放: pays every line of an approved list in one transaction, each payment checked and audited as a
     * single one is; the first refused line refuses the whole list (its number and name in the message).
     */
    public List<Application> payAll(Caller caller, org.wfed.aid.dto.BatchPaymentInput in) {
        access.require(caller, AidPermissions.PAY);
        List<ApplicationRow> rows = new ArrayList<>();
        for (org.wfed.aid.dto.BatchPaymentInput.Line line : in.lines()) {
            rows.add(row(caller, line.applicationId()));
        }
        db.write(c -> {
            for (int i = 0; i < rows.size(); i++) {
                ApplicationRow a = rows.get(i);
                org.wfed.aid.dto.BatchPaymentInput.Line line = in.lines().get(i);
                try {
                    payIn(c, caller, a, new PaymentInput(line.amountFen() == null ? a.amountFen() : line.amountFen(),
                            in.paidOn(), in.channel(), line.version()));
                } catch (WfedException e) {
                    throw lineRefused(i, a.id(), e);
                }
            }
            return null;
        });
        return reread(caller, rows);
    }

    /** One payment inside the caller's transaction: the gate rules, the bank account, the ledger and the audit. */
    private void payIn(Connection c, Caller caller, ApplicationRow a, PaymentInput in) throws SQLException {
        Programme p = programmes.get(a.programmeId());
        PublicNotice.checkNotBefore("paidOn", in.paidOn(), ApplicationRepository.approvedOn(c, a.id()), "审批通过日期");
        checkPayable(a, p, in);
        PublicNotice.checkNoOpenObjections("发放", ObjectionStore.open(c, a.id()));
        locks.checkOpen(c, a.unitId(), in.paidOn());
        String account = null;
        if (in.channel() == PayChannel.BANK) {
            account = BeneficiaryRepository.byPerson(c, a.personId()).map(BeneficiaryRow::bankAccount).orElse(null);
            if (account == null) {
                throw WfedException.invalid("AID_NO_BANK_ACCOUNT", "该救助对象未登记银行账号，不能打卡发放",
                        "The beneficiary has no bank account");
            }
        }
        ApplicationRepository.pay(c, a, in.paidOn(), in.amountFen(), in.channel(), account);
        Counters.releaseBudget(c, p, a.year(), a.amountFen() - in.amountFen());
        audit.ok(c, caller, "aid.application.pay", "aid_application", a.id(), in.channel() + " " + new Money(in.amountFen()));
    }

    public Application receipt(Caller caller, long id, ReceiptInput in) {
        ApplicationRow a = row(caller, id);
        access.require(caller, AidPermissions.PAY);
        expect(a, in.version(), ApplicationStatus.PAID);
        if (in.receivedOn().isBefore(a.paidOn())) {
            throw WfedException.invalidFields(List.of(new FieldError("receivedOn", "BEFORE_PAYMENT", "签收日期不能早于发放日期")));
        }
        db.write(c -> {
            if (a.paidFen() > scanAboveFen && Jdbc.number(c, "SELECT COUNT(*) FROM aid_receipt_file WHERE application_id = ?", id) == 0) {
                throw WfedException.invalidFields(List.of(new FieldError("scan", "RECEIPT_SCAN_REQUIRED",
                        "发放金额超过" + new Money(scanAboveFen) + "元，须先上传签收单扫描件")));
            }
            locks.checkOpen(c, a.unitId(), in.receivedOn());
            ApplicationRepository.receive(c, a, in.receivedOn(), in.note());
            audit.ok(c, caller, "aid.application.receipt", "aid_application", id, null);
            return null;
        });
        return get(caller, id, false);
    }

    public Application get(Caller caller, long id, boolean reveal) {
        ApplicationRow a = row(caller, id);
        Application base = views(caller, List.of(a), reveal).get(0);
        return withReviews(base, db.read(c -> ApplicationRepository.reviews(c, id)));
    }

    /**
     * Applications of the subtree of {@code unitId}; with {@code inbox} only those waiting for a review
     * by a unit of the subtree (optionally at {@code level}).
     */
    public Page<Application> list(Caller caller, long unitId, Long programmeId, ApplicationStatus status, Integer year,
                                  boolean inbox, ReviewLevel level, Page.Request page) {
        access.require(caller, AidPermissions.READ);
        access.checkUnit(caller, unitId);
        LocalDate today = LocalDate.now();
        Scope scope = orgs.scope(unitId, year == null ? new Period(today, today) : Period.year(year));
        List<Object> p = new ArrayList<>(List.of(scope.unitIdParams()));
        StringBuilder where = new StringBuilder(scope.unitCondition(inbox ? "a.next_unit_id" : "a.unit_id"));
        if (inbox) {
            where.append(" AND a.status = ?");
            p.add(ApplicationStatus.REVIEWING);
            if (level != null) {
                where.append(" AND a.next_level = ?");
                p.add(level);
            }
        } else if (status != null) {
            where.append(" AND a.status = ?");
            p.add(status);
        }
        if (programmeId != null) {
            where.append(" AND a.programme_id = ?");
            p.add(programmeId);
        }
        if (year != null) {
            where.append(" AND a.aid_year = ?");
            p.add(year);
        }
        record Loaded(List<ApplicationRow> rows, long total) {
        }
        Loaded loaded = db.read(c -> new Loaded(ApplicationRepository.page(c, where.toString(), p.toArray(), page.offset(),
                page.size()), ApplicationRepository.count(c, where.toString(), p.toArray())));
        return new Page<>(views(caller, loaded.rows(), false), loaded.total(), page.page(), page.size());
    }

    /** The stored application after checking the caller may read it; 404 outside her subtree. */
    ApplicationRow row(Caller caller, long id) {
        access.require(caller, AidPermissions.READ);
        ApplicationRow a = db.read(c -> ApplicationRepository.byId(c, id))
                .orElseThrow(() -> WfedException.notFound("救助申请 " + id));
        access.checkUnit(caller, a.unitId());
        return a;
    }

    private List<String> reasons(Connection c, Programme p, PersonFacts f, LocalDate on, long excludeId)
            throws SQLException {
        List<String> out = new ArrayList<>();
        if (!p.active()) {
            out.add("「" + p.name() + "」已停用");
        }
        java.util.Optional<BeneficiaryRow> b = BeneficiaryRepository.byPerson(c, f.id());
        if (b.isEmpty()) {
            out.add("该人员尚未登记为救助对象，请先登记救助对象信息");
        }
        List<String> categories = b.map(BeneficiaryRow::categories).orElse(List.of());
        Candidate who = new Candidate(f.sex(), f.ageOn(on), new HashSet<>(categories),
                ApplicationRepository.history(c, f.id(), excludeId), DiagnosisRepository.facts(c, f.id()));
        out.addAll(new EligibilityCheck(CategoryRepository.names(c)).reasons(p.code(), p.name(), p.rules(), who, on.getYear()));
        return out;
    }

    private static WfedException notEligible(Programme p, List<String> reasons) {
        List<FieldError> fields = reasons.stream().map(r -> new FieldError("rules", "NOT_ELIGIBLE", r)).toList();
        return new WfedException(400, "AID_NOT_ELIGIBLE", "不符合「" + p.name() + "」的救助条件：" + String.join("；", reasons),
                "The person is not eligible for this programme", fields);
    }

    private static long amount(Programme p, ApplicationInput in) {
        if (p.amountFen() == null) {
            if (in.amountFen() == null) {
                throw WfedException.invalidFields(List.of(new FieldError("amountFen", "REQUIRED", "请填写救助金额（物资填价值）")));
            }
            return in.amountFen();
        }
        if (in.amountFen() != null && in.amountFen().longValue() != p.amountFen()) {
            throw WfedException.invalidFields(List.of(new FieldError("amountFen", "FIXED_AMOUNT",
                    "本项目救助标准为" + new Money(p.amountFen()) + "元")));
        }
        return p.amountFen();
    }

    private static void expect(ApplicationRow a, int version, ApplicationStatus status) {
        if (a.version() != version) {
            throw WfedException.staleVersion("救助申请 " + a.id());
        }
        if (a.status() != status) {
            throw WfedException.conflict("AID_WRONG_STATUS", "该申请当前为「" + a.status().labelZh() + "」，不能进行此操作（需为「"
                    + status.labelZh() + "」）", "The application is " + a.status() + ", expected " + status);
        }
    }

    /** The public-notice gate (公示) and the payment's channel and amount. */
    private static void checkPayable(ApplicationRow a, Programme p, PaymentInput in) {
        if (a.version() != in.version()) {
            throw WfedException.staleVersion("救助申请 " + a.id());
        }
        if (p.noticeDays() > 0 && a.status() == ApplicationStatus.APPROVED) {
            throw WfedException.conflict("AID_NOTICE_REQUIRED", "「" + p.name() + "」须先公示" + p.noticeDays()
                    + "天，公示期满后才能发放", "A public notice must run first");
        }
        if (a.status() == ApplicationStatus.NOTICE) {
            PublicNotice.checkEnded("发放", in.paidOn(), a.noticeTo());
        }
        if (a.status() != ApplicationStatus.APPROVED && a.status() != ApplicationStatus.NOTICE) {
            throw WfedException.conflict("AID_WRONG_STATUS", "该申请当前为「" + a.status().labelZh() + "」，不能发放",
                    "The application cannot be paid now");
        }
        if (!p.channels().contains(in.channel())) {
            throw WfedException.invalidFields(List.of(new FieldError("channel", "CHANNEL_NOT_ALLOWED",
                    "本项目的发放方式只能是：" + p.channels().stream().map(Enum::name).collect(Collectors.joining("、")))));
        }
        if (in.amountFen() > a.amountFen()) {
            throw WfedException.conflict("AID_OVER_APPROVED", "发放金额不能超过批准金额" + new Money(a.amountFen()) + "元",
                    "The payment exceeds the approved amount");
        }
    }

    private List<Application> views(Caller caller, List<ApplicationRow> rows, boolean reveal) {
        Map<Long, Programme> progs = programmes.list().stream().collect(Collectors.toMap(Programme::id, Function.identity()));
        Map<Long, PersonFacts> people = persons.facts(rows.stream().map(ApplicationRow::personId).distinct().toList());
        LocalDate today = LocalDate.now();
        List<Application> out = new ArrayList<>();
        for (ApplicationRow a : rows) {
            PersonFacts f = people.get(a.personId());
            String name = f == null ? "" : f.name();
            if (f != null && f.ageOn(today) >= 0 && f.ageOn(today) < 14) {
                name = sensitive.show(caller, Sensitive.Kind.CHILD_NAME, name, false, "aid_application", a.id());
            }
            String account = a.bankAccount() == null ? null
                    : sensitive.show(caller, Sensitive.Kind.BANK_ACCOUNT, a.bankAccount(), reveal, "aid_application", a.id());
            boolean reviewing = a.status() == ApplicationStatus.REVIEWING;
            Programme p = progs.get(a.programmeId());
            out.add(new Application(a.id(), a.programmeId(), p == null ? "" : p.name(), a.personId(), name, a.unitId(),
                    a.year(), a.appliedOn(), a.reason(), a.amountFen(), a.goods(), a.status(), a.status().labelZh(),
                    reviewing ? a.reviewLevels().get(a.step()) : null, reviewing ? a.reviewUnits().get(a.step()) : null,
                    a.noticeFrom(), a.noticeTo(), a.paidOn(), a.paidFen(), a.channel(), account, a.receivedOn(),
                    a.receiptNote(), List.of(), a.version(), a.served().group(), a.served().householdSize(),
                    a.served().goodsQuantity()));
        }
        return out;
    }

    private static Application withReviews(Application a, List<org.wfed.aid.dto.Review> reviews) {
        return new Application(a.id(), a.programmeId(), a.programmeName(), a.personId(), a.personName(), a.unitId(),
                a.year(), a.appliedOn(), a.reason(), a.amountFen(), a.goods(), a.status(), a.statusZh(), a.nextLevel(),
                a.nextUnitId(), a.noticeFrom(), a.noticeTo(), a.paidOn(), a.paidFen(), a.channel(), a.bankAccount(),
                a.receivedOn(), a.receiptNote(), reviews, a.version(), a.recipientGroup(), a.householdSize(), a.goodsQuantity());
    }
}
