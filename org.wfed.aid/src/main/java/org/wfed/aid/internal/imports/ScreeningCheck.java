package org.wfed.aid.internal.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.CervicalMethod;
import org.wfed.aid.dto.ScreenResult;
import org.wfed.core.FieldError;
import org.wfed.core.IdNumber;
import org.wfed.core.WfedException;

/**
 * Checks every row of a screening-results file (筛查结果) on its own and against the others: ID check digit,
 * a woman's number, known exam/method/result values, BI-RADS and mammography as the screening form requires,
 * dates not in the future and within the campaign's year, one row per woman and exam. Pure.
 */
public final class ScreeningCheck {

    /** The template's columns, in order; the first five are required. */
    public static final List<String> COLUMNS = List.of("姓名", "身份证号", "筛查项目", "筛查日期", "检查结果",
            "宫颈检查方法", "乳腺超声BI-RADS", "乳腺X线结果", "知情同意日期");
    private static final Map<String, CancerSite> SITES = new HashMap<>();
    private static final Map<String, CervicalMethod> METHODS = new HashMap<>();
    private static final Map<String, ScreenResult> RESULTS = new HashMap<>();
    /** ScreeningInput's fields → the file's columns. */
    private static final Map<String, String> FIELD_COLUMNS = Map.of("screenedOn", "筛查日期", "consentOn", "知情同意日期",
            "cervicalMethod", "宫颈检查方法", "cervicalResult", "检查结果", "breastClinical", "检查结果",
            "breastBirads", "乳腺超声BI-RADS", "mammography", "乳腺X线结果");

    static {
        for (String s : List.of("宫颈癌", "宫颈", "宫颈癌筛查", "CERVICAL")) {
            SITES.put(s, CancerSite.CERVICAL);
        }
        for (String s : List.of("乳腺癌", "乳腺", "乳腺癌筛查", "BREAST")) {
            SITES.put(s, CancerSite.BREAST);
        }
        for (String s : List.of("TBS", "TCT", "LCT", "宫颈细胞学", "细胞学", "液基细胞学", "巴氏涂片")) {
            METHODS.put(s, CervicalMethod.TBS);
        }
        for (String s : List.of("HPV", "HPV检测", "HPV-DNA")) {
            METHODS.put(s, CervicalMethod.HPV);
        }
        for (String s : List.of("VIA", "VILI", "VIA/VILI", "醋酸染色肉眼观察", "肉眼观察", "醋酸/碘染色肉眼观察")) {
            METHODS.put(s, CervicalMethod.VIA);
        }
        for (String s : List.of("未见异常", "正常", "阴性", "无异常", "NORMAL")) {
            RESULTS.put(s, ScreenResult.NORMAL);
        }
        for (String s : List.of("异常", "阳性", "可疑", "ABNORMAL")) {
            RESULTS.put(s, ScreenResult.ABNORMAL);
        }
    }

    private final LocalDate today;
    private final int campaignYear;

    public ScreeningCheck(LocalDate today, int campaignYear) {
        this.today = today;
        this.campaignYear = campaignYear;
    }

    public Checked<ScreeningEntry> check(List<List<String>> rows) {
        Map<String, Integer> seen = new HashMap<>();
        return SheetRow.check(rows, COLUMNS.subList(0, 5), today, r -> entry(r, seen));
    }

    private ScreeningEntry entry(SheetRow r, Map<String, Integer> seen) {
        String name = r.text("姓名", 50, true);
        String id = r.idNumber("身份证号");
        if (id != null && IdNumber.parse(id).sex() != 'F') {
            r.error("身份证号", "该身份证号码为男性，不能登记两癌筛查");
        }
        CancerSite site = value(r, "筛查项目", SITES, "未知的筛查项目", "宫颈癌或乳腺癌", true);
        if (id != null && site != null) {
            Integer first = seen.putIfAbsent(id + site, r.number);
            if (first != null) {
                r.error("身份证号", "与第" + first + "行重复（同一人的同一筛查项目）");
            }
        }
        LocalDate on = r.date("筛查日期");
        if (on == null && r.cell("筛查日期").isEmpty()) {
            r.error("筛查日期", "必填");
        } else if (on != null && on.getYear() != campaignYear) {
            r.error("筛查日期", "筛查日期应在" + campaignYear + "年内（本次筛查活动的年度）");
        }
        ScreenResult result = value(r, "检查结果", RESULTS, "未知的检查结果", "未见异常或异常", true);
        CervicalMethod method = value(r, "宫颈检查方法", METHODS, "未知的宫颈检查方法", "TBS、HPV或VIA", false);
        String birads = birads(r.cell("乳腺超声BI-RADS"));
        ScreenResult mammography = value(r, "乳腺X线结果", RESULTS, "未知的乳腺X线结果", "未见异常或异常", false);
        if (site == CancerSite.CERVICAL && method == null && r.cell("宫颈检查方法").isEmpty()) {
            r.error("宫颈检查方法", "宫颈癌筛查须填写检查方法（TBS、HPV或VIA）");
        }
        if (site == CancerSite.BREAST && !r.cell("宫颈检查方法").isEmpty()) {
            r.error("宫颈检查方法", "乳腺癌筛查不填宫颈检查方法");
        }
        if (site == CancerSite.CERVICAL && (birads != null || mammography != null)) {
            r.error("乳腺超声BI-RADS", "宫颈癌筛查行不填乳腺检查结果：乳腺癌筛查请另起一行");
        }
        LocalDate consent = r.date("知情同意日期");
        ScreeningEntry e = new ScreeningEntry(r.number, name, id, site, on, method, result, birads, mammography,
                consent == null ? on : consent);
        if (r.ok()) {
            // the screening form's own rules (BI-RADS values, mammography exactly at BI-RADS 0 or 3, …)
            try {
                e.input(1);
            } catch (WfedException ex) {
                for (FieldError f : ex.fields()) {
                    r.error(FIELD_COLUMNS.getOrDefault(f.field(), "检查结果"), f.message());
                }
            }
        }
        return e;
    }

    private static <T> T value(SheetRow r, String column, Map<String, T> values, String unknown, String expected,
                               boolean required) {
        String v = r.cell(column);
        if (v.isEmpty()) {
            if (required) {
                r.error(column, "必填");
            }
            return null;
        }
        T t = values.get(v.toUpperCase(Locale.ROOT).replace(" ", ""));
        if (t == null) {
            r.error(column, unknown + "：" + v + "（应为" + expected + "）");
        }
        return t;
    }

    /** "BI-RADS 4A", "4a类", "3级" → "4A", "3"; empty → null (ScreeningInput checks the value). */
    static String birads(String v) {
        String s = v.toUpperCase(Locale.ROOT).replace("BI-RADS", "").replace("BIRADS", "").replaceAll("[\\s类级:：]", "");
        return s.isEmpty() ? null : s;
    }
}
