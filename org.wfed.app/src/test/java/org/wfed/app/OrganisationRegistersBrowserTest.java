package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The organisation registers under 组织架构 (issue 15): a station with its 六有 ticked and dated and a model grade,
 * a team with a member picked from the registry, on a 390 px phone without sideways scrolling.
 */
class OrganisationRegistersBrowserTest extends BrowserTestBase {

    @Test
    void addAStationWithItsSixHavesAndATeamWithAMember() {
        long n = System.currentTimeMillis() % 100000;
        String street = "阵地街道" + n;
        String woman = "队员" + n;
        ApiClient api = ApiClient.admin(server());
        long streetId = api.post("/api/orgs", Map.of("parentId", api.get("/api/auth/me").body().path("unitId").asLong(),
                "kind", "STREET", "name", street)).body().path("id").asLong();
        api.post("/api/people", Map.of("unitId", streetId, "name", woman, "sex", "F", "birthDate", "1982-03-01"));

        signInAsAdmin();
        phone();
        driver.get(server() + "/console/#/page/org-tree?id=" + streetId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), street));

        visible(By.id("add-station")).click();
        WebElement station = visible(By.cssSelector("#unit-card .panel form"));
        wait.until(d -> station.findElements(By.cssSelector("select[name=kind] option")).size() > 9);
        new Select(station.findElement(By.name("kind"))).selectByValue("WOMEN_CHILDREN_HOME");
        station.findElement(By.name("name")).sendKeys("阵地街道妇女儿童之家");
        for (String item : new String[] {"VENUE", "FACILITIES", "PLAN", "RULES", "ACTIVITIES", "RESULTS"}) {
            station.findElement(By.name("six_" + item)).click();
        }
        new Select(station.findElement(By.name("modelGrade"))).selectByValue("CITY");
        station.findElement(By.name("modelYear")).sendKeys(String.valueOf(java.time.LocalDate.now().getYear()));
        assertNoSidewaysScroll("registers-station-form");
        station.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-card"), "6 / 6"));
        assertTrue(driver.findElement(By.id("unit-card")).getText().contains("市级"));

        visible(By.id("add-team")).click();
        WebElement team = visible(By.cssSelector("#unit-card .panel form"));
        new Select(team.findElement(By.name("kind"))).selectByValue("CULTURE");
        team.findElement(By.name("name")).sendKeys("腰鼓队");
        team.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-card"), "腰鼓队"));

        visible(By.xpath("//*[@id='unit-card']//button[text()='添加成员']")).click();
        WebElement member = visible(By.cssSelector("#unit-card .panel form"));
        member.findElement(By.cssSelector(".person-search")).sendKeys(woman);
        visible(By.cssSelector("#unit-card .panel .person-option")).click();
        member.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已添加成员"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-card"), "文化队伍"));
        assertNoSidewaysScroll("registers-unit");
        assertTrue(api.get("/api/orgs/" + streetId + "/teams").body().path(0).path("memberList").path(0).path("name").asText()
                .equals(woman));
    }

    /** On a phone: a community's 两委 term against 30 %, a pairing's due visit recorded, a volunteer list imported. */
    @Test
    void enterTheTwoCommitteesRecordADueVisitAndImportVolunteers() throws Exception {
        long n = System.currentTimeMillis() % 100000;
        String community = "两委社区" + n;
        String mother = "爱心妈妈" + n;
        ApiClient api = ApiClient.admin(server());
        long streetId = api.post("/api/orgs", Map.of("parentId", api.get("/api/auth/me").body().path("unitId").asLong(),
                "kind", "STREET", "name", "两委街道" + n)).body().path("id").asLong();
        long communityId = api.post("/api/orgs", Map.of("parentId", streetId, "kind", "COMMUNITY", "name", community)).body()
                .path("id").asLong();
        long person = api.post("/api/people", Map.of("unitId", communityId, "name", mother, "sex", "F", "birthDate", "1979-03-01"))
                .body().path("id").asLong();
        api.post("/api/orgs/" + communityId + "/pairings", Map.of("kind", "LOVING_MOTHER", "personId", person, "covered", 2,
                "startedOn", java.time.LocalDate.now().minusMonths(2).toString()));

        signInAsAdmin();
        phone();
        driver.get(server() + "/console/#/page/org-tree?id=" + communityId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), community));

        visible(By.id("add-term")).click();
        WebElement term = visible(By.cssSelector("#unit-card .panel form"));
        term.findElement(By.name("members")).sendKeys("9");
        term.findElement(By.name("women")).sendKeys("3");
        assertNoSidewaysScroll("registers-term-form");
        term.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("committee-terms"), "33.3%"));
        assertTrue(driver.findElement(By.id("committee-terms")).getText().contains("达标"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-registers"), "待走访"));
        assertTrue(driver.findElement(By.id("unit-registers")).getText().contains("待走访1对"));
        visible(By.cssSelector("#unit-registers button.visit")).click();
        WebElement visit = visible(By.cssSelector("#unit-card .panel form"));
        visit.findElement(By.name("note")).sendKeys("入户看望");
        assertNoSidewaysScroll("registers-visit-form");
        visit.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已记录走访"));
        wait.until(d -> !d.findElement(By.id("unit-registers")).getText().contains("待走访"));
        assertTrue(driver.findElement(By.id("unit-registers")).getText().contains("最近" + java.time.LocalDate.now()));
        assertNoSidewaysScroll("registers-visits");
        assertTrue(api.get("/api/orgs/" + communityId + "/pairings").body().path(0).path("visits").asInt() == 1);

        // 导入名单: a CSV of two volunteers, checked, then imported whole
        String id1 = woman(java.time.LocalDate.of(1975, 4, 5));
        String id2 = woman(java.time.LocalDate.of(1983, 6, 7));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("志愿者", ".csv");
        java.nio.file.Files.writeString(file, "姓名,身份证号,登记日期,特长\r\n导入甲" + n + "," + id1 + ",2025-03-08,心理咨询\r\n导入乙" + n + ","
                + id2 + ",2025-03-08,\r\n", java.nio.charset.StandardCharsets.UTF_8);
        visible(By.id("import-volunteers")).click();
        visible(By.cssSelector("dialog[open] input[type=file]"));
        driver.findElement(By.cssSelector("dialog[open] input[type=file]")).sendKeys(file.toString());
        driver.findElement(By.id("volunteer-import-check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dialog[open]"), "新增 2 人"));
        assertNoSidewaysScroll("registers-volunteer-import");
        visible(By.id("import-commit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-registers"), "导入甲" + n));
        assertTrue(api.get("/api/orgs/" + communityId + "/volunteers").body().size() == 2);
        java.nio.file.Files.delete(file);
    }

    /**
     * On a phone (issue 13): a station's ten rules on the wall and its three zones typed a line each, a cadre sent to a
     * place outside the tree, and a chair seated without an election on the 两委.
     */
    @Test
    void postRulesAndZonesSendACadreAndSeatAChair() {
        long n = System.currentTimeMillis() % 100000;
        String community = "上墙社区" + n;
        String cadre = "下沉干部" + n;
        String chair = "主席" + n;
        ApiClient api = ApiClient.admin(server());
        long streetId = api.post("/api/orgs", Map.of("parentId", api.get("/api/auth/me").body().path("unitId").asLong(),
                "kind", "STREET", "name", "上墙街道" + n)).body().path("id").asLong();
        long communityId = api.post("/api/orgs", Map.of("parentId", streetId, "kind", "COMMUNITY", "name", community)).body()
                .path("id").asLong();
        api.post("/api/people", Map.of("unitId", communityId, "name", cadre, "sex", "F", "birthDate", "1985-03-01"));
        api.post("/api/people", Map.of("unitId", communityId, "name", chair, "sex", "F", "birthDate", "1980-03-01"));

        signInAsAdmin();
        phone();
        driver.get(server() + "/console/#/page/org-tree?id=" + communityId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), community));

        visible(By.id("add-station")).click();
        WebElement station = visible(By.cssSelector("#unit-card .panel form"));
        wait.until(d -> station.findElements(By.cssSelector("select[name=kind] option")).size() > 9);
        new Select(station.findElement(By.name("kind"))).selectByValue("LEFT_BEHIND_HOME");
        station.findElement(By.name("name")).sendKeys("留守儿童之家");
        StringBuilder rules = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            rules.append("制度").append(i).append('\n');
        }
        station.findElement(By.name("rulesText")).sendKeys(rules);
        station.findElement(By.name("zonesText")).sendKeys("学习区\n艺术区\n活动区 " + java.time.LocalDate.now());
        assertNoSidewaysScroll("registers-station-lists-form");
        station.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-card"), "10项制度上墙；学习区、艺术区、活动区"));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-secondment"))).click();
        WebElement sent = visible(By.cssSelector("#unit-card .panel form"));
        sent.findElement(By.cssSelector(".person-search")).sendKeys(cadre);
        visible(By.cssSelector("#unit-card .panel .person-option")).click();
        sent.findElement(By.name("toPlace")).sendKeys("大托新村");
        sent.findElement(By.name("purpose")).sendKeys("参加防疫抗疫");
        assertNoSidewaysScroll("registers-secondment-form");
        sent.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-secondments"), "大托新村"));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-seat"))).click();
        WebElement seat = visible(By.cssSelector("#unit-card .panel form"));
        seat.findElement(By.cssSelector(".person-search")).sendKeys(chair);
        visible(By.cssSelector("#unit-card .panel .person-option")).click();
        seat.findElement(By.name("inTwoCommittees")).click();
        assertNoSidewaysScroll("registers-seat-form");
        seat.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-seats"), "主席（进两委）"));
        assertNoSidewaysScroll("registers-seats");
        assertTrue(api.get("/api/orgs/" + communityId + "/stations").body().path(0).path("rules").size() == 10);
        assertTrue(api.get("/api/orgs/" + communityId + "/secondments").body().path(0).path("destination").asText().equals("大托新村"));
        assertTrue(api.get("/api/orgs/" + communityId + "/seats").body().path(0).path("inTwoCommittees").asBoolean());
    }

    /** A woman's ID number born that day; not one ending in 000, which an import takes for a number a spreadsheet cut. */
    private static String woman(java.time.LocalDate birth) {
        int seq = 2 * (int) (System.nanoTime() % 400);
        String id = org.wfed.core.IdNumber.compose("420106", birth, seq).value();
        return id.endsWith("000") ? org.wfed.core.IdNumber.compose("420106", birth, seq + 2).value() : id;
    }
}
