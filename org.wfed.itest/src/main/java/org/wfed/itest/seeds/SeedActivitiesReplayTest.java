package org.wfed.itest.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;
import org.wfed.itest.activities.ContestSteps;

/**
 * Seed replay, the activities module's part (issue 13): a clerk enters through the REST API the activities, named
 * quantities, contests, volunteer services and the register beyond the tree behind the seed summaries' figures
 * (S1, S3, S4, S6, S8, S10, S11, S12, S13; S5 states none of this module's), in fresh units below the deployment's top unit; the indicator table
 * and the drafted summary then state each figure exactly. Activity types, materials and contest types the seed needs
 * beyond the shipped ones are added as an admin adds them, at runtime. The seed's approximate figures (350余人) are
 * entered as their round number.
 */
class SeedActivitiesReplayTest {
    /** Last year: every day of it is past, so the replay enters the same records whenever it runs. */
    private static final int YEAR = LocalDate.now().getYear() - 1;
    private static Api admin;
    /** The deployment's top unit (a district): each summary's units are a fresh subtree below it. */
    private static long root;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("activities", "reporting");
        admin = signIn();
        awaitResource("activities/materials");
        awaitResource("activities/honours-above");
        awaitResource("activities/event-types");
        awaitResource("activities/contest-types");
        awaitResource("reporting/indicators");
        root = admin.unitId();
        types(Map.ofEntries(Map.entry("MICRO_SERVICE", "微服务"), Map.entry("PSY_COUNSEL", "心理咨询"),
                Map.entry("INITIATIVE", "倡议"), Map.entry("ONLINE_QUIZ", "网络有奖问答"), Map.entry("SKILLS_CONTEST", "巾帼技能大赛"),
                Map.entry("CHILD_SAFETY", "儿童性教育课程"), Map.entry("PREGNANCY_CARE", "关爱孕妈"), Map.entry("MOBILISATION", "动员部署会议"),
                Map.entry("PATRIOTIC_TALK", "爱国主义宣讲"), Map.entry("RED_THEME", "红色主题教育"), Map.entry("RED_SONG", "红歌传唱"),
                Map.entry("RED_VIDEO", "线上短视频展播"), Map.entry("RED_READING", "红色书籍阅读"), Map.entry("CULTURE", "文体活动"),
                Map.entry("VOLUNTEER_TALK", "宣讲辅导志愿服务"), Map.entry("YOUTH_FAMILY_VALUES", "青少年家风教育"),
                Map.entry("ENVIRONMENT", "环境整治志愿服务"), Map.entry("WOMEN_HEALTH", "妇女健康服务"), Map.entry("LEGAL_CONTEST", "普法竞赛与宣传"),
                Map.entry("ELDERLY_CARE", "敬老活动"), Map.entry("MUTUAL_HELP", "执委帮困行"),
                Map.entry("ELECTION_VISIT", "换届现场观摩")),
                false);
        types(Map.of("BUSINESS_TRAINING", "业务培训", "CAREER_TRAINING", "创业就业技能培训"), true);
        material("DISINFECTANT_84", "84消毒液", "箱");
        material("HAND_SANITISER", "免洗酒精", "箱");
        material("MATERNITY_PANTS", "孕妇裤", "条");
        material("PUBLICITY_MATERIAL", "宣传材料", "份");
        material("WINTER_GOODS", "过冬物品", "件");
        // publicity outputs: stated in the publicity clause in their own words, not among the materials handed out
        material("INFO_TO_PROVINCE", "向省妇联网站报送信息", "条", true);
        material("INFO_TO_CITY", "向市妇联网站报送信息", "条", true);
        material("MODEL_STORIES", "推出先进典型", "名", true);
    }

    /** S1 (a street): 全年开展各类培训8批次. */
    @Test
    void s1TrainingBatches() {
        long street = unit(root, "STREET", "回放S1办事处");
        activity(street, YEAR + "-03-10", "TRAINING", Map.of("participants", 40, "batches", 5, "trainees", 40));
        activity(street, YEAR + "-06-10", "TRAINING", Map.of("participants", 30, "batches", 3, "trainees", 30));
        assertEquals(8, total(table(street), "activities.trainings"));
        assertContains(draft(street), "开展各类培训8批次");
    }

    /** S3 (a street): 社区干部吴xx个人出资购买到1000个口罩，无私捐献给xx街办. */
    @Test
    void s3MasksDonated() {
        long street = unit(root, "STREET", "回放S3街办");
        activity(street, YEAR + "-02-05", "VOLUNTEER_SERVICE", Map.of("participants", 1), Map.of("MASK", 1000));
        assertEquals(1000, total(table(street), "activities.materials[MASK]"));
        assertContains(draft(street), "口罩1000个");
    }

    /** S6 (a community): 组织社区160余名老人相聚…欢度重阳节. */
    @Test
    void s6DoubleNinthFestival() {
        long community = unit(unit(root, "STREET", "回放S6街道"), "COMMUNITY", "回放S6社区");
        activity(community, YEAR + "-10-28", "ELDERLY_CARE", Map.of("participants", 160));
        JsonNode t = table(community);
        assertEquals(1, total(t, "activities.activities[ELDERLY_CARE]"));
        assertEquals(160, total(t, "activities.participants[ELDERLY_CARE]"));
        assertContains(draft(community), "参与群众160人次");
    }

    /** S4 (a street): publicity 38, red songs 350余人, 微服务190余次, trainings, 家风达人53人, 7 counsellors, legal publicity. */
    @Test
    void s4StreetOutreachMaterialsAndHonours() {
        long street = unit(root, "STREET", "回放S4街道");
        long community = unit(street, "COMMUNITY", "回放S4社区");
        activity(street, YEAR + "-02-01", "LECTURE", Map.of("participants", 60, "mediaReports", 38));
        activity(street, YEAR + "-06-20", "RED_EDUCATION", Map.of("participants", 350));
        for (int i = 0; i < 190; i++) {
            activity(community, YEAR + "-0" + (1 + i % 9) + "-1" + (i % 9), "MICRO_SERVICE", Map.of("participants", 1));
        }
        for (int i = 0; i < 5; i++) {
            activity(street, YEAR + "-04-0" + (1 + i), "BUSINESS_TRAINING", Map.of("participants", 10, "batches", 1, "trainees", 10));
        }
        for (int i = 0; i < 16; i++) {
            int trainees = i == 0 ? 581 - 15 * 36 : 36;
            activity(community, YEAR + "-05-" + (10 + i), "CAREER_TRAINING", Map.of("participants", trainees, "batches", 1,
                    "trainees", trainees));
        }
        activity(street, YEAR + "-07-01", "PSY_COUNSEL", Map.of("participants", 45, "volunteers", 7));
        // 全街区基层妇联干部…接送疫情居家隔离人员: the cadres' volunteer service, the people it served
        admin.post("activities/volunteer-services", Map.of("unitId", street, "servedOn", YEAR + "-03-15", "teamName", "妇联干部",
                "content", "闭环接送居家隔离人员", "volunteers", 60, "hours", 480, "peopleServed", 4000)).expect(201);
        for (int i = 0; i < 9; i++) {
            Map<String, Integer> handedOut = i == 0 ? Map.of("DISPLAY_BOARD", 212, "LEAFLET", 2000, "PROMO_ITEM", 1000) : Map.of();
            activity(i % 2 == 0 ? street : community, YEAR + "-08-0" + (1 + i), "LEGAL_EDUCATION", Map.of("participants", 50), handedOut);
        }
        long type = contestType("家风达人", "PERSON");
        long contest = admin.post("activities/contests", Map.of("unitId", street, "typeId", type, "contestYear", YEAR))
                .expect(201).body().path("id").asLong();
        for (int i = 0; i < 53; i++) {
            long person = admin.post("people", Map.of("unitId", community, "name", "达人" + i, "sex", "F", "birthDate", "1980-05-0" + (1 + i % 9)))
                    .expect(201).body().path("id").asLong();
            admin.post("activities/contests/" + contest + "/nominees", Map.of("personId", person, "story", "家风淳朴，教子有方。",
                    "nominatedBy", "ORGANISATION")).expect(201);
        }
        runToCommended(contest, YEAR + "-09-01", YEAR + "-09-20");

        JsonNode t = table(street);
        assertEquals(38, own(t, street, "activities.mediaReports"), "the street's own account");
        assertEquals(350, total(t, "activities.participants[RED_EDUCATION]"));
        assertEquals(190, total(t, "activities.activities[MICRO_SERVICE]"));
        assertEquals(5, total(t, "activities.trainings[BUSINESS_TRAINING]"));
        assertEquals(16, total(t, "activities.trainings[CAREER_TRAINING]"));
        assertEquals(581, total(t, "activities.trainees[CAREER_TRAINING]"));
        assertEquals(7, total(t, "activities.activityVolunteers[PSY_COUNSEL]"));
        assertEquals(212, total(t, "activities.materials[DISPLAY_BOARD]"));
        assertEquals(2000, total(t, "activities.materials[LEAFLET]"));
        assertEquals(1000, total(t, "activities.materials[PROMO_ITEM]"));
        assertEquals(9, total(t, "activities.activities[LEGAL_EDUCATION]"));
        assertEquals(53, total(t, "activities.peopleCommended"));
        assertEquals(4000, total(t, "activities.volunteerPeopleServed"), "people, each once, not person-times");
        assertEquals("份", memberUnit(t, "activities.materials", "LEAFLET"), "each material counts in its own measure word");
        assertEquals("个", memberUnit(t, "activities.materials", "DISPLAY_BOARD"));
        String text = draft(street);
        assertContains(text, "在各级媒体报道工作信息38次");
        assertContains(text, "宣传展板212个");
        assertContains(text, "宣传单2000份");
        assertContains(text, "宣传品1000份");
        assertContains(text, "普法宣传9场次");
        assertContains(text, "微服务190场次");
        assertContains(text, "表彰先进个人53人，其中家风达人53人");
        assertContains(text, "共服务4000名群众");
        assertFalse(text.contains("4000人次"), "the seed counts people: " + text);
    }

    /** S8 (a district): honours from the city, 防疫物资, initiatives, online quiz, contests, posts, trainees. */
    @Test
    void s8DistrictOwnAccount() {
        // the deployment's top is a district, so a street with its community stands for S8's district and its streets
        long own = unit(root, "STREET", "回放S8区妇联");
        long street = unit(own, "COMMUNITY", "回放S8街道");
        for (String name : List.of("蒋xx", "康xx", "肖xx")) {
            honour(own, street, "PERSON", name, "AWARDED", "市三八红旗手");
        }
        honour(own, own, "UNIT", "区疾控中心", "AWARDED", "市三八红旗集体");
        honour(own, own, "UNIT", "区妇幼保健院", "AWARDED", "市三八红旗集体");
        for (int i = 0; i < 6; i++) {
            honour(own, street, "FAMILY", "疫情防控家庭" + i, "RECOMMENDED", "市级疫情防控最美家庭");
        }
        for (int i = 0; i < 4; i++) {
            honour(own, street, "FAMILY", "五好家庭" + i, "RECOMMENDED", "市级五好家庭");
            honour(own, street, "FAMILY", "最美家庭" + i, "AWARDED", "市级最美家庭");
        }
        for (int i = 0; i < 2; i++) {
            honour(own, own, "UNIT", "家庭工作集体" + i, "AWARDED", "市级家庭工作先进集体");
            honour(own, own, "PERSON", "家庭工作个人" + i, "AWARDED", "市级家庭工作先进个人");
        }
        // 赠送至太傅店小吃城等3家企业门店: organisations outside the tree the handout served
        Map<String, Object> masks = activityBody(own, YEAR + "-02-10", "VOLUNTEER_SERVICE", Map.of("participants", 40),
                Map.of("MASK", 3000, "DISINFECTANT_84", 8, "HAND_SANITISER", 8));
        masks.put("servedOrgs", List.of(Map.of("name", "太傅店小吃城"), Map.of("name", "五一商圈便利店"), Map.of("name", "黄兴路餐馆")));
        admin.post("activities/events", masks).expect(201);
        // 与全国9个省市的24家社会服务组织推出“益助她力量”直播: the partners with their provinces and cities
        List<String> regions = List.of("湖南省", "北京市", "上海市", "广东省", "湖北省", "四川省", "浙江省", "江苏省", "山东省");
        List<Map<String, String>> partners = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            partners.add(Map.of("name", "社会服务组织" + i, "region", regions.get(i % 9)));
        }
        Map<String, Object> live = activityBody(own, YEAR + "-03-08", "LECTURE", Map.of("participants", 0), Map.of());
        live.put("partnerOrgs", partners);
        admin.post("activities/events", live).expect(201);
        activity(own, YEAR + "-02-03", "INITIATIVE", Map.of());
        activity(own, YEAR + "-02-15", "INITIATIVE", Map.of("participants", 0), Map.of("VEST", 8000));
        activity(own, YEAR + "-03-08", "ONLINE_QUIZ", Map.of("participants", 8000));
        activity(own, YEAR + "-05-20", "SKILLS_CONTEST", Map.of("participants", 60));
        activity(street, YEAR + "-06-01", "CHILD_SAFETY", Map.of("participants", 400));
        activity(own, YEAR + "-06-10", "PREGNANCY_CARE", Map.of("participants", 37), Map.of("MATERNITY_PANTS", 74));
        activity(own, YEAR + "-09-10", "TRAINING", Map.of("participants", 160, "batches", 2, "trainees", 160));
        activity(own, YEAR + "-10-10", "LECTURE", Map.of("participants", 30, "wechatPosts", 160, "originalPosts", 60, "mediaReports", 7),
                Map.of("INFO_TO_PROVINCE", 115, "INFO_TO_CITY", 115, "MODEL_STORIES", 10));
        activity(street, YEAR + "-10-11", "LECTURE", Map.of("participants", 30, "wechatPosts", 40, "originalPosts", 10));
        // 暮云、xx街道10个村开展…妇联执委帮困行活动: ten villages hold it, one of them twice
        for (int i = 0; i < 10; i++) {
            long village = unit(own, "COMMUNITY", "回放S8村" + i);
            for (int k = 0; k < (i == 0 ? 2 : 1); k++) {
                activity(village, YEAR + "-0" + (3 + k) + "-1" + i, "MUTUAL_HELP", Map.of("participants", 8));
            }
        }
        // 召开安全生产工作会议，向14个街道妇联专题部署: here the replay's district is a street, its 14 units communities
        List<Long> addressed = new ArrayList<>(List.of(street));
        for (int i = 0; addressed.size() < 14; i++) {
            addressed.add(unit(own, "COMMUNITY", "回放S8部署社区" + i));
        }
        Map<String, Object> meeting = activityBody(own, YEAR + "-05-25", "MOBILISATION", Map.of("participants", 30), Map.of());
        meeting.put("theme", "安全生产进家庭");
        meeting.put("addressedUnitIds", List.of(own));
        assertEquals("addressedUnitIds", admin.post("activities/events", meeting).expect(400).body()
                .path("fields").get(0).path("field").asText(), "a meeting deploys work below its unit");
        meeting.put("addressedUnitIds", addressed);
        JsonNode recorded = admin.post("activities/events", meeting).expect(201).body();
        assertEquals(14, recorded.path("addressedUnitIds").size());
        // 购买崇善公益联盟“忘忧草”馨家园项目…该项目已连续开展三年: the years come from its first year
        Map<String, Object> project = new HashMap<>(Map.of("unitId", own, "name", "“忘忧草”馨家园项目", "provider", "崇善公益联盟",
                "firstYear", YEAR - 2));
        JsonNode bought = admin.post("activities/projects", project).expect(201).body();
        project.put("lastYear", YEAR - 3);
        project.put("version", bought.path("version").asInt());
        assertEquals("lastYear", admin.put("activities/projects/" + bought.path("id").asLong(), project).expect(400).body()
                .path("fields").get(0).path("field").asText());
        project.remove("lastYear");
        project.put("version", bought.path("version").asInt() + 1);
        admin.put("activities/projects/" + bought.path("id").asLong(), project).expect(409);
        long type = contestType("疫情防控最美家庭", "FAMILY");
        long contest = admin.post("activities/contests", Map.of("unitId", own, "typeId", type, "contestYear", YEAR))
                .expect(201).body().path("id").asLong();
        for (int i = 0; i < 12; i++) {
            long person = admin.post("people", Map.of("unitId", street, "name", "户主" + i, "sex", "F", "birthDate", "1975-03-1" + (i % 9)))
                    .expect(201).body().path("id").asLong();
            admin.post("activities/contests/" + contest + "/nominees", Map.of("name", "抗疫家庭" + i, "members",
                    List.of(Map.of("personId", person, "relation", "户主")), "story", "全家参与防疫。", "nominatedBy", "OTHERS")).expect(201);
        }
        runToCommended(contest, YEAR + "-04-10", YEAR + "-04-30");

        JsonNode t = table(own);
        assertEquals(3, own(t, own, "activities.peopleHonouredAbove[市三八红旗手]"));
        assertEquals(2, own(t, own, "activities.unitsHonouredAbove[市三八红旗集体]"));
        assertEquals(2, own(t, own, "activities.unitsHonouredAbove[市级家庭工作先进集体]"));
        assertEquals(2, own(t, own, "activities.peopleHonouredAbove[市级家庭工作先进个人]"));
        assertEquals(6, own(t, own, "activities.familiesRecommendedAbove[市级疫情防控最美家庭]"));
        assertEquals(4, own(t, own, "activities.familiesRecommendedAbove[市级五好家庭]"));
        assertEquals(4, own(t, own, "activities.familiesHonouredAbove[市级最美家庭]"));
        assertEquals(3000, total(t, "activities.materials[MASK]"));
        assertEquals(8, total(t, "activities.materials[DISINFECTANT_84]"));
        assertEquals(8, total(t, "activities.materials[HAND_SANITISER]"));
        assertEquals(8000, total(t, "activities.materials[VEST]"));
        assertEquals(74, total(t, "activities.materials[MATERNITY_PANTS]"));
        assertEquals(2, own(t, own, "activities.activities[INITIATIVE]"));
        assertEquals(8000, total(t, "activities.participants[ONLINE_QUIZ]"));
        assertEquals(60, total(t, "activities.participants[SKILLS_CONTEST]"));
        assertEquals(400, total(t, "activities.participants[CHILD_SAFETY]"));
        assertEquals(37, total(t, "activities.participants[PREGNANCY_CARE]"));
        assertEquals(12, total(t, "activities.familiesCommended"));
        assertEquals(160, own(t, own, "activities.wechatPosts"), "the district's own account, not its streets'");
        assertEquals(60, own(t, own, "activities.originalPosts"));
        assertEquals(7, own(t, own, "activities.mediaReports"));
        assertEquals(160, total(t, "activities.trainees"));
        assertEquals(10, total(t, "activities.unitsHolding[MUTUAL_HELP]"));
        assertEquals(11, total(t, "activities.activities[MUTUAL_HELP]"));
        assertEquals(115, own(t, own, "activities.publicityItems[INFO_TO_PROVINCE]"), "the district's own account");
        assertEquals(115, own(t, own, "activities.publicityItems[INFO_TO_CITY]"));
        assertEquals(10, own(t, own, "activities.publicityItems[MODEL_STORIES]"));
        assertEquals("条", memberUnit(t, "activities.publicityItems", "INFO_TO_CITY"));
        assertEquals("名", memberUnit(t, "activities.publicityItems", "MODEL_STORIES"));
        assertEquals(3000 + 8 + 8 + 8000 + 74, total(t, "activities.materials"), "publicity outputs are no materials handed out");
        assertEquals(14, own(t, own, "activities.unitsAddressed[COMMUNITY]"));
        assertEquals(1, own(t, own, "activities.projects"));
        assertEquals(3, own(t, own, "activities.projectYears[" + bought.path("id").asLong() + "]"), "三年: from its first year");
        assertEquals(24, total(t, "activities.partnerOrgs"));
        assertEquals(9, total(t, "activities.partnerRegions"));
        assertEquals(3, total(t, "activities.orgsServed"));
        String text = draft(own);
        assertContains(text, "向14个社区妇联专题部署工作");
        assertContains(text, "已连续开展多年的项目：“忘忧草”馨家园项目3年");
        assertContains(text, "联合24家社会组织开展活动，合作组织来自9个省市");
        assertContains(text, "为3家企业、门店等单位送去服务和物资");
        assertFalse(text.contains("个街道妇联专题部署"), "only the kinds addressed: " + text);
        assertContains(text, "推荐市级五好家庭4户");
        assertContains(text, "市级疫情防控最美家庭6户");
        assertContains(text, "获评市级最美家庭4户");
        assertContains(text, "获上级表彰先进个人5人");
        assertContains(text, "市三八红旗手3人");
        assertContains(text, "市级家庭工作先进个人2人");
        assertContains(text, "获上级表彰先进集体4个");
        assertContains(text, "市三八红旗集体2个");
        assertContains(text, "表彰各类家庭12户，其中疫情防控最美家庭12户");
        assertContains(text, "微信公众号发布推文160篇，其中原创推文60篇");
        assertContains(text, "在各级媒体报道工作信息7次");
        assertContains(text, "口罩3000个");
        assertContains(text, "孕妇裤74条");
        assertContains(text, "倡议2场次");
        assertContains(text, "培训160人次");
        // their own clause of the publicity sentence, not the materials list
        // (the two destinations share a sort order, so they come by code: city, then province)
        assertContains(text, "其中原创推文60篇；向市妇联网站报送信息115条、向省妇联网站报送信息115条、推出先进典型10名。");
        String materials = text.substring(text.indexOf("制作、发放宣传品和物资："));
        assertFalse(materials.substring(0, materials.indexOf('。')).contains("报送信息"), materials);
    }

    /** S10 (a street): 13个社区现场观摩, 动员部署会议2次, 文艺演出20余次, 爱国主义宣讲35次, 主题活动23次, 红歌15场次, 短视频8期, 红色书籍阅读15次. */
    @Test
    void s10RedEducationByType() {
        long street = unit(root, "STREET", "回放S10街道");
        long community = unit(street, "COMMUNITY", "回放S10社区");
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("MOBILISATION", 2);
        counts.put("PERFORMANCE", 20);
        counts.put("PATRIOTIC_TALK", 35);
        counts.put("RED_THEME", 23);
        counts.put("RED_SONG", 15);
        counts.put("RED_VIDEO", 8);
        counts.put("RED_READING", 15);
        counts.forEach((type, n) -> {
            for (int i = 0; i < n; i++) {
                activity(type.equals("MOBILISATION") ? street : community, YEAR + "-0" + (1 + i % 9) + "-2" + (i % 8), type,
                        Map.of("participants", 20));
            }
        });
        // L180: 选出xx社区为试点，其余13个社区现场观摩学习 (each of the 13 records its visit)
        for (int i = 0; i < 13; i++) {
            activity(unit(street, "COMMUNITY", "回放S10观摩社区" + i), YEAR + "-04-15", "ELECTION_VISIT", Map.of("participants", 3));
        }
        JsonNode t = table(street);
        counts.forEach((type, n) -> assertEquals(n.longValue(), total(t, "activities.activities[" + type + "]"), type));
        assertEquals(13, total(t, "activities.unitsHolding[ELECTION_VISIT]"));
        String text = draft(street);
        assertContains(text, "动员部署会议2场次");
        assertContains(text, "文艺演出20场次");
        assertContains(text, "爱国主义宣讲35场次");
        assertContains(text, "红色主题教育23场次");
        assertContains(text, "红歌传唱15场次");
        assertContains(text, "线上短视频展播8场次");
        assertContains(text, "红色书籍阅读15场次");
    }

    /** S11 (a community): 活动30余次 2000多人次, 大型演出10余场, 宣传单100余份, 5名候选人, 服务活动20余场, 宣传材料500余份. */
    @Test
    void s11CommunityActivitiesAndVolunteerServices() {
        long street = unit(root, "STREET", "回放S11街道");
        long community = unit(street, "COMMUNITY", "回放S11社区");
        for (int i = 0; i < 30; i++) {
            activity(community, YEAR + "-0" + (1 + i % 9) + "-0" + (1 + i % 9), "CULTURE", Map.of("participants", i < 20 ? 70 : 60));
        }
        for (int i = 0; i < 10; i++) {
            activity(community, YEAR + "-10-1" + i, "PERFORMANCE", Map.of("participants", 100));
        }
        for (int i = 0; i < 20; i++) {
            activity(community, YEAR + "-0" + (1 + i % 9) + "-2" + (i % 8), "TRAINING", Map.of("participants", 15, "batches", 1,
                    "trainees", 15));
        }
        activity(community, YEAR + "-03-01", "LEGAL_EDUCATION", Map.of("participants", 80), Map.of("LEAFLET", 100));
        activity(community, YEAR + "-03-08", "LEGAL_EDUCATION", Map.of("participants", 120), Map.of("PUBLICITY_MATERIAL", 500));
        long contest = admin.post("activities/contests", Map.of("unitId", community, "typeId", contestTypeId("MOST_BEAUTIFUL_FAMILY"),
                "contestYear", YEAR)).expect(201).body().path("id").asLong();
        for (int i = 0; i < 5; i++) {
            long person = admin.post("people", Map.of("unitId", community, "name", "候选" + i, "sex", "F", "birthDate", "1970-01-0" + (1 + i)))
                    .expect(201).body().path("id").asLong();
            admin.post("activities/contests/" + contest + "/nominees", Map.of("name", "候选家庭" + i, "members",
                    List.of(Map.of("personId", person, "relation", "户主")), "story", "邻里和睦。", "nominatedBy", "SELF")).expect(201);
        }
        for (int i = 0; i < 20; i++) {
            admin.post("activities/volunteer-services", Map.of("unitId", community, "servedOn", YEAR + "-0" + (1 + i % 9) + "-15",
                    "teamName", "巾帼志愿服务队", "content", "关爱困境儿童", "volunteers", 15, "hours", 2)).expect(201);
        }
        JsonNode t = table(community);
        assertEquals(30, total(t, "activities.activities[CULTURE]"));
        assertEquals(2000, total(t, "activities.participants[CULTURE]"));
        assertEquals(10, total(t, "activities.activities[PERFORMANCE]"));
        assertEquals(20, total(t, "activities.activities[TRAINING]"));
        assertEquals(20, total(t, "activities.trainings"));
        assertEquals(100, total(t, "activities.materials[LEAFLET]"));
        assertEquals(500, total(t, "activities.materials[PUBLICITY_MATERIAL]"));
        assertEquals(5, total(t, "activities.familiesNominated"));
        assertEquals(20, total(t, "activities.volunteerServices"));
        String text = draft(community);
        assertContains(text, "文体活动30场次");
        assertContains(text, "文艺演出10场次");
        assertContains(text, "开展各类培训20批次");
        assertContains(text, "宣传单100份");
        assertContains(text, "宣传材料500份");
        assertContains(text, "推选参评家庭5户");
        assertContains(text, "开展志愿服务20次");
    }

    /** S12 (a community): 组织二十多名中小学生和家长 (家庭教育); 来自社区的百名学生…绘制书画长卷 (文体活动). */
    @Test
    void s12FamilyEducationAndPainting() {
        long community = unit(unit(root, "STREET", "回放S12镇"), "COMMUNITY", "回放S12社区");
        activity(community, YEAR + "-05-30", "FAMILY_EDUCATION", Map.of("participants", 20));
        activity(community, YEAR + "-07-20", "CULTURE", Map.of("participants", 100));
        JsonNode t = table(community);
        assertEquals(20, total(t, "activities.participants[FAMILY_EDUCATION]"));
        assertEquals(100, total(t, "activities.participants[CULTURE]"));
        assertContains(draft(community), "参与群众120人次");
    }

    /** S13 (a community): the activities by type in 场次, 过冬物品100余件, 捐赠260余件, 帮扶辖区妇女36人次. */
    @Test
    void s13CommunityEventsByType() {
        long street = unit(root, "STREET", "回放S13街道");
        long community = unit(street, "COMMUNITY", "回放S13社区");
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("LEGAL_EDUCATION", 8);
        counts.put("VISIT", 10);
        counts.put("VOLUNTEER_SERVICE", 10);
        counts.put("VOLUNTEER_TALK", 8);
        counts.put("YOUTH_FAMILY_VALUES", 11);
        counts.put("CULTURE", 12);
        counts.put("ENVIRONMENT", 10);
        counts.put("WOMEN_HEALTH", 6);
        counts.put("LEGAL_CONTEST", 6);
        counts.forEach((type, n) -> {
            for (int i = 0; i < n; i++) {
                activity(community, YEAR + "-0" + (1 + i % 9) + "-0" + (1 + i % 9), type, Map.of("participants", 25));
            }
        });
        activity(community, YEAR + "-01-20", "VISIT", Map.of("participants", 30), Map.of("WINTER_GOODS", 100));
        activity(community, YEAR + "-01-25", "VOLUNTEER_SERVICE", Map.of("participants", 30), Map.of("GOODS", 260));
        admin.post("activities/volunteer-services", Map.of("unitId", community, "servedOn", YEAR + "-06-15", "teamName", "便民利民妇女微家",
                "content", "帮扶辖区妇女", "volunteers", 6, "hours", 12, "beneficiaries", 36)).expect(201);
        JsonNode t = table(community);
        assertEquals(8, total(t, "activities.activities[LEGAL_EDUCATION]"));
        assertEquals(11, total(t, "activities.activities[VISIT]"));
        assertEquals(11, total(t, "activities.activities[VOLUNTEER_SERVICE]"));
        assertEquals(8, total(t, "activities.activities[VOLUNTEER_TALK]"));
        assertEquals(11, total(t, "activities.activities[YOUTH_FAMILY_VALUES]"));
        assertEquals(12, total(t, "activities.activities[CULTURE]"));
        assertEquals(10, total(t, "activities.activities[ENVIRONMENT]"));
        assertEquals(6, total(t, "activities.activities[WOMEN_HEALTH]"));
        assertEquals(6, total(t, "activities.activities[LEGAL_CONTEST]"));
        assertEquals(100, total(t, "activities.materials[WINTER_GOODS]"));
        assertEquals(260, total(t, "activities.materials[GOODS]"));
        assertEquals(36, total(t, "activities.volunteerBeneficiaries"));
        String text = draft(community);
        assertContains(text, "普法宣传8场次");
        assertContains(text, "青少年家风教育11场次");
        assertContains(text, "文体活动12场次");
        assertContains(text, "环境整治志愿服务10场次");
        assertContains(text, "妇女健康服务6场次");
        assertContains(text, "普法竞赛与宣传6场次");
        assertContains(text, "宣讲辅导志愿服务8场次");
        assertContains(text, "过冬物品100件");
        assertContains(text, "慰问物品260件");
        assertContains(text, "服务群众36人次");
    }

    /**
     * S13 L248: 夕阳红舞蹈队妇女微家组织辖区妇女进行妇女维权法律宣传3场次 — the activities one station held
     * ({@code activities.byStation[<station>]}), beside the community's own 普法宣传 held elsewhere.
     */
    @Test
    void s13MicroHomeHeldThreeEvents() {
        long street = unit(root, "STREET", "回放S13微家街道");
        long community = unit(street, "COMMUNITY", "回放S13微家社区");
        long home = admin.post("orgs/" + community + "/stations", Map.of("kind", "MICRO_HOME", "name", "夕阳红舞蹈队妇女微家",
                "openedOn", YEAR + "-01-01")).expect(201).body().path("id").asLong();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> body = activityBody(community, YEAR + "-0" + (i + 2) + "-08", "LEGAL_EDUCATION", Map.of("participants", 20), Map.of());
            body.put("stationId", home);
            admin.post("activities/events", body).expect(201);
        }
        activity(community, YEAR + "-07-01", "LEGAL_EDUCATION", Map.of("participants", 40));
        JsonNode t = table(community);
        assertEquals(3, total(t, "activities.byStation[" + home + "]"));
        assertEquals(4, total(t, "activities.activities[LEGAL_EDUCATION]"));
    }

    /** A record naming a station of another subtree, or a title from inside the tree, is refused with the field named. */
    @Test
    void refusesWhatTheUnitMayNotRecord() {
        long a = unit(root, "STREET", "回放甲街道");
        long b = unit(root, "STREET", "回放乙街道");
        long station = admin.post("orgs/" + b + "/stations", Map.of("kind", "WOMEN_HOME", "name", "乙街道妇女之家", "sixHave", 6))
                .expect(201).body().path("id").asLong();
        Map<String, Object> body = activityBody(a, YEAR + "-05-01", "LECTURE", Map.of("participants", 10), Map.of());
        body.put("stationId", station);
        JsonNode err = admin.post("activities/events", body).expect(400).body();
        assertTrue(err.toString().contains("stationId"), err.toString());
        body.put("stationId", null);
        body.put("quantities", Map.of("NO_SUCH_MATERIAL", 5));
        assertTrue(admin.post("activities/events", body).expect(400).body().toString().contains("quantities.NO_SUCH_MATERIAL"));
        JsonNode level = admin.post("activities/honours-above", honourBody(a, a, "FAMILY", "张家", "AWARDED", "区级最美家庭", "DISTRICT"))
                .expect(400).body();
        assertTrue(level.toString().contains("\"level\""), level.toString());
        JsonNode created = admin.post("activities/honours-above", honourBody(a, a, "FAMILY", "张家", "AWARDED", "市级最美家庭", "CITY"))
                .expect(201).body();
        Map<String, Object> change = honourBody(a, a, "FAMILY", "张家", "AWARDED", "市级文明家庭", "CITY");
        change.put("version", created.path("version").asInt());
        admin.put("activities/honours-above/" + created.path("id").asLong(), change).expect(200);
        assertEquals("VERSION_CONFLICT", admin.put("activities/honours-above/" + created.path("id").asLong(), change).expect(409).code());
    }

    /**
     * Signs in as the admin, again while the REST application is being rebuilt: a test before this one may have
     * restarted a module (its configuration changed), and its health answers before its resources are back.
     */
    private static Api signIn() {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                return Api.admin();
            } catch (AssertionError e) {
                if (System.currentTimeMillis() > until) {
                    throw e;
                }
                Api.sleep(500);
            }
        }
    }

    /** After another test restarted a module, its resources come back a moment after its health does. */
    private static void awaitResource(String path) {
        long until = System.currentTimeMillis() + 60_000;
        while (admin.get(path).status() >= 404 && System.currentTimeMillis() < until) {
            Api.sleep(200);
        }
    }

    // ---- what a clerk does, through the REST API

    private static long unit(long parentId, String kind, String name) {
        return admin.post("orgs", Map.of("parentId", parentId, "kind", kind, "name", Api.unique(name), "effective", "2020-01-01"))
                .expect(201).body().path("id").asLong();
    }

    private static void types(Map<String, String> names, boolean training) {
        names.forEach((code, name) -> admin.put("activities/event-types/" + code, Map.of("code", code, "name", name,
                "training", training, "active", true, "sortOrder", 500)).expect(200));
    }

    private static void material(String code, String name, String unitZh) {
        material(code, name, unitZh, false);
    }

    private static void material(String code, String name, String unitZh, boolean publicity) {
        admin.put("activities/materials/" + code, Map.of("code", code, "name", name, "unitZh", unitZh, "active", true,
                "sortOrder", 500, "publicity", publicity)).expect(200);
    }

    private static long contestType(String name, String kind) {
        String code = ("SEED_" + Api.unique("").replaceAll("[^A-Za-z0-9]", "")).toUpperCase();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "nomineeKind", kind, "cycleYears", 1,
                "quota", 0, "voteShare", 0, "noticeDays", 3, "noticeWorkingDays", false, "requiresLowerTitle", false, "active", true));
        body.putAll(Map.of("id", 0, "sortOrder", 500, "version", 0));
        return admin.post("activities/contest-types", body).expect(201).body().path("id").asLong();
    }

    private static long contestTypeId(String code) {
        for (JsonNode t : admin.get("activities/contest-types").expect(200).body()) {
            if (t.path("code").asText().equals(code)) {
                return t.path("id").asLong();
            }
        }
        throw new AssertionError("no contest type " + code);
    }

    /** Runs the contest to its commendation, then dates its notice and commendation back to the replayed year. */
    private static void runToCommended(long contest, String noticeStart, String commendedOn) {
        ContestSteps.runToCommended(admin, contest, DayOfWeek.MONDAY);
        ContestSteps.commendedBack(contest, LocalDate.parse(noticeStart), LocalDate.parse(commendedOn));
    }

    private static void activity(long unit, String day, String type, Map<String, Integer> counts) {
        activity(unit, day, type, counts, Map.of());
    }

    private static void activity(long unit, String day, String type, Map<String, Integer> counts, Map<String, Integer> quantities) {
        admin.post("activities/events", activityBody(unit, day, type, counts, quantities)).expect(201);
    }

    private static Map<String, Object> activityBody(long unit, String day, String type, Map<String, Integer> counts,
                                                    Map<String, Integer> quantities) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit, "heldOn", day, "typeCode", type, "theme", "回放活动"));
        body.putAll(counts);
        body.put("quantities", quantities);
        return body;
    }

    private static void honour(long unit, long origin, String kind, String name, String outcome, String title) {
        admin.post("activities/honours-above", honourBody(unit, origin, kind, name, outcome, title, "CITY")).expect(201);
    }

    private static Map<String, Object> honourBody(long unit, long origin, String kind, String name, String outcome, String title,
                                                  String level) {
        return new HashMap<>(Map.of("unitId", unit, "originUnitId", origin, "kind", kind, "name", name, "outcome", outcome,
                "level", level, "title", title, "dated", YEAR + "-09-15", "documentNo", "市妇字〔2026〕12号"));
    }

    // ---- what the table and the draft state

    private static JsonNode table(long unit) {
        return admin.get("reporting/table?unitId=" + unit + "&year=" + YEAR + "&compare=false").expect(200).body();
    }

    /** The unit a table's indicator gives one member of its breakdown. */
    private static String memberUnit(JsonNode table, String indicator, String member) {
        for (JsonNode i : table.path("indicators")) {
            if (i.path("id").asText().equals(indicator)) {
                for (JsonNode m : i.path("dimension").path("members")) {
                    if (m.path("code").asText().equals(member)) {
                        return m.path("unitZh").asText(null);
                    }
                }
            }
        }
        throw new AssertionError("no member " + member + " of " + indicator);
    }

    private static long total(JsonNode table, String key) {
        return whole(table.path("total").path("values").path(key), key);
    }

    /** The unit's own records (the table's 本级 row). */
    private static long own(JsonNode table, long unit, String key) {
        for (JsonNode r : table.path("rows")) {
            if (r.path("unitId").asLong() == unit && r.path("own").asBoolean()) {
                return whole(r.path("values").path(key), key);
            }
        }
        throw new AssertionError("no own row of " + unit + " in " + table.path("rows"));
    }

    private static long whole(JsonNode v, String key) {
        assertFalse(v.isMissingNode() || v.isNull(), key + " is in the table");
        return new BigDecimal(v.asText()).longValueExact();
    }

    /** The drafted summary's text; it never prints a dash, null, a placeholder or a zero figure of this module's. */
    private static String draft(long unit) {
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", unit, "year", YEAR)).expect(201).body();
        List<String> lines = new ArrayList<>();
        s.path("sections").forEach(sec -> sec.path("paragraphs").forEach(p -> lines.add(p.path("text").asText())));
        String text = String.join("\n", lines);
        for (String never : List.of("—", "null", "{", "0件", "0户", "0人", "0场次", "0次")) {
            assertFalse(text.matches("(?s).*(^|[^0-9.])" + java.util.regex.Pattern.quote(never) + ".*"), never + " in " + text);
        }
        return text;
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), "「" + part + "」 in:\n" + text);
    }
}
