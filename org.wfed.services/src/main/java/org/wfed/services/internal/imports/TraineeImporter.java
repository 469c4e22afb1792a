package org.wfed.services.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.wfed.core.AccessControl;
import org.wfed.core.PersonService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.Importer;
import org.wfed.services.dto.TraineeInput;
import org.wfed.services.internal.training.Courses;

/**
 * A course's trainee list (学员名单): every row a trainee with her outcomes, linked to the registry when it names an ID
 * number; a certificate only for a trainee who completed; any refused row refuses the list.
 */
public final class TraineeImporter implements Importer<TraineeImporter.Entry> {

    /** One row of the list. */
    public record Entry(String name, String idNumber, boolean completed, boolean certified, boolean employedAfter) {
    }

    public static final ImportLayout LAYOUT = ImportLayout.named("培训学员名单")
            .text("name", "姓名", 50).required().synonyms("学员姓名")
            .idNumber("idNumber", "身份证号").unique()
            .code("completed", "结业", ListImports.YES_NO).synonyms("是否结业")
            .code("certified", "取得证书", ListImports.YES_NO).synonyms("是否取证", "取证")
            .code("employedAfter", "培训后就业", ListImports.YES_NO).synonyms("是否就业", "实现就业")
            .note("每行一名学员；填写身份证号的，须已在人员库登记，姓名须与登记的一致。结业、取得证书、培训后就业填“是”或“否”。")
            .example("李桂兰", "", "是", "是", "否")
            .build();

    private final long courseId;
    private final Courses courses;
    private final PersonService persons;
    private final AccessControl access;

    public TraineeImporter(long courseId, Courses courses, PersonService persons, AccessControl access) {
        this.courseId = courseId;
        this.courses = courses;
        this.persons = persons;
        this.access = access;
    }

    @Override public ImportLayout layout() { return LAYOUT; }
    @Override public String target() { return "services/courses/" + courseId + "/trainees"; }
    @Override public String auditAction() { return "services.trainee.import"; }
    @Override public String recordType() { return "course"; }

    @Override
    public Entry entry(ImportRow r) {
        boolean completed = "Y".equals(r.text("completed"));
        boolean certified = "Y".equals(r.text("certified"));
        if (certified && !completed) {
            r.error("certified", "未结业的学员不能取得证书");
        }
        return new Entry(r.text("name"), r.text("idNumber"), completed, certified, "Y".equals(r.text("employedAfter")));
    }

    @Override
    public void apply(ImportBatch<Entry> batch) throws SQLException {
        Connection c = batch.connection();
        courses.checkWritable(c, batch.caller(), courseId);
        List<String> numbers = batch.entries().stream().map(e -> e.value().idNumber()).filter(Objects::nonNull).toList();
        Map<String, Long> ids = numbers.isEmpty() ? Map.of() : persons.findByIdNumbers(c, numbers);
        Map<Long, PersonFacts> facts = ids.isEmpty() ? Map.of() : persons.facts(ids.values());
        Set<String> names = new HashSet<>(courses.traineeNames(c, courseId));
        List<TraineeInput> accepted = new ArrayList<>();
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
            if (personId == null && !names.add(x.name())) {
                batch.error(e, "name", "「" + x.name() + "」已是本期培训的学员");
                continue;
            }
            try {
                accepted.add(new TraineeInput(personId, x.name(), x.completed(), x.certified(), x.employedAfter(), null, null));
            } catch (WfedException refusal) {
                ListImports.refuse(batch, e, refusal, Map.of("certified", "certified", "name", "name"), "name");
                continue;
            }
            batch.created(e);
        }
        if (batch.writing()) {
            for (TraineeInput in : accepted) {
                courses.insertTrainee(c, batch.caller(), courseId, in);
            }
        }
    }
}
