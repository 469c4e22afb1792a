package org.wfed.rights.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wfed.core.AuditLog;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;
import org.wfed.core.imports.CodeList;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.Importer;
import org.wfed.rights.dto.Colour;
import org.wfed.rights.dto.FamilyInput;
import org.wfed.rights.dto.MemberInput;
import org.wfed.rights.internal.families.FamilyService;

/**
 * An office's existing 三色家庭 files for one unit: each row a household with its colour (of the deployment's scheme,
 * by code or name: 红/红色/RED), reason, the person responsible, the day it was put on file and its members
 * (names separated by 、); a household already on file (same unit, name and day) is left unchanged. Any refused row
 * refuses the file.
 */
public final class FamilyImporter implements Importer<FamilyInput> {
    private final long unitId;
    private final ImportLayout layout;
    private final FamilyService families;
    private final AuditLog audit;

    public FamilyImporter(long unitId, List<Colour> colours, FamilyService families, AuditLog audit) {
        this.unitId = unitId;
        this.layout = layout(colours);
        this.families = families;
        this.audit = audit;
    }

    /** The layout over the deployment's colours: each answers to its code, its name and its first character. */
    public static ImportLayout layout(List<Colour> colours) {
        CodeList.Builder codes = CodeList.builder();
        for (Colour c : colours) {
            codes.add(c.code(), c.nameZh(), c.code(), c.nameZh().substring(0, 1), c.nameZh() + "家庭");
        }
        return ImportLayout.named("三色家庭档案")
                .text("household", "家庭（户名）", 100).required().synonyms("户名", "家庭", "户主")
                .text("address", "住址", 200).synonyms("家庭住址", "地址")
                .code("colour", "颜色", codes.build()).required().synonyms("等级", "颜色等级", "类别")
                .text("reason", "原因", 500).required().synonyms("列入原因", "风险情况", "情况")
                .text("responsible", "责任人", 50).required().synonyms("联系人", "网格员", "包联人")
                .date("openedOn", "建档日期").required().notAfterToday().synonyms("日期", "登记日期")
                .text("members", "家庭成员", 500).synonyms("成员")
                .note("颜色填写本系统配置的颜色（如红色、橙色、黄色、绿色）；家庭成员之间用顿号分隔。")
                .note("同一单位、户名和建档日期已在档的家庭不会重复导入。")
                .example("王某某户", "某小区3栋", colours.isEmpty() ? "" : colours.get(0).nameZh(), "婚姻矛盾", "网格员李某",
                        "2026-03-01", "王某某、张某")
                .build();
    }

    @Override public ImportLayout layout() { return layout; }
    @Override public String target() { return "rights.families/unit/" + unitId; }
    @Override public String auditAction() { return "rights.family.import"; }
    @Override public String recordType() { return "rightsFamily"; }

    @Override
    public FamilyInput entry(ImportRow r) {
        String members = r.text("members");
        List<MemberInput> list = members == null ? List.of() : Arrays.stream(members.split("[、，,;；\\s]+"))
                .filter(s -> !s.isBlank()).map(s -> new MemberInput(null, s.trim(), null)).toList();
        try {
            return new FamilyInput(unitId, r.text("household"), r.text("address"), r.text("colour"), r.text("reason"),
                    r.text("responsible"), r.date("openedOn"), list);
        } catch (WfedException e) {
            for (FieldError f : e.fields()) {
                r.error(f.field().startsWith("members") ? "members" : f.field(), f.message());
            }
            return null;
        }
    }

    @Override
    public void apply(ImportBatch<FamilyInput> batch) throws SQLException {
        Connection c = batch.connection();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportEntry<FamilyInput> e : batch.entries()) {
            FamilyInput in = e.value();
            Integer first = seen.putIfAbsent(in.household().trim() + "/" + in.openedOn(), e.row().number());
            if (first != null) {
                batch.error(e, "household", "与第" + first + "行是同一户（户名、建档日期相同）");
                continue;
            }
            if (Jdbc.number(c, "SELECT COUNT(*) FROM rights_family WHERE unit_id = ? AND household = ? AND opened_on = ?", unitId,
                    in.household().trim(), in.openedOn()) > 0) {
                batch.unchanged(e);
                continue;
            }
            try {
                families.checkFile(c, batch.caller(), in);
            } catch (WfedException refused) {
                refuse(batch, e, refused);
                continue;
            }
            batch.created(e);
            if (!batch.writing()) {
                continue;
            }
            try {
                long id = families.insert(c, batch.caller(), in);
                audit.ok(c, batch.caller(), "rights.family.create", "rightsFamily", id, in.openedOn() + " " + in.colour() + "（导入）");
            } catch (WfedException refused) {
                refuse(batch, e, refused);
            }
        }
    }

    private static void refuse(ImportBatch<FamilyInput> batch, ImportEntry<FamilyInput> e, WfedException refused) {
        for (FieldError f : refused.fields()) {
            batch.error(e, f.field().startsWith("members") ? "members" : f.field(), f.message());
        }
        if (refused.fields().isEmpty()) {
            batch.error(e, "openedOn", refused.messageZh());
        }
    }
}
