package org.wfed.aid.internal.imports;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.aid.dto.BeneficiaryInput;
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository;
import org.wfed.aid.internal.beneficiary.BeneficiaryRepository.NewBeneficiary;
import org.wfed.aid.internal.beneficiary.BeneficiaryRow;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.IdNumber;
import org.wfed.core.Masks;
import org.wfed.core.PersonService;
import org.wfed.core.Sensitive;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.imports.CodeList;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.Importer;
import org.wfed.core.imports.RowUpdate;

/**
 * A beneficiary roster (花名册) imported into one unit. People are matched by ID number: a new number registers the
 * person and her beneficiary record; a known one must carry the registered name (a typo in the number would
 * otherwise change another woman's record) and is updated field by field, never erased: columns the file lacks
 * and empty cells keep what is recorded, unless the clerk chose 清空. A child under 14 needs a guardian and the
 * guardian's consent, from the file or already recorded.
 */
final class RosterImporter implements Importer<RosterEntry> {

    private final ImportLayout layout;
    private final long unitId;
    private final PersonService persons;
    private final AccessControl access;
    private final LocalDate today;

    RosterImporter(CodeList categories, long unitId, PersonService persons, AccessControl access, LocalDate today) {
        this.layout = layout(categories);
        this.unitId = unitId;
        this.persons = persons;
        this.access = access;
        this.today = today;
    }

    /** The roster's columns; the first three required. */
    static ImportLayout layout(CodeList categories) {
        return ImportLayout.named("花名册")
                .text("name", "姓名", 50).required().synonyms("姓 名", "妇女姓名", "救助对象姓名", "对象姓名")
                .idNumber("idNumber", "身份证号").required().unique()
                .codes("categories", "困难类别", categories).required().synonyms("困难类型", "类别", "救助类别", "对象类别")
                .help("多个类别用“、”分隔")
                .text("household", "家庭情况", 200).synonyms("家庭基本情况", "困难情况", "致困原因")
                .text("bankName", "开户银行", 100).synonyms("开户行", "银行名称", "开户银行名称")
                .digits("bankAccount", "银行账号", 12, 30).sensitive(Sensitive.Kind.BANK_ACCOUNT)
                .synonyms("银行卡号", "银行帐号", "卡号", "账号", "帐号", "银行卡账号", "收款账号")
                .date("recognizedOn", "认定日期").notAfterToday().synonyms("认定时间", "困难认定日期")
                .text("guardianName", "监护人", 50).synonyms("监护人姓名")
                .text("guardianRelation", "监护人关系", 20).synonyms("与监护人关系", "监护关系")
                .date("guardianConsentOn", "监护人同意日期").notAfterToday().synonyms("监护人同意时间")
                .text("note", "备注", 500).synonyms("说明")
                .note("不满14周岁的儿童须填写监护人和监护人同意日期（已登记过的可不再填写）。")
                .note("已在人员库登记的人按身份证号码匹配，姓名须与登记的一致。")
                .example("王秀英", "11010519491231002X", "低保、残疾", "夫妻二人，丈夫患病", "农村商业银行",
                        "6228480012345678901", "2024-03-01", "", "", "", "")
                .build();
    }

    @Override
    public ImportLayout layout() {
        return layout;
    }

    @Override
    public String target() {
        return "aid.roster/unit/" + unitId;
    }

    @Override
    public String auditAction() {
        return "aid.import.commit";
    }

    @Override
    public String recordType() {
        return "aid_beneficiary";
    }

    @Override
    public RosterEntry entry(ImportRow r) {
        return new RosterEntry(r.text("name"), r.text("idNumber"), r.codes("categories"), r.text("household"),
                r.text("bankName"), r.text("bankAccount"), r.date("recognizedOn"), r.text("guardianName"),
                r.text("guardianRelation"), r.date("guardianConsentOn"), r.text("note"));
    }

    /**
     * No per-row statements: existing people are looked up by ID number and their facts and beneficiary rows read in
     * chunks of 500; new people are registered with one {@code createAll} and new beneficiaries inserted in batches.
     */
    @Override
    public void apply(ImportBatch<RosterEntry> batch) throws java.sql.SQLException {
        var c = batch.connection();
        Caller caller = batch.caller();
        List<ImportEntry<RosterEntry>> entries = batch.entries();
        Map<String, Long> known = entries.isEmpty() ? Map.of()
                : persons.findByIdNumbers(c, entries.stream().map(e -> e.value().idNumber()).toList());
        Map<Long, PersonFacts> facts = known.isEmpty() ? Map.of() : persons.facts(known.values());
        Map<Long, BeneficiaryRow> existing = BeneficiaryRepository.byPersons(c, known.values());
        List<RosterEntry> fresh = new ArrayList<>();
        List<NewBeneficiary> inserts = new ArrayList<>();
        List<Map.Entry<Long, BeneficiaryInput>> updates = new ArrayList<>();
        for (ImportEntry<RosterEntry> e : entries) {
            RosterEntry x = e.value();
            Long personId = known.get(x.idNumber());
            if (personId == null) {
                if (guardianMissing(batch, e, x.idNumber(), x.guardianName(), x.guardianConsentOn())) {
                    continue;
                }
                batch.created(e);
                fresh.add(x);
                continue;
            }
            PersonFacts f = facts.get(personId);
            if (f == null || !access.canSee(caller, f.unitId())) {
                batch.error(e, "idNumber", "该身份证号码的人员已登记在其他单位，不能在此导入");
                continue;
            }
            if (!f.name().equals(x.name())) {
                String registered = f.ageOn(today) < 14 ? Masks.mask(Sensitive.Kind.CHILD_NAME, f.name()) : f.name();
                batch.error(e, "name", "该身份证号码已登记为「" + registered + "」，与本行姓名「" + x.name()
                        + "」不一致：请核对身份证号码（错一位就会改到别人的记录上）和姓名");
                continue;
            }
            BeneficiaryRow b = existing.get(personId);
            if (b == null) {
                if (!guardianMissing(batch, e, x.idNumber(), x.guardianName(), x.guardianConsentOn())) {
                    batch.created(e);
                    inserts.add(new NewBeneficiary(personId, f.unitId(), input(x)));
                }
                continue;
            }
            RowUpdate u = batch.update(e, b.id(), x.name() + " " + Masks.mask(Sensitive.Kind.ID_NUMBER, x.idNumber()));
            BeneficiaryInput merged = new BeneficiaryInput(0L, null, u.merge("categories", b.categories()),
                    u.merge("household", b.household()), u.merge("bankName", b.bankName()),
                    u.merge("bankAccount", b.bankAccount()), b.accountHolder(), u.merge("guardianName", b.guardianName()),
                    u.merge("guardianRelation", b.guardianRelation()), b.guardianPhone(), b.healthConsentOn(),
                    u.merge("guardianConsentOn", b.guardianConsentOn()), u.merge("recognizedOn", b.recognizedOn()),
                    u.merge("note", b.note()), b.version());
            if (guardianMissing(batch, e, x.idNumber(), merged.guardianName(), merged.guardianConsentOn())) {
                continue;
            }
            if (u.changed()) {
                updates.add(Map.entry(b.id(), merged));
            }
        }
        if (!batch.writing()) {
            return;
        }
        List<Long> ids = fresh.isEmpty() ? List.of() : persons.createAll(c, caller, fresh.stream()
                .map(x -> new PersonInput(unitId, x.name(), x.idNumber(), null, null, null, null, null, null, null,
                        null, null)).toList());
        for (int i = 0; i < fresh.size(); i++) {
            inserts.add(new NewBeneficiary(ids.get(i), unitId, input(fresh.get(i))));
        }
        BeneficiaryRepository.insertAll(c, inserts);
        for (Map.Entry<Long, BeneficiaryInput> u : updates) {
            BeneficiaryRepository.update(c, u.getKey(), u.getValue());
        }
    }

    private boolean guardianMissing(ImportBatch<RosterEntry> batch, ImportEntry<RosterEntry> e, String idNumber,
                                    String guardian, LocalDate consent) {
        if (Period.between(IdNumber.parse(idNumber).birthDate(), today).getYears() < 14
                && (guardian == null || consent == null)) {
            batch.error(e, "guardianName", "不满14周岁的儿童须填写监护人和监护人同意日期");
            return true;
        }
        return false;
    }

    private static BeneficiaryInput input(RosterEntry x) {
        return new BeneficiaryInput(0L, null, x.categories(), x.household(), x.bankName(), x.bankAccount(), null,
                x.guardianName(), x.guardianRelation(), null, null, x.guardianConsentOn(), x.recognizedOn(), x.note(), null);
    }
}
