package org.wfed.core.internal.people;

import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.IdNumber;
import org.wfed.core.Page;
import org.wfed.core.Sensitive;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.dto.Sex;
import org.wfed.core.internal.org.UnitPaths;
import org.wfed.core.internal.people.PersonStore.Reach;
import org.wfed.core.internal.people.PersonStore.Row;
import org.wfed.core.internal.people.PersonStore.Search;

/**
 * The rules of the person register behind {@code /api/people}: how a search text is read (a name, a whole ID number,
 * part of one), searches by number counted and audited, updates that keep what the client only saw masked; each
 * write one transaction. The resource has checked the caller's permission and subtree; the SQL is {@link PersonStore}'s.
 */
@Component(service = PersonRegistry.class)
public final class PersonRegistry {
    private final Database db;
    private final PersonStore store;
    private final PersonServiceImpl people;
    private final UnitPaths paths;
    private final AuditLog audit;
    private final PeopleCounts counts;
    private final IdNumberChecks checks;

    @Activate
    public PersonRegistry(@Reference Database db, @Reference PersonStore store, @Reference PersonServiceImpl people,
                          @Reference UnitPaths paths, @Reference AuditLog audit, @Reference PeopleCounts counts,
                          @Reference IdNumberChecks checks) {
        this.db = db;
        this.store = store;
        this.people = people;
        this.paths = paths;
        this.audit = audit;
        this.counts = counts;
        this.checks = checks;
    }

    /** A page of the people of {@code root}'s subtree matching {@code q} (raw rows: the resource masks them). */
    public Page<Row> search(Caller caller, long root, String q, Page.Request p) {
        String path = paths.pathOf(root);
        String term = q.trim();
        if (term.length() > 50) {
            throw WfedException.invalid("QUERY_TOO_LONG", "搜索内容过长", "Search text too long");
        }
        boolean wholeTree = path.chars().filter(ch -> ch == '/').count() == 2;
        Reach reach = wholeTree ? Reach.WHOLE_TREE : paths.isLeaf(root) ? Reach.LEAF : Reach.SUBTREE;
        String number = idNumberIn(term);
        String phoneTail = number == null ? phoneTail(caller, term) : null;
        String partial = number == null && phoneTail == null ? partialIdPattern(caller, term) : null;
        String pinyin = number == null && partial == null && phoneTail == null ? NameKeys.term(term) : null;
        if (number != null) {
            // a search by number tells whether that number is registered: counted, and audited like a sensitive read
            checks.spend(1);
        } else if (partial != null) {
            audit.ok(caller, "people.search.partialId", "unit", root, "q=" + term);
        }
        Search s = PersonStore.search(reach, reach == Reach.LEAF ? (Object) root : path + "%", number, partial, phoneTail,
                pinyin, term);
        if (number != null) {
            audit.ok(caller, "people.search.idnumber", "unit", root, null);
        }
        return db.read(c -> {
            long total = counts.total(s.key(), () -> store.count(c, s));
            return new Page<>(store.page(c, s, p), total, p.page(), p.size());
        });
    }

    /** The person, or 404. */
    public Row get(long id) {
        return db.read(c -> store.find(c, id)).orElseThrow(() -> WfedException.notFound("人员 " + id));
    }

    /** Registers a person (core's one create, {@link PersonServiceImpl}); answers the id. */
    public long create(Caller caller, PersonInput in) {
        return db.write(c -> people.create(c, caller, in));
    }

    /**
     * Updates a person. The ID number, phone, birth date and sex, which the client may only have seen masked, are kept
     * when the request leaves them out (null); a masked child's name is kept likewise.
     */
    public void update(Caller caller, Row existing, PersonInput in) {
        if (in.version() == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        long id = existing.id();
        // sensitive values leave masked, so a client that did not reveal them leaves them out: keep them
        String idNumber = in.idNumber() != null ? in.idNumber() : existing.idNumber();
        String phone = in.phone() != null ? PersonServiceImpl.blank(in.phone()) : existing.phone();
        String name = in.name().contains("*") ? existing.name() : in.name();
        // the birth date leaves as its year only: a client that was not shown it leaves it (and the sex) out
        LocalDate birthDate = in.birthDate() != null ? in.birthDate() : existing.birthDate();
        Sex sex = in.sex() != null ? in.sex() : existing.sex();
        if (idNumber != null) {
            // a kept number still decides sex and birth date
            IdNumber kept = IdNumber.parse(idNumber);
            new Validation().rule(in.birthDate() == null || in.birthDate().equals(kept.birthDate()), "birthDate", "BIRTH_MISMATCH", "与身份证号码不符")
                    .rule(in.sex() == null || in.sex() == (kept.sex() == 'F' ? Sex.F : Sex.M), "sex", "SEX_MISMATCH", "与身份证号码不符")
                    .check();
            birthDate = kept.birthDate();
            sex = kept.sex() == 'F' ? Sex.F : Sex.M;
        }
        LocalDate born = birthDate;
        Sex sexKept = sex;
        db.write(c -> {
            if (in.idNumber() != null) {
                people.findByIdNumber(c, in.idNumber()).filter(other -> other != id).ifPresent(other -> {
                    throw WfedException.conflict("DUPLICATE_ID_NUMBER", "该身份证号码已登记给其他人员", "ID number belongs to another person");
                });
            }
            store.update(c, id, in.version(), in.unitId(), name, sexKept, born, idNumber, phone, PersonServiceImpl.blank(in.household()),
                    in.education(), in.partyMember(), PersonServiceImpl.blank(in.occupation()), in.ruralHukou());
            return null;
        });
        counts.changed();
        audit.ok(caller, "people.update", "person", id, null);
    }

    /**
     * The search text as the last 4 digits of a phone number for a caller who may not reveal: the digits the
     * masked phone shows ({@code 139****3456}); null for any other text or caller (who searches them with the
     * ID numbers' digits, {@link #partialIdPattern}).
     */
    static String phoneTail(Caller caller, String term) {
        return term.matches("[0-9]{4}") && !caller.has(Sensitive.REVEAL_PERMISSION) ? term : null;
    }

    /**
     * A LIKE pattern for part of an ID number — its last 4 to 6 characters ({@code %3456}) or a prefix of 6 to 17
     * ({@code 110105%}) — or null when the text is not one. A partial number answers who has those digits, which
     * the masked list hides, so only a caller who may reveal ID numbers may search by it (audited); anyone else
     * gets a 403 saying to search by name or the whole number (4 digits alone are a phone's tail for her, {@link #phoneTail}).
     */
    static String partialIdPattern(Caller caller, String term) {
        if (!term.matches("[0-9]{3,16}[0-9Xx]?") || term.length() < 4 || term.length() > 17) {
            return null;
        }
        if (!caller.has(Sensitive.REVEAL_PERMISSION)) {
            throw WfedException.forbidden("按证件号的一部分查找需要查看敏感信息的权限，请输入姓名、拼音、手机号后4位或完整的证件号",
                    "Searching by part of an ID number needs the reveal permission; search by name, 拼音, the phone's last 4 digits or the whole number");
        }
        String digits = term.toUpperCase(java.util.Locale.ROOT);
        return digits.length() <= 6 ? "%" + digits : digits + "%";
    }

    /** The search text as an 18-character ID number when it is a valid 15- or 18-character one, else null. */
    static String idNumberIn(String term) {
        if (term.length() != 15 && term.length() != 18) {
            return null;
        }
        try {
            return IdNumber.parse(term).value();
        } catch (WfedException e) {
            return null;
        }
    }
}
