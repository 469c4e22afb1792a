package org.wfed.itest.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wfed.core.IdNumber;
import org.wfed.itest.Api;

/**
 * The world the security tests probe, built once through the API as an admin would: a street with
 * community A holding one of every kind of record (a woman with a known ID number as person,
 * beneficiary, applicant, screened woman, candidate and nominee; an election, a contest, an activity,
 * a volunteer service, a station, a team, a summary, the services and rights modules' records), a sibling community B, another street's
 * community C, and a signed-in user for every vantage point the access matrix takes.
 */
final class World {
    /** Marks every name in A, so that an answer carrying A's data to someone else is found by text. */
    static final String MARK = "矩阵甲";
    /** Born on a day no other record of the world carries. */
    static final LocalDate BORN = LocalDate.of(1971, 3, 29);

    private static World instance;

    final Api admin;
    final long top;
    final long street;
    final long a;
    final long b;
    final long otherStreet;
    final long c;
    final String idNumber;
    final long person;
    final String personName;
    /** Ids of A's records by the path segment that names them, e.g. {@code people} → the woman. */
    final Map<String, Object> ids = new LinkedHashMap<>();
    final Api staffA;
    final Api staffB;
    final Api staffC;
    final Api auditor;
    final Api unitAdminOfStreet;

    static synchronized World get() {
        for (int attempt = 1; instance == null; attempt++) {
            try {
                instance = new World();
            } catch (AssertionError e) {
                // the whiteboard rebuilt the application under the building (a test before changed a module's
                // configuration): CXF answered "No service was found" for a moment; build the world again
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("No service was found")) {
                    throw e;
                }
                Api.sleep(2_000);
            }
        }
        return instance;
    }

    /** Waits until every module answers, three times in a row half a second apart: the application is rebuilt. */
    private static void awaitStable(Api admin) {
        List<String> probes = List.of("aid/programmes", "elections", "activities/contest-types", "services/course-kinds",
                "reporting/indicators", "people");
        long until = System.currentTimeMillis() + 60_000;
        int stable = 0;
        while (stable < 3 && System.currentTimeMillis() < until) {
            boolean all = probes.stream().allMatch(p -> admin.get(p).status() == 200);
            stable = all ? stable + 1 : 0;
            Api.sleep(500);
        }
    }

    private World() {
        Api.awaitUp("aid", "elections", "activities", "services", "rights", "reporting");
        admin = Api.admin();
        // a test before may have restarted a module: the whiteboard serves its resources again only after a rebuild
        awaitStable(admin);
        top = admin.unitId();
        LocalDate since = LocalDate.of(LocalDate.now().getYear() - 1, 1, 1);
        street = admin.createUnit(top, "STREET", Api.unique("安全街道"), since);
        a = admin.createUnit(street, "COMMUNITY", Api.unique(MARK + "社区"), since);
        b = admin.createUnit(street, "COMMUNITY", Api.unique("安全乙社区"), since);
        otherStreet = admin.createUnit(top, "STREET", Api.unique("安全另一街道"), since);
        c = admin.createUnit(otherStreet, "COMMUNITY", Api.unique("安全丙社区"), since);
        staffA = admin.createUser(a, "STAFF");
        staffB = admin.createUser(b, "STAFF");
        staffC = admin.createUser(c, "STAFF");
        auditor = admin.createUser(top, "AUDITOR");
        unitAdminOfStreet = admin.createUser(street, "UNIT_ADMIN");

        idNumber = IdNumber.compose("420102", BORN, 2 * (int) (System.nanoTime() % 400 + 50)).value();
        personName = MARK + "王" + Api.unique("");
        Map<String, Object> p = new HashMap<>();
        p.put("person", Map.of("unitId", a, "name", personName, "idNumber", idNumber, "phone", "13912345678"));
        p.put("categories", List.of("DIBAO"));
        p.put("bankName", "农村信用社");
        p.put("bankAccount", "6228480012345678901");
        p.put("healthConsentOn", LocalDate.now().toString());
        JsonNode beneficiary = admin.post("aid/beneficiaries", p).expect(201).body();
        person = beneficiary.path("personId").asLong();
        ids.put("people", person);
        ids.put("beneficiaries", beneficiary.path("id").asLong());
        ids.put("by-person", person);
        ids.put("orgs", a);
        ids.put("year", LocalDate.now().getYear());
        ids.put("users", staffA.get("auth/me").expect(200).body().path("userId").asLong());

        aid();
        elections();
        activities();
        services();
        rights();
        files();
        reporting();
        ids.put("tokens", admin.post("users/me/tokens", Map.of("name", MARK + "令牌", "days", 1)).expect(201).body().path("id").asLong());
    }

    private void aid() {
        Map<String, Object> rules = new HashMap<>(Map.of("categories", List.of(), "onceEver", false, "noAidYears", 0,
                "noAidProgrammes", List.of(), "requiresDiagnosis", false));
        Map<String, Object> programme = new HashMap<>(Map.of("code", Api.unique("SEC").toUpperCase(), "name", Api.unique("安全项目"),
                "kind", "CASH", "fundSource", "BUDGET", "amountFen", 100_000, "rules", rules, "reviewLevels", List.of("COMMUNITY"),
                "noticeDays", 0, "channels", List.of("BANK", "CASH")));
        long programmeId = admin.post("aid/programmes", programme).expect(201).body().path("id").asLong();
        ids.put("programmes", programmeId);
        JsonNode app = admin.post("aid/applications", Map.of("programmeId", programmeId, "personId", person, "reason", MARK + "生活困难",
                "appliedOn", LocalDate.now().toString())).expect(201).body();
        ids.put("applications", app.path("id").asLong());
        // places granted from above, not binding: A's applications stay open
        ids.put("quota-grants", admin.post("aid/quota-grants", Map.of("unitId", a, "programmeId", programmeId,
                "year", LocalDate.now().getYear(), "level", "CITY", "places", 3, "binding", false,
                "grantedOn", LocalDate.now().toString())).expect(201).body().path("id").asLong());
        JsonNode approved = admin.post("aid/applications/" + app.path("id").asLong() + "/review", Map.of("approve", true,
                "comment", "同意", "version", app.path("version").asInt())).expect(200).body();
        admin.post("aid/applications/" + app.path("id").asLong() + "/payment", Map.of("amountFen", 100_000, "channel", "CASH",
                "paidOn", LocalDate.now().toString(), "version", approved.path("version").asInt())).expect(200);
        long helper = admin.post("people", Map.of("unitId", a, "name", MARK + "爱心妈妈", "sex", "F", "birthDate", "1980-08-08"))
                .expect(201).body().path("id").asLong();
        ids.put("pairings", admin.post("aid/pairings", Map.of("personId", person, "helperPersonId", helper,
                "startedOn", LocalDate.now().toString(), "note", MARK + "结对")).expect(201).body().path("id").asLong());
        long campaign = admin.post("aid/campaigns", Map.of("unitId", a, "year", LocalDate.now().getYear(), "name", MARK + "筛查"))
                .expect(201).body().path("id").asLong();
        ids.put("campaigns", campaign);
        admin.post("aid/campaigns/" + campaign + "/screenings", Map.of("personId", person, "screenedOn", LocalDate.now().toString(),
                "cervicalMethod", "TBS", "cervicalResult", "ABNORMAL", "consentOn", LocalDate.now().toString())).expect(201);
        JsonNode followUps = admin.get("aid/follow-ups?unitId=" + a).expect(200).body();
        if (followUps.size() > 0) {
            ids.put("follow-ups", followUps.get(0).path("id").asLong());
        }
    }

    private void elections() {
        Map<String, Object> open = new HashMap<>();
        open.put("unitId", a);
        open.put("title", MARK + "换届");
        open.put("electionDate", LocalDate.now().toString());
        open.put("deadline", LocalDate.now().plusDays(30).toString());
        open.put("positions", List.of(Map.of("kind", "EXECUTIVE", "seats", 1, "competitive", false)));
        JsonNode d = admin.post("elections", open).expect(201).body();
        long id = d.path("election").path("id").asLong();
        ids.put("elections", id);
        long position = d.path("positions").get(0).path("id").asLong();
        ids.put("positions", position);
        ids.put("candidates", admin.post("elections/" + id + "/candidates", Map.of("positionId", position, "personId", person))
                .expect(201).body().path("id").asLong());
        JsonNode officials = admin.post("elections/" + id + "/officials", Map.of("role", "SCRUTINEER", "name", MARK + "监票")).expect(201).body();
        ids.put("officials", officials.path("officials").get(0).path("id").asLong());
    }

    private void activities() {
        long type = 0;
        for (JsonNode t : admin.get("activities/contest-types").expect(200).body()) {
            if (t.path("code").asText().equals("MOST_BEAUTIFUL_FAMILY")) {
                type = t.path("id").asLong();
            }
        }
        ids.put("contest-types", type);
        long contest = admin.post("activities/contests", Map.of("unitId", a, "typeId", type, "contestYear", LocalDate.now().getYear()))
                .expect(201).body().path("id").asLong();
        ids.put("contests", contest);
        long nominee = admin.post("activities/contests/" + contest + "/nominees", Map.of("name", MARK + "家庭", "nominatedBy", "OTHERS",
                "members", List.of(Map.of("personId", person, "relation", "户主")))).expect(201).body().path("id").asLong();
        ids.put("nominees", nominee);
        ids.put("stations", admin.post("orgs/" + a + "/stations", Map.of("kind", "WOMEN_HOME", "name", MARK + "妇女之家", "sixHave", 6))
                .expect(201).body().path("id").asLong());
        ids.put("teams", admin.post("orgs/" + a + "/teams", Map.of("name", MARK + "志愿队", "members", 8)).expect(201).body()
                .path("id").asLong());
        ids.put("volunteers", admin.post("orgs/" + a + "/volunteers", Map.of("personId", person, "joinedOn", LocalDate.now().toString(),
                "skills", MARK + "特长")).expect(201).body().path("id").asLong());
        ids.put("org-pairings", admin.post("orgs/" + a + "/pairings", Map.of("kind", "GRID_SISTER", "personId", person, "covered", 3,
                "startedOn", LocalDate.now().toString())).expect(201).body().path("id").asLong());
        admin.post("orgs/pairings/" + ids.get("org-pairings") + "/visits", Map.of("visitedOn", LocalDate.now().toString(),
                "note", MARK + "走访")).expect(201);
        ids.put("committee-terms", admin.post("orgs/" + a + "/committee-terms", Map.of("startYear", LocalDate.now().getYear(),
                "members", 7, "women", 3)).expect(201).body().path("id").asLong());
        ids.put("secondments", admin.post("orgs/" + a + "/secondments", Map.of("personId", person, "toPlace", MARK + "新村",
                "purpose", MARK + "防疫", "fromOn", LocalDate.now().toString())).expect(201).body().path("id").asLong());
        ids.put("seats", admin.post("orgs/" + a + "/seats", Map.of("personId", person, "position", "VICE_CHAIR",
                "termFrom", LocalDate.now().toString())).expect(201).body().path("id").asLong());
        ids.put("events", admin.post("activities/events", Map.of("unitId", a, "heldOn", LocalDate.now().toString(), "typeCode", "LECTURE",
                "theme", MARK + "讲座", "stationId", ids.get("stations"))).expect(201).body().path("id").asLong());
        ids.put("event-types", "LECTURE");
        ids.put("projects", admin.post("activities/projects", Map.of("unitId", a, "name", MARK + "项目", "firstYear",
                LocalDate.now().getYear())).expect(201).body().path("id").asLong());
        ids.put("volunteer-services", admin.post("activities/volunteer-services", Map.of("unitId", a, "servedOn", LocalDate.now().toString(),
                "teamId", ids.get("teams"), "teamName", MARK + "志愿队", "content", MARK + "走访", "volunteers", 3, "hours", 6))
                .expect(201).body().path("id").asLong());
        ids.put("materials", "LEAFLET");
        // a title the city gave A's family, A's own record; the title names the honour (a breakdown's member every
        // reader of the indicators sees, like a contest type), the family is A's
        ids.put("honours-above", admin.post("activities/honours-above", Map.of("unitId", a, "kind", "FAMILY", "name", MARK + "家庭",
                "outcome", "AWARDED", "level", "CITY", "title", "市级最美家庭", "dated", LocalDate.now().toString()))
                .expect(201).body().path("id").asLong());
    }

    /** A's job post, seeker (referred and placed into the post), job fair, course with a trainee and micro-wish. */
    private void services() {
        String today = LocalDate.now().toString();
        long job = admin.post("services/jobs", Map.of("unitId", a, "employer", MARK + "家政公司", "title", "家政服务员", "places", 2,
                "openedOn", today)).expect(201).body().path("id").asLong();
        ids.put("jobs", job);
        long seeker = admin.post("services/seekers", Map.of("unitId", a, "name", MARK + "求职者", "registeredOn", today,
                "unemployed", true)).expect(201).body().path("id").asLong();
        ids.put("seekers", seeker);
        ids.put("referrals", admin.post("services/referrals", Map.of("seekerId", seeker, "jobId", job, "referredOn", today))
                .expect(201).body().path("id").asLong());
        ids.put("placements", admin.post("services/placements", Map.of("seekerId", seeker, "jobId", job, "placedOn", today))
                .expect(201).body().path("id").asLong());
        ids.put("fairs", admin.post("services/fairs", Map.of("unitId", a, "heldOn", today, "name", MARK + "招聘会")).expect(201).body()
                .path("id").asLong());
        long course = admin.post("services/courses", Map.of("unitId", a, "name", MARK + "家政培训", "kind", "HOUSEKEEPING",
                "startOn", today, "endOn", today)).expect(201).body().path("id").asLong();
        ids.put("courses", course);
        ids.put("trainees", admin.post("services/courses/" + course + "/trainees", Map.of("name", MARK + "学员", "completed", true))
                .expect(201).body().path("id").asLong());
        ids.put("wishes", admin.post("services/wishes", Map.of("unitId", a, "wish", MARK + "新书包", "beneficiary", MARK + "小花",
                "collectedOn", today)).expect(201).body().path("id").asLong());
    }

    /**
     * A's rights records: a case with a party and a protection order, a household on file and a consultation, made
     * by A's own clerk (a system admin holds none of the rights permissions); {@code import} names the case list.
     */
    private void rights() {
        String today = LocalDate.now().toString();
        long kase = staffA.post("rights/cases", Map.of("unitId", a, "intakeOn", today, "source", "VISIT", "kind", "DOMESTIC_VIOLENCE",
                "handler", MARK + "承办人", "narrative", MARK + "案情", "parties", List.of(Map.of("role", "APPLICANT", "name", MARK + "求助人"))))
                .expect(201).body().path("id").asLong();
        ids.put("cases", kase);
        ids.put("orders", staffA.post("rights/orders", Map.of("caseId", kase, "kind", "PROTECTION_ORDER", "appliedOn", today))
                .expect(201).body().path("id").asLong());
        ids.put("families", staffA.post("rights/families", Map.of("unitId", a, "household", MARK + "户", "colour", "RED",
                "reason", MARK + "原因", "responsible", "网格员", "openedOn", today)).expect(201).body().path("id").asLong());
        ids.put("consultations", staffA.post("rights/consultations", Map.of("unitId", a, "heldOn", today, "channel", "HOTLINE",
                "topic", "LEGAL_CONSULTATION", "contacts", 1)).expect(201).body().path("id").asLong());
        ids.put("import", "cases");
    }

    /** A photo of the activity and a receipt of the application: files, uploaded as the console does. */
    private void files() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ids.put("photos", admin.sendRaw("POST", "activities/photos?owner=ACTIVITY&ownerId=" + ids.get("events") + "&caption=" + MARK,
                "image/png", png, Map.of()).expect(201).body().path("id").asLong());
        ids.put("receipts", admin.sendRaw("POST", "aid/receipts?applicationId=" + ids.get("applications") + "&fileName=receipt.png",
                "image/png", png, Map.of()).expect(201).body().path("id").asLong());
    }

    private void reporting() {
        ids.put("forms", admin.get("reporting/forms").expect(200).body().get(0).path("id").asText());
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", a, "year", LocalDate.now().getYear())).expect(201).body();
        ids.put("summaries", s.path("id").asLong());
        ids.put("approval", s.path("id").asLong());
        for (JsonNode section : s.path("sections")) {
            if (section.path("paragraphs").size() > 0 && !ids.containsKey("paragraphs")) {
                ids.put("paragraphs", section.path("paragraphs").get(0).path("id").asLong());
            }
        }
    }
}
