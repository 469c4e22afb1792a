package org.wfed.reporting.internal.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.ReportSection;

/**
 * Drafts the paragraphs of an annual summary in the genre's order (guiding line, organisation,
 * outreach, family, rights, care, employment, problems, plan): the present report sections'
 * paragraphs; where a section has none, a sentence listing its indicators; where it has neither,
 * a short stub staff replace with their own prose. What the figures say is decided when the draft is
 * rendered ({@link PlaceholderRenderer}): a sentence of zeros is left out there, not here, so that a
 * refresh that finds records brings it back.
 */
public final class SummaryDrafter {

    /** A drafted paragraph: its section, where it came from (a report section's id, "indicators" or "stub"), its template. */
    public record Draft(String section, String source, String template) {
    }

    public static final String INDICATORS = "indicators";
    public static final String STUB = "stub";

    static final Map<String, String> HEADINGS = Map.of(
            "guiding", "",
            "organisation", "健全组织，夯实基础，加强妇联组织建设",
            "outreach", "加强引领，深化学习，提升妇女综合素质",
            "family", "立足家庭，弘扬新风，推进家庭家教家风建设",
            "rights", "依法维权，化解矛盾，维护妇女儿童合法权益",
            "care", "关爱帮扶，温暖民心，做好困难妇女儿童救助",
            "employment", "服务大局，巾帼建功，助力妇女就业和志愿服务",
            "problems", "存在的问题和不足",
            "plan", "{nextYear}年工作打算");

    static final Map<String, String> STUBS = Map.of(
            "guiding", "{year}年，{unit}在上级妇联和同级党委的正确领导下，围绕中心、服务大局，团结带领广大妇女积极作为、建功立业。现将全年工作总结如下。",
            "organisation", "（请补充组织建设情况：换届选举、执委队伍、妇女之家等阵地建设。）",
            "outreach", "（请补充思想引领、学习培训和宣传情况。）",
            "family", "（请补充最美家庭等评选和家庭家教家风建设情况。）",
            "rights", "（请补充妇女儿童维权、婚姻家庭纠纷调解和普法宣传情况。）",
            "care", "（请补充走访慰问、两癌筛查、助学和留守儿童关爱情况。）",
            "employment", "（请补充妇女就业创业和巾帼志愿服务情况。）",
            "problems", "一是……；二是……。（请填写本年度工作中存在的问题和不足。）",
            "plan", "{nextYear}年，{unit}将继续深化基层妇联组织建设，服务中心大局，进一步做好妇女思想引领、巾帼建功、家庭家教家风建设和妇儿维权关爱等工作。");

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private SummaryDrafter() {
    }

    public static List<Draft> draft(List<ReportSection> sections, List<Indicator> indicators) {
        List<Draft> out = new ArrayList<>();
        for (String section : ReportSection.SECTIONS) {
            int before = out.size();
            sections.stream().filter(s -> section.equals(s.section()))
                    .forEach(s -> s.paragraphsZh().forEach(p -> out.add(new Draft(section, s.id(), p))));
            if (out.size() == before) {
                String listed = listing(section, indicators);
                out.add(listed != null ? new Draft(section, INDICATORS, listed) : new Draft(section, STUB, STUBS.get(section)));
            }
        }
        return out;
    }

    /** "全年：培训8批次，受训妇女320人。" over the section's indicators, or null when it has none. */
    static String listing(String section, List<Indicator> indicators) {
        List<String> items = indicators.stream().filter(i -> section.equals(i.section()))
                .map(i -> i.nameZh() + "{" + i.id() + "}" + (i.ratioOf() != null ? "" : i.unitZh())).toList();
        return items.isEmpty() ? null : "全年" + String.join("，", items) + "。";
    }

    /**
     * The numbered heading of a section ("一、…"; {@code number} counts from 1 over the sections the summary
     * states), the bare title when {@code number} is 0, empty for the opening guiding line.
     */
    public static String heading(String section, int number) {
        String title = HEADINGS.getOrDefault(section, section);
        if (title.isEmpty() || number <= 0) {
            return title;
        }
        return (number <= ORDINALS.length ? ORDINALS[number - 1] : String.valueOf(number)) + "、" + title;
    }
}
