package org.wfed.rights.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;
import org.wfed.core.imports.CodeList;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.Importer;
import org.wfed.rights.dto.CaseInput;
import org.wfed.rights.dto.CaseKind;
import org.wfed.rights.dto.CaseSource;
import org.wfed.rights.dto.CloseInput;
import org.wfed.rights.dto.Outcome;
import org.wfed.rights.dto.PartyInput;
import org.wfed.rights.dto.PartyRole;
import org.wfed.rights.internal.cases.CaseService;

/**
 * An office's existing case 台账 (维权个案台账) for one unit, through core's import path: every row a case with its
 * applicant (and respondent), and its outcome when the row says it was closed; rows of a case already registered
 * (same unit, intake day, kind and applicant) are left unchanged, so importing the file twice adds nothing. Any
 * refused row refuses the file.
 */
public final class CaseImporter implements Importer<CaseImporter.Entry> {

    /** One row: the case at intake and, when closed, its outcome. */
    record Entry(CaseInput input, Outcome outcome, java.time.LocalDate closedOn, String outcomeNote) {
    }

    static final CodeList SOURCES = CodeList.builder().add("VISIT", "来访", "上访", "接访", "来访接待")
            .add("LETTER", "来信").add("HOTLINE", "12338热线", "12338", "热线", "电话").add("REFERRAL", "转介", "转办", "移交")
            .add("STATION", "维权站（调解室）", "维权站", "调解室").build();
    static final CodeList KINDS = CodeList.builder()
            .add("MARITAL_DISPUTE", "婚姻家庭纠纷", "婚姻纠纷", "家庭纠纷", "离婚纠纷", "婚姻家庭")
            .add("DOMESTIC_VIOLENCE", "家庭暴力", "家暴").add("RIGHTS_INFRINGEMENT", "权益侵害", "侵权")
            .add("LEGAL_CONSULTATION", "法律咨询", "咨询").build();
    static final CodeList OUTCOMES = CodeList.builder().add("RECONCILED", "调解和好", "和好", "调解成功")
            .add("DIVORCED", "和平离婚", "协议离婚").add("REFERRED", "转介").add("LEGAL_AID", "法律援助")
            .add("LITIGATION", "诉讼", "起诉").add("WITHDRAWN", "撤回", "撤诉").add("OTHER", "其他").build();

    public static final ImportLayout LAYOUT = ImportLayout.named("维权个案台账")
            .date("intakeOn", "受理日期").required().notAfterToday().synonyms("日期", "来访日期", "登记日期")
            .code("source", "来源", SOURCES).synonyms("案件来源", "受理方式")
            .code("kind", "类别", KINDS).required().synonyms("纠纷类别", "案件类别", "类型")
            .text("applicant", "求助人", 50).required().synonyms("当事人", "来访人", "姓名", "申请人")
            .phone("phone", "联系电话").synonyms("电话", "手机")
            .text("respondent", "对方当事人", 50).synonyms("被申请人", "对方")
            .text("request", "诉求", 1000).synonyms("主要诉求", "求助事项")
            .text("narrative", "基本情况", 4000).synonyms("简要案情", "案情", "情况")
            .text("handler", "承办人", 50).required().synonyms("经办人", "接待人")
            .integer("visitors", "来访人次", 0, 10_000).synonyms("接待人次", "来访人数")
            .code("outcome", "处理结果", OUTCOMES).synonyms("结果", "调处结果")
            .date("closedOn", "结案日期").notAfterToday().synonyms("办结日期")
            .text("outcomeNote", "结果说明", 200).synonyms("转介单位", "备注")
            .note("每行一起个案。已结案的填写处理结果和结案日期；转介的须在“结果说明”写明转至何处。")
            .note("同一单位、受理日期、类别和求助人已登记的个案不会重复导入。")
            .example("2026-03-08", "来访", "婚姻家庭纠纷", "王某某", "13900000000", "张某", "要求调解", "因家庭琐事发生矛盾", "李主任", "2",
                    "调解和好", "2026-03-20", "")
            .build();

    private final long unitId;
    private final CaseService cases;
    private final AuditLog audit;

    public CaseImporter(long unitId, CaseService cases, AuditLog audit) {
        this.unitId = unitId;
        this.cases = cases;
        this.audit = audit;
    }

    @Override public ImportLayout layout() { return LAYOUT; }
    @Override public String target() { return "rights.cases/unit/" + unitId; }
    @Override public String auditAction() { return "rights.case.import"; }
    @Override public String recordType() { return "rightsCase"; }

    @Override
    public Entry entry(ImportRow r) {
        List<PartyInput> parties = new ArrayList<>();
        parties.add(new PartyInput(PartyRole.APPLICANT, null, r.text("applicant"), r.text("phone"), null));
        if (r.text("respondent") != null) {
            parties.add(new PartyInput(PartyRole.RESPONDENT, null, r.text("respondent"), null, null));
        }
        Long visitors = r.integer("visitors");
        String outcome = r.text("outcome");
        if ((outcome == null) != (r.date("closedOn") == null)) {
            r.error(outcome == null ? "outcome" : "closedOn", "已结案的个案须同时填写处理结果和结案日期");
            return null;
        }
        try {
            return new Entry(new CaseInput(unitId, r.date("intakeOn"), r.text("source") == null ? CaseSource.VISIT
                    : CaseSource.valueOf(r.text("source")), null, null, CaseKind.valueOf(r.text("kind")), null, r.text("request"),
                    r.text("narrative"), r.text("handler"), visitors == null ? 1 : visitors.intValue(), parties),
                    outcome == null ? null : Outcome.valueOf(outcome), r.date("closedOn"), r.text("outcomeNote"));
        } catch (WfedException e) {
            refuse(r, e);
            return null;
        }
    }

    @Override
    public void apply(ImportBatch<Entry> batch) throws SQLException {
        Connection c = batch.connection();
        Caller caller = batch.caller();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (ImportEntry<Entry> e : batch.entries()) {
            Entry x = e.value();
            CaseInput in = x.input();
            Integer first = seen.putIfAbsent(in.intakeOn() + "/" + in.kind() + "/" + in.parties().get(0).name().trim(), e.row().number());
            if (first != null) {
                batch.error(e, "applicant", "与第" + first + "行是同一起个案（受理日期、类别、求助人相同）");
                continue;
            }
            if (x.closedOn() != null && x.closedOn().isBefore(in.intakeOn())) {
                batch.error(e, "closedOn", "结案日期不能早于受理日期");
                continue;
            }
            if (x.outcome() == Outcome.REFERRED && (x.outcomeNote() == null || x.outcomeNote().isBlank())) {
                batch.error(e, "outcomeNote", "转介的个案须写明转至何处");
                continue;
            }
            if (Jdbc.number(c, "SELECT COUNT(*) FROM rights_case k JOIN rights_party p ON p.case_id = k.id WHERE k.unit_id = ? "
                    + "AND k.intake_on = ? AND k.kind = ? AND p.party_role = 'APPLICANT' AND p.name = ?", unitId, in.intakeOn(),
                    in.kind().name(), in.parties().get(0).name().trim()) > 0) {
                batch.unchanged(e);
                continue;
            }
            try {
                cases.checkIntake(c, caller, in);
            } catch (WfedException refused) {
                refuse(batch, e, refused);
                continue;
            }
            batch.created(e);
            if (!batch.writing()) {
                continue;
            }
            try {
                long id = cases.insert(c, caller, in);
                if (x.outcome() != null) {
                    cases.closeCase(c, cases.facts(c, id), new CloseInput(x.outcome(), x.outcomeNote(), x.closedOn(), 0));
                }
                audit.ok(c, caller, "rights.case.create", "rightsCase", id, in.intakeOn() + " " + in.kind().labelZh() + "（导入）");
            } catch (WfedException refused) {
                refuse(batch, e, refused);
            }
        }
    }

    private static void refuse(ImportBatch<Entry> batch, ImportEntry<Entry> e, WfedException refused) {
        for (FieldError f : refused.fields()) {
            batch.error(e, column(f.field()), f.message());
        }
        if (refused.fields().isEmpty()) {
            batch.error(e, "intakeOn", refused.messageZh());
        }
    }

    /** An input rule's field errors as the row's errors under the layout's columns. */
    private static void refuse(ImportRow r, WfedException e) {
        for (FieldError f : e.fields()) {
            r.error(column(f.field()), f.message());
        }
    }

    private static String column(String field) {
        return switch (field) {
            case "parties[0].name" -> "applicant";
            case "parties[0].phone" -> "phone";
            case "parties[1].name" -> "respondent";
            case "note" -> "outcomeNote";
            default -> LAYOUT.columns().stream().anyMatch(c -> c.key().equals(field)) ? field : "intakeOn";
        };
    }
}
