package org.wfed.elections.internal.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.imports.CodeList;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.Importer;
import org.wfed.elections.internal.People;
import org.wfed.elections.internal.store.ElectionState;
import org.wfed.elections.internal.store.ElectionStore;
import org.wfed.elections.internal.store.PositionRow;

/**
 * A candidate list (候选人名单) pasted or uploaded for one position: each row names a person of the registry by ID
 * number (and her registered name) and passes the same 资格审查 as a single nomination; any refused row refuses the
 * list. Every nomination is audited as a single one is.
 */
public final class CandidateImporter implements Importer<CandidateImporter.Entry> {

    /** One row of the list. */
    record Entry(String name, String idNumber, String sector, boolean inTwoCommittees, boolean fullTime) {
    }

    /** A row that passed, to be written. */
    private record Nomination(long personId, Entry entry) {
    }

    static final CodeList YES_NO = CodeList.builder().add("Y", "是", "√", "Y", "1").add("N", "否", "×", "N", "0").build();

    public static final ImportLayout LAYOUT = ImportLayout.named("候选人名单")
            .text("name", "姓名", 50).required().synonyms("候选人姓名", "姓 名")
            .idNumber("idNumber", "身份证号").required().unique()
            .text("sector", "界别", 50).synonyms("所在界别", "代表界别")
            .code("inTwoCommittees", "两委成员", YES_NO).synonyms("是否两委", "村（社区）两委")
            .code("fullTime", "专职", YES_NO).synonyms("是否专职", "专兼职")
            .note("候选人须已在人员库登记，按身份证号码匹配，姓名须与登记的一致；两委成员、专职填“是”或“否”。")
            .example("王秀英", "11010519491231002X", "社区工作者", "是", "否")
            .build();

    private final long electionId;
    private final long positionId;
    private final ElectionStore store;
    private final People people;
    private final AccessControl access;
    private final AuditLog audit;

    CandidateImporter(long electionId, long positionId, ElectionStore store, People people, AccessControl access, AuditLog audit) {
        this.electionId = electionId;
        this.positionId = positionId;
        this.store = store;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public ImportLayout layout() {
        return LAYOUT;
    }

    @Override
    public String target() {
        return "elections/" + electionId + "/position/" + positionId;
    }

    @Override
    public String auditAction() {
        return "elections.candidate.import";
    }

    @Override
    public String recordType() {
        return "election";
    }

    @Override
    public Entry entry(ImportRow r) {
        return new Entry(r.text("name"), r.text("idNumber"), r.text("sector"), "Y".equals(r.text("inTwoCommittees")),
                "Y".equals(r.text("fullTime")));
    }

    @Override
    public void apply(ImportBatch<Entry> batch) throws SQLException {
        Connection c = batch.connection();
        Caller caller = batch.caller();
        ElectionState s = store.load(c, electionId);
        PositionRow p = s.position(positionId);
        ElectionService.checkListOpen(s, p);
        Map<String, Long> ids = people.byIdNumbers(c, batch.entries().stream().map(e -> e.value().idNumber()).toList());
        Map<Long, PersonFacts> facts = people.facts(ids.values());
        List<Nomination> nominated = new ArrayList<>();
        for (ImportEntry<Entry> e : batch.entries()) {
            Entry x = e.value();
            Long personId = ids.get(x.idNumber());
            PersonFacts f = personId == null ? null : facts.get(personId);
            if (f == null || !access.canSee(caller, f.unitId())) {
                batch.error(e, "idNumber", "人员库中没有该身份证号码的人员（或不在您的管辖范围内），请先在“人员”中登记");
                continue;
            }
            if (!f.name().equals(x.name())) {
                batch.error(e, "name", "该身份证号码已登记为「" + f.name() + "」，与本行姓名「" + x.name() + "」不一致");
                continue;
            }
            List<String> reasons = ElectionService.refusals(s, p, personId, f);
            if (!reasons.isEmpty()) {
                batch.error(e, "idNumber", "资格审查未通过：" + String.join("；", reasons));
                continue;
            }
            batch.created(e);
            nominated.add(new Nomination(personId, x));
        }
        if (!batch.writing() || nominated.isEmpty()) {
            return;
        }
        store.touch(c, s.election());
        for (Nomination n : nominated) {
            Entry x = n.entry();
            long cid = store.insertCandidate(c, p.id(), n.personId(), x.sector(), x.inTwoCommittees(), x.fullTime());
            audit.ok(c, caller, "elections.candidate.add", "election", electionId, "候选人 " + cid + " 人员 " + n.personId());
        }
    }
}
