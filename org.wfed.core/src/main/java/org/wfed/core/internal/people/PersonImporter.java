package org.wfed.core.internal.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;
import org.wfed.core.Masks;
import org.wfed.core.Sensitive;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.Importer;
import org.wfed.core.imports.RowUpdate;

/**
 * A list of people (人员名单) pasted or uploaded into one unit. People are matched by ID number: a new number
 * registers her in the unit; a known one must be in the caller's subtree and carry the registered name (one wrong
 * digit would otherwise change another woman's record), and only the phone, household and occupation the file
 * gives are changed, field by field (empty cells keep what is recorded unless the clerk chose 清空).
 */
final class PersonImporter implements Importer<PersonImporter.Entry> {

    /** One row of the list. */
    record Entry(String name, String idNumber, String phone, String household, String occupation) {
    }

    static final ImportLayout LAYOUT = ImportLayout.named("人员名单")
            .text("name", "姓名", 50).required().synonyms("姓 名", "妇女姓名")
            .idNumber("idNumber", "身份证号").required().unique()
            .phone("phone", "联系电话").sensitive(Sensitive.Kind.PHONE).synonyms("电话", "手机", "手机号码", "联系方式")
            .text("household", "户籍地", 100).synonyms("户籍", "户籍所在地", "住址", "家庭住址")
            .text("occupation", "职业", 50).synonyms("工作单位及职务", "职务", "工作")
            .note("已在人员库登记的人按身份证号码匹配，姓名须与登记的一致；只修改文件中填写的列。")
            .example("王秀英", "11010519491231002X", "13800138000", "东湖街道", "个体经营")
            .build();

    private final long unitId;
    private final PersonServiceImpl persons;
    private final AccessControl access;

    PersonImporter(long unitId, PersonServiceImpl persons, AccessControl access) {
        this.unitId = unitId;
        this.persons = persons;
        this.access = access;
    }

    @Override
    public ImportLayout layout() {
        return LAYOUT;
    }

    @Override
    public String target() {
        return "people/unit/" + unitId;
    }

    @Override
    public String auditAction() {
        return "people.import";
    }

    @Override
    public String recordType() {
        return "person";
    }

    @Override
    public Entry entry(ImportRow r) {
        return new Entry(r.text("name"), r.text("idNumber"), r.text("phone"), r.text("household"), r.text("occupation"));
    }

    /** The recorded values an import may change. */
    private record Current(String phone, String household, String occupation) {
    }

    @Override
    public void apply(ImportBatch<Entry> batch) throws SQLException {
        Connection c = batch.connection();
        Caller caller = batch.caller();
        List<ImportEntry<Entry>> entries = batch.entries();
        Map<String, Long> known = entries.isEmpty() ? Map.of()
                : persons.findByIdNumbers(c, entries.stream().map(e -> e.value().idNumber()).toList());
        Map<Long, PersonFacts> facts = known.isEmpty() ? Map.of() : persons.facts(known.values());
        Map<Long, Current> current = current(c, known.values());
        List<Entry> fresh = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (ImportEntry<Entry> e : entries) {
            Entry x = e.value();
            Long id = known.get(x.idNumber());
            if (id == null) {
                batch.created(e);
                fresh.add(x);
                continue;
            }
            if (!sameWoman(batch, e, facts.get(id), x.name(), access)) {
                continue;
            }
            Current now = current.get(id);
            RowUpdate u = batch.update(e, id, x.name() + " " + Masks.mask(Sensitive.Kind.ID_NUMBER, x.idNumber()));
            Object[] row = {u.merge("phone", now.phone()), u.merge("household", now.household()),
                    u.merge("occupation", now.occupation()), id};
            if (u.changed()) {
                updates.add(row);
            }
        }
        if (!batch.writing()) {
            return;
        }
        if (!fresh.isEmpty()) {
            persons.createAll(c, caller, fresh.stream().map(x -> new PersonInput(unitId, x.name(), x.idNumber(), null, null,
                    x.phone(), x.household(), null, null, x.occupation(), null, null)).toList());
        }
        for (Object[] row : updates) {
            Jdbc.update(c, "UPDATE core_person SET phone = ?, household = ?, occupation = ?, version = version + 1 WHERE id = ?", row);
        }
    }

    /**
     * Whether a row's known ID number may be imported: the person is of the caller's subtree and carries the row's name
     * (one wrong digit would otherwise change another woman's record); otherwise the row is refused with why.
     */
    static <T> boolean sameWoman(ImportBatch<T> batch, ImportEntry<T> e, PersonFacts f, String name, AccessControl access) {
        if (f == null || !access.canSee(batch.caller(), f.unitId())) {
            batch.error(e, "idNumber", "该身份证号码的人员已登记在其他单位，不能在此导入");
            return false;
        }
        if (!f.name().equals(name)) {
            String registered = f.ageOn(java.time.LocalDate.now()) < 14 ? Masks.mask(Sensitive.Kind.CHILD_NAME, f.name()) : f.name();
            batch.error(e, "name", "该身份证号码已登记为「" + registered + "」，与本行姓名「" + name
                    + "」不一致：请核对身份证号码（错一位就会改到别人的记录上）和姓名");
            return false;
        }
        return true;
    }

    private static Map<Long, Current> current(Connection c, java.util.Collection<Long> ids) throws SQLException {
        Map<Long, Current> out = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 500) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Jdbc.list(c, "SELECT id, phone, household, occupation FROM core_person WHERE id IN (" + marks + ")",
                    rs -> out.put(rs.getLong(1), new Current(rs.getString(2), rs.getString(3), rs.getString(4))), chunk.toArray());
        }
        return out;
    }
}
