package org.wfed.core.internal.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.IdNumber;
import org.wfed.core.Jdbc;
import org.wfed.core.Masks;
import org.wfed.core.Sensitive;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.dto.Education;
import org.wfed.core.dto.Person;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.dto.Sex;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.internal.org.UnitPaths;
import org.wfed.core.Page;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code /api/people}: the person registry of the caller's subtree. ID numbers (and the names of
 * children under 14) leave masked unless the caller may and asks with {@code reveal=true}.
 */
@Component(service = PersonResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PersonResource {
    private static final String COLUMNS = "p.id, p.unit_id, p.name, p.sex, p.birth_date, p.id_number, p.phone, p.household,"
            + " p.education, p.party_member, p.occupation, p.rural_hukou, p.version";
    /** The subtree as an IN subquery: Derby range-scans the path index, then probes people by unit. */
    private static final String LIST_WHERE = " FROM core_person p WHERE p.unit_id IN (SELECT u.id FROM core_unit u WHERE u.path LIKE ?)";
    /** One unit without units below it (a community): its people straight from the (unit_id, id) index. */
    private static final String UNIT_WHERE = " FROM core_person p WHERE p.unit_id = ?";
    /**
     * A name search in one unit: through (unit_id, id) too. Derby would take the name index and check the unit
     * of every person in the district with that surname (156 ms for 王 in a 667-person community).
     */
    private static final String UNIT_SEARCH_WHERE = " FROM core_person p --DERBY-PROPERTIES index=core_person_unit_id\n"
            + " WHERE p.unit_id = ?";
    /** The whole tree: no subtree filter, so page 1 is read in primary-key order without a sort. */
    private static final String ALL_WHERE = " FROM core_person p WHERE 1 = 1";
    /**
     * A search is by a part of the name anywhere in it, by the start of its 拼音 or of its initials (letters only:
     * {@code zhangl}, {@code zl}; {@link NameKeys}), by the last 4 digits of the phone or, when the text is an ID
     * number, by that number (its unique index); callers who may reveal ID numbers may also give the first or last
     * digits of an ID number, or more of the phone's.
     */
    private static final String NAME_SEARCH = " AND p.name LIKE ? ESCAPE '\\'";
    /** Letters only: the 拼音 keys, which hold a name's own Latin letters too (Mary: {@code " mary"}). */
    private static final String PINYIN_SEARCH = " AND p.name_pinyin LIKE ?";
    private static final String NUMBER_SEARCH = " AND p.id_number = ?";
    private static final String PHONE_SEARCH = " AND p.phone LIKE ?";
    private static final String PARTIAL_NUMBER_SEARCH = " AND (p.id_number LIKE ? ESCAPE '\\' OR p.phone LIKE ?)";
    private static final String UPDATE = "UPDATE core_person SET unit_id = ?, name = ?, sex = ?, birth_date = ?, id_number = ?,"
            + " phone = ?, household = ?, education = ?, party_member = ?, occupation = ?, rural_hukou = ?, name_pinyin = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";

    private final Database db;
    private final AccessControl access;
    private final PersonServiceImpl people;
    private final Sensitive sensitive;
    private final UnitPaths paths;
    private final AuditLog audit;
    private final PeopleCounts counts;
    private final IdNumberChecks checks;

    @Activate
    public PersonResource(@Reference Database db, @Reference AccessControl access, @Reference PersonServiceImpl people,
                          @Reference Sensitive sensitive, @Reference UnitPaths paths, @Reference AuditLog audit,
                          @Reference PeopleCounts counts, @Reference IdNumberChecks checks) {
        this.checks = checks;
        this.db = db;
        this.access = access;
        this.people = people;
        this.sensitive = sensitive;
        this.paths = paths;
        this.audit = audit;
        this.counts = counts;
    }

    /** One raw row, before masking. */
    private record Row(long id, long unitId, String name, Sex sex, LocalDate birthDate, String idNumber, String phone,
                       String household, Education education, boolean partyMember, String occupation, boolean ruralHukou,
                       int version) {
    }

    @GET
    public Page<Person> list(@QueryParam("unitId") Long unitId, @QueryParam("q") @DefaultValue("") String q,
                             @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size,
                             @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.PEOPLE_READ);
        long root = unitId == null ? caller.unitId() : unitId;
        access.checkUnit(caller, root);
        Page.Request p = Page.request(page, size);
        String path = paths.pathOf(root);
        String term = q.trim();
        if (term.length() > 50) {
            throw WfedException.invalid("QUERY_TOO_LONG", "搜索内容过长", "Search text too long");
        }
        boolean wholeTree = path.chars().filter(ch -> ch == '/').count() == 2;
        boolean leaf = !wholeTree && paths.isLeaf(root);
        List<Object> args = new ArrayList<>();
        String number = idNumberIn(term);
        String phoneTail = number == null ? phoneTail(caller, term) : null;
        String partial = number == null && phoneTail == null ? partialIdPattern(caller, term) : null;
        String pinyin = number == null && partial == null && phoneTail == null ? NameKeys.term(term) : null;
        boolean nameSearch = number == null && partial == null && !term.isEmpty();
        String where = wholeTree ? ALL_WHERE : leaf ? (nameSearch ? UNIT_SEARCH_WHERE : UNIT_WHERE) : LIST_WHERE;
        if (leaf) {
            args.add(root);
        } else if (!wholeTree) {
            args.add(path + "%");
        }
        if (number != null) {
            // a search by number tells whether that number is registered: counted, and audited like a sensitive read
            checks.spend(1);
            where += NUMBER_SEARCH;
            args.add(number);
        } else if (partial != null) {
            where += PARTIAL_NUMBER_SEARCH;
            args.add(partial);
            args.add("%" + term); // the phone's last digits too (a phone has no X)
            audit.ok(caller, "people.search.partialId", "unit", root, "q=" + term);
        } else if (phoneTail != null) {
            where += PHONE_SEARCH;
            args.add("%" + phoneTail);
        } else if (pinyin != null) {
            where += PINYIN_SEARCH;
            args.add("% " + pinyin + "%");
        } else if (nameSearch) {
            where += NAME_SEARCH;
            args.add("%" + likeEscaped(term) + "%");
        }
        String order = wholeTree || leaf ? " ORDER BY p.id" : " ORDER BY p.unit_id, p.id";
        String sql = where;
        Object[] params = args.toArray();
        if (number != null) {
            audit.ok(caller, "people.search.idnumber", "unit", root, null);
        }
        return db.read(c -> {
            long total = counts.total(sql + java.util.Arrays.toString(params), () -> Jdbc.number(c, "SELECT COUNT(*)" + sql, params));
            List<Row> rows = Jdbc.list(c, "SELECT " + COLUMNS + sql + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    PersonResource::row, org.wfed.core.Scope.params(params, p.offset(), p.size()));
            List<Person> items = new ArrayList<>();
            for (Row r : rows) {
                items.add(view(caller, r, false));
            }
            return new Page<>(items, total, p.page(), p.size());
        });
    }

    @GET
    @Path("{id}")
    public Person get(@PathParam("id") long id, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                      @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.PEOPLE_READ);
        Row r = load(id);
        access.checkUnit(caller, r.unitId());
        return view(caller, r, reveal);
    }

    @POST
    public Response create(PersonInput in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.PEOPLE_WRITE);
        long id = db.write(c -> people.create(c, caller, Validation.body(in)));
        return Response.status(201).entity(view(caller, load(id), false)).build();
    }

    /**
     * Updates a person. The ID number, phone, birth date and sex, which the client may only have seen
     * masked, are kept when the request leaves them out (null); a masked child's name is kept likewise.
     */
    @PUT
    @Path("{id}")
    public Person update(@PathParam("id") long id, PersonInput in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.PEOPLE_WRITE);
        Validation.body(in);
        if (in.version() == null) {
            throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("version", "REQUIRED", "必填")));
        }
        Row existing = load(id);
        access.checkUnit(caller, existing.unitId());
        access.checkUnit(caller, in.unitId());
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
            Jdbc.updateVersioned(c, "core_person", id, UPDATE, in.unitId(), name, sexKept, born, idNumber,
                    phone, PersonServiceImpl.blank(in.household()), in.education(), in.partyMember(),
                    PersonServiceImpl.blank(in.occupation()), in.ruralHukou(), NameKeys.of(name), id, in.version());
            return null;
        });
        counts.changed();
        audit.ok(caller, "people.update", "person", id, null);
        return view(caller, load(id), false);
    }


    private Row load(long id) {
        return db.read(c -> Jdbc.one(c, "SELECT " + COLUMNS + " FROM core_person p WHERE p.id = ?", PersonResource::row, id))
                .orElseThrow(() -> WfedException.notFound("人员 " + id));
    }

    private Person view(Caller caller, Row r, boolean reveal) {
        boolean child = r.birthDate() != null && r.birthDate().plusYears(14).isAfter(LocalDate.now());
        String id = sensitive.show(caller, Sensitive.Kind.ID_NUMBER, r.idNumber(), reveal, "person", r.id());
        String name = child ? sensitive.show(caller, Sensitive.Kind.CHILD_NAME, r.name(), reveal, "person", r.id()) : r.name();
        String phone = sensitive.show(caller, Sensitive.Kind.PHONE, r.phone(), reveal, "person", r.id());
        LocalDate birth = sensitive.birthDate(caller, r.birthDate(), reveal, "person", r.id());
        return new Person(r.id(), r.unitId(), name, r.sex(), birth, id, phone, r.household(), r.education(),
                r.partyMember(), r.occupation(), r.ruralHukou(), !reveal, r.version(), Masks.birthYear(r.birthDate()));
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

    /** The text with LIKE's wildcards escaped (backslash), so that 50% finds "50%" and not everything. */
    static String likeEscaped(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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

    /** A row of {@link #COLUMNS}, read by position (Derby looks a column name up anew on every call). */
    private static Row row(ResultSet rs) throws SQLException {
        String edu = rs.getString(9);
        java.sql.Date birth = rs.getDate(5);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), Sex.valueOf(rs.getString(4)),
                birth == null ? null : birth.toLocalDate(), rs.getString(6), rs.getString(7), rs.getString(8),
                edu == null ? null : Education.valueOf(edu), rs.getBoolean(10), rs.getString(11),
                rs.getBoolean(12), rs.getInt(13));
    }
}
