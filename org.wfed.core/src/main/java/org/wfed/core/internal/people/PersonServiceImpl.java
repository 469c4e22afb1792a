package org.wfed.core.internal.people;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.IdNumber;
import org.wfed.core.Jdbc;
import org.wfed.core.PersonService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.Education;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.dto.Sex;
import org.wfed.core.internal.db.Dialect;

/** The person registry: facts for modules' rules, registration with duplicate checks by ID number. */
@Component(service = {PersonService.class, PersonServiceImpl.class})
public final class PersonServiceImpl implements PersonService {

    static final String FACT_COLUMNS = "id, unit_id, name, sex, birth_date, education, party_member, occupation, rural_hukou";
    static final String INSERT = "INSERT INTO core_person (unit_id, name, sex, birth_date, id_number, phone, household, education,"
            + " party_member, occupation, rural_hukou, created_at, name_pinyin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Derby handles long IN lists, but a bounded chunk keeps statements cacheable. */
    private static final int CHUNK = 500;
    private static final int ROWS_PER_INSERT = 100;

    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;
    private final PeopleCounts counts;
    private final IdNumberChecks checks;

    @Activate
    public PersonServiceImpl(@Reference Database db, @Reference AccessControl access, @Reference AuditLog audit,
                             @Reference PeopleCounts counts, @Reference IdNumberChecks checks) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.counts = counts;
        this.checks = checks;
    }

    @Override
    public PersonFacts facts(long personId) {
        return db.read(c -> Jdbc.one(c, "SELECT " + FACT_COLUMNS + " FROM core_person WHERE id = ?", PersonServiceImpl::facts, personId))
                .orElseThrow(() -> WfedException.notFound("人员 " + personId));
    }

    @Override
    public Map<Long, PersonFacts> facts(Collection<Long> personIds) {
        List<Long> ids = new ArrayList<>(new java.util.LinkedHashSet<>(personIds));
        Map<Long, PersonFacts> out = new HashMap<>();
        db.read(c -> {
            for (int i = 0; i < ids.size(); i += CHUNK) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
                for (PersonFacts f : Jdbc.list(c, "SELECT " + FACT_COLUMNS + " FROM core_person WHERE id IN ("
                        + Jdbc.placeholders(chunk.size()) + ")", PersonServiceImpl::facts, chunk.toArray())) {
                    out.put(f.id(), f);
                }
            }
            return null;
        });
        return out;
    }

    @Override
    public Optional<Long> findByIdNumber(Connection c, String idNumber) throws SQLException {
        String normalised = IdNumber.parse(idNumber).value();
        checks.spend(1);
        return Jdbc.one(c, "SELECT id FROM core_person WHERE id_number = ?", rs -> rs.getLong(1), normalised);
    }

    @Override
    public long create(Connection c, Caller caller, PersonInput in) throws SQLException {
        access.checkUnit(caller, in.unitId());
        if (in.idNumber() != null && findByIdNumber(c, in.idNumber()).isPresent()) {
            throw WfedException.conflict("DUPLICATE_ID_NUMBER", "该身份证号码已登记，请勿重复录入",
                    "A person with this ID number is registered already");
        }
        long id = Jdbc.insert(c, INSERT, in.unitId(), in.name(), in.sex(), in.birthDate(), in.idNumber(), blank(in.phone()),
                blank(in.household()), in.education(), in.partyMember(), blank(in.occupation()), in.ruralHukou(), Instant.now(),
                NameKeys.of(in.name()));
        counts.changed();
        audit.ok(c, caller, "people.create", "person", id, null);
        return id;
    }

    @Override
    public List<Long> createAll(Connection c, Caller caller, List<PersonInput> inputs) throws SQLException {
        java.util.Set<Long> units = new java.util.HashSet<>();
        inputs.forEach(in -> units.add(in.unitId()));
        units.forEach(u -> access.checkUnit(caller, u));
        List<Long> ids = new ArrayList<>(inputs.size());
        Instant now = Instant.now();
        if (inputs.stream().allMatch(in -> in.idNumber() != null)) {
            // the usual case (rosters, generated data): multi-row inserts, ids found again by ID number
            // uncommitted reading (Derby): another transaction's uncommitted last row must not make this one wait;
            // every id this insert gets is above the ids handed out before it, committed or not
            long before = Jdbc.number(c, "SELECT MAX(id) FROM core_person" + Dialect.of(c).readUncommitted());
            for (int i = 0; i < inputs.size(); i += ROWS_PER_INSERT) {
                insertRows(c, inputs.subList(i, Math.min(inputs.size(), i + ROWS_PER_INSERT)), now);
            }
            Map<String, Long> byNumber = insertedSince(c, units, before);
            List<String> missing = inputs.stream().map(PersonInput::idNumber).filter(n -> !byNumber.containsKey(n)).toList();
            byNumber.putAll(findByIdNumbers(c, missing));
            inputs.forEach(in -> ids.add(byNumber.get(in.idNumber())));
        } else {
            try (var ps = c.prepareStatement(INSERT, java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (PersonInput in : inputs) {
                    Jdbc.bind(ps, row(in, now));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
        }
        counts.changed();
        audit.ok(c, caller, "people.create.batch", "person", null, inputs.size() + " people");
        return ids;
    }

    /**
     * ID number to id of the people of these units with an id above {@code after}: the rows just inserted
     * (identities only grow), read in one range scan of the (unit_id, id) index per unit instead of a
     * unique-index probe per number.
     */
    private static Map<String, Long> insertedSince(Connection c, Collection<Long> units, long after) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        for (long unit : units) {
            Jdbc.list(c, "SELECT id, id_number FROM core_person WHERE unit_id = ? AND id > ?",
                    rs -> out.put(rs.getString(2), rs.getLong(1)), unit, after);
        }
        return out;
    }

    /** One INSERT with a VALUES row per person: far fewer statement executions than a JDBC batch in Derby. */
    private static void insertRows(Connection c, List<PersonInput> rows, Instant now) throws SQLException {
        String values = String.join(", ", java.util.Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        List<Object> params = new ArrayList<>(rows.size() * 13);
        for (PersonInput in : rows) {
            params.addAll(java.util.Arrays.asList(row(in, now)));
        }
        Jdbc.update(c, INSERT.substring(0, INSERT.indexOf("VALUES")) + "VALUES " + values, params.toArray());
    }

    private static Object[] row(PersonInput in, Instant now) {
        return new Object[] {in.unitId(), in.name(), in.sex(), in.birthDate(), in.idNumber(), blank(in.phone()), blank(in.household()),
                in.education(), in.partyMember(), blank(in.occupation()), in.ruralHukou(), now, NameKeys.of(in.name())};
    }

    @Override
    public Map<String, Long> findByIdNumbers(Connection c, Collection<String> idNumbers) throws SQLException {
        List<String> numbers = idNumbers.stream().map(n -> IdNumber.parse(n).value()).distinct().toList();
        checks.spend(numbers.size());
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < numbers.size(); i += CHUNK) {
            List<String> chunk = numbers.subList(i, Math.min(numbers.size(), i + CHUNK));
            Jdbc.list(c, "SELECT id, id_number FROM core_person WHERE id_number IN (" + Jdbc.placeholders(chunk.size()) + ")",
                    rs -> out.put(rs.getString(2), rs.getLong(1)), chunk.toArray());
        }
        return out;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static PersonFacts facts(ResultSet rs) throws SQLException {
        String edu = rs.getString("education");
        return new PersonFacts(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"), Sex.valueOf(rs.getString("sex")),
                Jdbc.date(rs, "birth_date"), edu == null ? null : Education.valueOf(edu), rs.getBoolean("party_member"),
                rs.getString("occupation"), rs.getBoolean("rural_hukou"));
    }
}
