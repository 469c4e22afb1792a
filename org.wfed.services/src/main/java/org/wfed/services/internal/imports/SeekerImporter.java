package org.wfed.services.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wfed.core.AccessControl;
import org.wfed.core.Jdbc;
import org.wfed.core.PersonService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.Importer;
import org.wfed.services.dto.SeekerInput;
import org.wfed.services.internal.Records;
import org.wfed.services.internal.employment.Seekers;

/**
 * A job seekers' list (求职人员名单) for one unit: every row a new seeker, linked to the registry when it names an ID
 * number (her registered name must match), checked by the same rules as a single registration; a row that is already
 * registered (same name and day in the unit) or refused refuses the list.
 */
public final class SeekerImporter implements Importer<SeekerImporter.Entry> {

    /** One row of the list. */
    public record Entry(String name, String idNumber, String skills, String wishes, LocalDate registeredOn, boolean unemployed,
                        LocalDate unemployedSince) {
    }

    public static final ImportLayout LAYOUT = ImportLayout.named("求职人员名单")
            .text("name", "姓名", 50).required()
            .idNumber("idNumber", "身份证号").unique()
            .text("skills", "技能特长", 500).synonyms("技能", "特长")
            .text("wishes", "求职意向", 500).synonyms("意向", "求职意愿")
            .date("registeredOn", "登记日期").required().notAfterToday().synonyms("求职登记日期")
            .code("unemployed", "登记失业", ListImports.YES_NO).synonyms("是否登记失业", "失业登记", "是否失业")
            .date("unemployedSince", "失业日期").notAfterToday().synonyms("失业时间")
            .note("每行一名求职人员；填写身份证号的，须已在人员库登记，姓名须与登记的一致。登记失业填“是”或“否”。")
            .example("王秀英", "", "家政、育婴", "社区附近、时间灵活", "2025-03-01", "是", "2024-12-01")
            .build();

    private static final Map<String, String> COLUMNS = Map.of("name", "name", "personId", "idNumber", "skills", "skills",
            "wishes", "wishes", "registeredOn", "registeredOn", "unemployedSince", "unemployedSince");

    private final long unitId;
    private final Records records;
    private final Seekers seekers;
    private final PersonService persons;
    private final AccessControl access;

    public SeekerImporter(long unitId, Records records, Seekers seekers, PersonService persons) {
        this.unitId = unitId;
        this.records = records;
        this.seekers = seekers;
        this.persons = persons;
        this.access = records.access();
    }

    @Override public ImportLayout layout() { return LAYOUT; }
    @Override public String target() { return "services/seekers/unit/" + unitId; }
    @Override public String auditAction() { return "services.seeker.import"; }
    @Override public String recordType() { return "seeker"; }

    @Override
    public Entry entry(ImportRow r) {
        boolean unemployed = "Y".equals(r.text("unemployed"));
        if (!unemployed && r.date("unemployedSince") != null) {
            r.error("unemployedSince", "未登记失业的人员不填失业日期");
        }
        return new Entry(r.text("name"), r.text("idNumber"), r.text("skills"), r.text("wishes"), r.date("registeredOn"),
                unemployed, r.date("unemployedSince"));
    }

    @Override
    public void apply(ImportBatch<Entry> batch) throws SQLException {
        Connection c = batch.connection();
        List<String> numbers = batch.entries().stream().map(e -> e.value().idNumber()).filter(Objects::nonNull).toList();
        Map<String, Long> ids = numbers.isEmpty() ? Map.of() : persons.findByIdNumbers(c, numbers);
        Map<Long, PersonFacts> facts = ids.isEmpty() ? Map.of() : persons.facts(ids.values());
        Map<String, Integer> seen = new HashMap<>();
        List<SeekerInput> accepted = new ArrayList<>();
        for (ImportEntry<Entry> e : batch.entries()) {
            Entry x = e.value();
            Long personId = null;
            if (x.idNumber() != null) {
                personId = ids.get(x.idNumber());
                PersonFacts f = personId == null ? null : facts.get(personId);
                if (f == null || !access.canSee(batch.caller(), f.unitId())) {
                    batch.error(e, "idNumber", "人员库中没有该身份证号码的人员（或不在您的管辖范围内），请先在“人员”中登记，或不填身份证号");
                    continue;
                }
                if (!f.name().equals(x.name())) {
                    batch.error(e, "name", "该身份证号码已登记为「" + f.name() + "」，与本行姓名「" + x.name() + "」不一致");
                    continue;
                }
            }
            String key = x.name() + "|" + x.registeredOn();
            if (seen.put(key, e.row().number()) != null || Jdbc.number(c, "SELECT COUNT(*) FROM svc_seeker WHERE unit_id = ? "
                    + "AND name = ? AND registered_on = ?", unitId, x.name(), x.registeredOn()) > 0) {
                batch.error(e, "name", "「" + x.name() + "」" + x.registeredOn() + "已登记求职，不能重复登记");
                continue;
            }
            SeekerInput in;
            try {
                in = new SeekerInput(unitId, personId, x.name(), x.skills(), x.wishes(), x.registeredOn(), x.unemployed(),
                        x.unemployedSince(), null);
                records.checkDay(c, unitId, "registeredOn", x.registeredOn());
            } catch (WfedException refusal) {
                ListImports.refuse(batch, e, refusal, COLUMNS, "registeredOn");
                continue;
            }
            batch.created(e);
            accepted.add(in);
        }
        if (batch.writing()) {
            for (SeekerInput in : accepted) {
                seekers.insert(c, in, in.name().trim());
            }
        }
    }
}
