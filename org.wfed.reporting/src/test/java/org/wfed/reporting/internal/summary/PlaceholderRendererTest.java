package org.wfed.reporting.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wfed.core.WfedException;
import org.wfed.core.extension.Measure;
import org.wfed.reporting.dto.Part;
import org.wfed.reporting.internal.summary.SummaryRepository.FigureRow;

/** How a summary's paragraph reads: figures as the genre writes them, and nothing stated that was not done. */
class PlaceholderRendererTest {
    private static final Map<String, String> BUILTINS = Map.of("year", "2025", "unit", "xx街道妇联");

    /** A street's figures: its own records and its subtree's. */
    private static StoredFigures figures() {
        List<FigureRow> rows = new ArrayList<>();
        whole(rows, "activities.trainings", "开展培训", "批次", "EVENTS", "SUBTREE", "8", "2");
        whole(rows, "activities.wechatPosts", "微信推文", "篇", "COUNT", "OWN", "419", "160");
        whole(rows, "aid.screeningDue", "应查", "人", "PEOPLE", "SUBTREE", "0", "0");
        whole(rows, "aid.screened", "实查", "人", "PEOPLE", "SUBTREE", "0", "0");
        whole(rows, "aid.screeningRate", "筛查率", "%", "RATE", "SUBTREE", null, null);
        whole(rows, "aid.followUpRate", "随访率", "%", "RATE", "SUBTREE", "52.3", "50");
        whole(rows, "elections.delegates", "妇女代表", "人", "PEOPLE", "SUBTREE", "0", "0");
        whole(rows, "elections.executives", "执委", "人", "PEOPLE", "SUBTREE", "210", "0");
        whole(rows, "aid.amountPaid", "发放救助金额", "元", "MONEY", "SUBTREE", "265400", "5400");
        member(rows, "aid.amountPaid", 1, "FESTIVAL_VISIT", "节日慰问", "元", "MONEY", "30400", "5400");
        member(rows, "aid.amountPaid", 2, "TWO_CANCERS_AID", "两癌救助", "元", "MONEY", "235000", "0");
        whole(rows, "elections.averageAgeChange", "平均年龄变化", "%", "RATE", "SUBTREE", "-31.4", "0");
        whole(rows, "elections.collegeDifference", "大专及以上学历人数变化", "人", "AVERAGE", "SUBTREE", "6", "0");
        whole(rows, "activities.volunteerHours", "志愿服务时长", "小时", "QUANTITY", "SUBTREE", "320.5", "0");
        return new StoredFigures(rows);
    }

    private static void whole(List<FigureRow> rows, String id, String name, String unit, String measure, String defaultReach,
                              String subtree, String own) {
        rows.add(new FigureRow(id, null, "SUBTREE", defaultReach, 0, name, null, unit, measure, subtree == null ? null : new BigDecimal(subtree)));
        rows.add(new FigureRow(id, null, "OWN", defaultReach, 0, name, null, unit, measure, own == null ? null : new BigDecimal(own)));
    }

    private static void member(List<FigureRow> rows, String id, int position, String code, String memberName, String unit,
                               String measure, String subtree, String own) {
        rows.add(new FigureRow(id, code, "SUBTREE", "SUBTREE", position, "x", memberName, unit, measure, new BigDecimal(subtree)));
        rows.add(new FigureRow(id, code, "OWN", "SUBTREE", position, "x", memberName, unit, measure, new BigDecimal(own)));
    }

    private static PlaceholderRenderer.Rendered render(String template) {
        return PlaceholderRenderer.render(template, BUILTINS, figures(), null, false, true);
    }

    @Test
    void figuresBecomeLinkedPartsBetweenProse() {
        PlaceholderRenderer.Rendered r = render("全年开展各类培训{activities.trainings}批次。");
        List<Part> parts = r.parts();
        assertEquals(3, parts.size());
        assertEquals("全年开展各类培训", parts.get(0).text());
        assertNull(parts.get(0).indicatorId());
        assertEquals("activities.trainings", parts.get(1).indicatorId());
        assertEquals("8", parts.get(1).text());
        assertEquals("SUBTREE", parts.get(1).reach());
        assertEquals("全年开展各类培训8批次。", r.text());
    }

    @Test
    void builtInWordsMergeIntoTheProseAndBracesThatAreNoIdStay() {
        assertEquals("2025年，xx街道妇联随访率52.3%。", render("{year}年，{unit}随访率{aid.followUpRate}。").text());
        assertEquals("集合{ }与{1a}和{}", render("集合{ }与{1a}和{}").text());
    }

    @Test
    void aSentenceWhoseFiguresAreAllZeroOrNotApplicableIsLeftOut() {
        PlaceholderRenderer.Rendered r = render("选举产生妇女代表{elections.delegates}名。组织两癌筛查，应查{aid.screeningDue}人，"
                + "实查{aid.screened}人，筛查率{aid.screeningRate}。全年开展培训{activities.trainings}批次。");
        assertEquals("全年开展培训8批次。", r.text());
        assertEquals(3, r.sentences().size());
        assertTrue(r.sentences().get(0).omitted());
        assertEquals("选举产生妇女代表0名。", r.sentences().get(0).text(), "the clerk sees what was left out");
        assertTrue(r.sentences().get(1).text().contains("筛查率（无数据）"), r.sentences().get(1).text());
        assertFalse(r.text().contains("—"));
    }

    @Test
    void aClauseThatStatesNothingIsLeftOutOfAKeptSentence() {
        assertEquals("选举产生执委210名。", render("选举产生执委{elections.executives}名，妇女代表{elections.delegates}名。").text(),
                "the sentence still ends with 。");
        // a clause goes with everything in it: templates write each clause so that it reads on its own
        assertEquals("本年度完成换届选举，产生执委210名。",
                render("本年度完成换届选举，产生妇女代表{elections.delegates}名，产生执委{elections.executives}名。").text());
    }

    @Test
    void aParagraphOfWhichNoFigureIsLeftIsLeftOutWithItsFramingProse() {
        PlaceholderRenderer.Rendered r = render("二是关注妇女健康。应查{aid.screeningDue}人，实查{aid.screened}人。");
        assertTrue(r.omitted());
        assertEquals("", r.text());
        assertFalse(r.sentences().get(0).omitted(), "the framing sentence states no figure");
        assertTrue(r.sentences().get(1).omitted());
    }

    @Test
    void anIndicatorNoBundleProvidesLeavesItsSentenceOutAndSaysWhy() {
        PlaceholderRenderer.Rendered r = render("换届产生执委{elections.members}名。开展培训{activities.trainings}批次。");
        assertEquals("开展培训8批次。", r.text());
        assertTrue(r.sentences().get(0).reason().contains("elections.members"), r.sentences().get(0).reason());
        assertFalse(r.text().contains("{"), "never an unreplaced placeholder");
    }

    @Test
    void staffCanPutTheLeftOutSentencesBack() {
        PlaceholderRenderer.Rendered r = PlaceholderRenderer.render("选举产生妇女代表{elections.delegates}名，筛查率{aid.screeningRate}。",
                BUILTINS, figures(), null, true, false);
        assertEquals("选举产生妇女代表0名，筛查率（无数据）。", r.text());
        assertNull(r.sentences().get(0).reach(), "no reach labels without children");
    }

    @Test
    void moneyReadsAsTheGenreWritesIt() {
        assertEquals("共计26.54万元。", render("共计{aid.amountPaid}元。").text(), "万元 from 100,000 yuan");
        assertEquals("共计26.54万元。", render("共计{aid.amountPaid}。").text(), "with its unit when the template has none");
        assertEquals("其中两癌救助23.5万元。", render("其中两癌救助{aid.amountPaid[TWO_CANCERS_AID]}元。").text());
        assertEquals("节日慰问5400元。", render("节日慰问{aid.amountPaid[FESTIVAL_VISIT]@own}元。").text());
        assertEquals("5000.5", FigureFormat.number(Measure.MONEY, new BigDecimal("5000.50")));
        assertEquals("123456", FigureFormat.number(Measure.MONEY, new BigDecimal("123456.00")), "万元 only where it stays exact");
        assertEquals("320.5小时", FigureFormat.withUnit(Measure.QUANTITY, "小时", new BigDecimal("320.50")));
        assertEquals("41.7%", FigureFormat.withUnit(Measure.RATE, "%", new BigDecimal("41.7")));
        assertNull(FigureFormat.number(Measure.RATE, null), "no text, never —");
    }

    @Test
    void listsNameTheMembersWithData() {
        assertEquals("发放节日慰问、两癌救助等资金。", render("发放{aid.amountPaid[*]}等资金。").text());
        assertEquals("其中节日慰问30400元、两癌救助23.5万元。", render("其中{aid.amountPaid[*#]}。").text());
        assertEquals("其中节日慰问5400元。", render("其中{aid.amountPaid[*#]@own}。").text(), "own: the programmes the unit itself paid");
    }

    @Test
    void eachFigureTakesItsDefaultReachUnlessTheParagraphOrThePlaceholderSaysOtherwise() {
        PlaceholderRenderer.Rendered r = render("发布推文{activities.wechatPosts}篇。开展培训{activities.trainings}批次，推文{activities.wechatPosts}篇。");
        assertEquals("发布推文160篇。开展培训8批次，推文160篇。", r.text(), "publicity: the unit's own account by default");
        assertEquals("OWN", r.sentences().get(0).reach());
        assertEquals("MIXED", r.sentences().get(1).reach());
        assertEquals("推文419篇。", render("推文{activities.wechatPosts@subtree}篇。").text());
        assertEquals("培训2批次。", PlaceholderRenderer.render("培训{activities.trainings}批次。", BUILTINS, figures(),
                org.wfed.core.extension.Reach.OWN, false, true).text());
    }

    @Test
    void editsRefuseUnknownPlaceholdersNamingTheNearest() {
        Set<String> builtins = SummaryService.BUILTINS;
        Map<String, Set<String>> known = figures().members();
        WfedException e = assertThrows(WfedException.class, () -> PlaceholderCheck.check("筛查率{aid.screningRate}。", builtins, known));
        assertTrue(e.fields().get(0).message().contains("{aid.screeningRate}"), e.fields().get(0).message());
        assertEquals("template", e.fields().get(0).field());
        WfedException member = assertThrows(WfedException.class,
                () -> PlaceholderCheck.check("{aid.amountPaid[TWO_CANCER_AID]}", builtins, known));
        assertTrue(member.fields().get(0).message().contains("{aid.amountPaid[TWO_CANCERS_AID]}"), member.fields().get(0).message());
        assertThrows(WfedException.class, () -> PlaceholderCheck.check("{activities.trainings[X]}", builtins, known));
        assertThrows(WfedException.class, () -> PlaceholderCheck.check("{aid.amountPaid@mine}", builtins, known));
        PlaceholderCheck.check("{year}年{unit}：{aid.amountPaid[*#]@own}，{activities.trainings}，{ }。", builtins, known);
    }

    @Test
    void hintsAreCounted() {
        assertEquals(2, Hints.count("（请补充组织建设情况。）一是……；二是……。（请填写本年度工作中存在的问题和不足。）"));
        assertEquals(0, Hints.count("（2025年）共计5400元。"));
    }

    @Test
    void aSignedFigureReadsWithTheWordOfItsDirection() {
        assertEquals("社区妇联主席平均年龄同比下降31.4%，大专及以上学历人员较上届增加6人。",
                render("社区妇联主席平均年龄同比{elections.averageAgeChange|提高/下降}，"
                        + "大专及以上学历人员较上届{elections.collegeDifference|增加/减少}人。").text());
        // without the rule the sign stays; a zero change states nothing and its clause goes
        assertEquals("变化-31.4%。", render("变化{elections.averageAgeChange}。").text());
        assertEquals("执委210名。", render("执委{elections.executives}名，较上届{elections.collegeDifference@own|增加/减少}人。").text());
        Map<String, Set<String>> known = Map.of("elections.averageAgeChange", Set.of());
        PlaceholderCheck.check("{elections.averageAgeChange|提高/下降}", Set.of(), known);
        WfedException bad = assertThrows(WfedException.class,
                () -> PlaceholderCheck.check("{elections.averageAgeChange|下降}", Set.of(), known));
        assertTrue(bad.fields().get(0).message().contains("提高/下降"), bad.fields().get(0).message());
    }
}
