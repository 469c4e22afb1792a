package org.wfed.core.internal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chinese words for the audit export: outcomes, and actions word by word ({@code aid.beneficiary.update} →
 * 救助·救助对象·修改). A word not listed stays as it is, so that a plugin's action is still readable.
 */
final class AuditLabels {
    private static final Map<String, String> OUTCOMES = Map.of("SUCCEEDED", "成功", "REFUSED", "拒绝", "FAILED", "失败");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("aid", "救助"), Map.entry("activities", "活动"), Map.entry("elections", "换届选举"),
            Map.entry("reporting", "统计报告"), Map.entry("people", "人员"), Map.entry("org", "组织"),
            Map.entry("users", "用户"), Map.entry("auth", "登录"), Map.entry("system", "系统"),
            Map.entry("sensitive", "敏感信息"), Map.entry("audit", "审计"), Map.entry("period", "年度"),
            Map.entry("access", "访问"), Map.entry("insurance", "保险"),
            Map.entry("create", "新建"), Map.entry("update", "修改"), Map.entry("delete", "删除"), Map.entry("read", "查看"),
            Map.entry("export", "导出"), Map.entry("import", "导入"), Map.entry("commit", "提交"), Map.entry("batch", "批量"),
            Map.entry("login", "登录"), Map.entry("denied", "被拒绝"), Map.entry("approve", "批准"), Map.entry("submit", "上报"),
            Map.entry("return", "退回"), Map.entry("refresh", "刷新"), Map.entry("lock", "锁定"), Map.entry("unlock", "解锁"),
            Map.entry("backup", "备份"), Map.entry("console", "控制台"), Map.entry("password", "密码"), Map.entry("reset", "重置"),
            Map.entry("change", "修改"), Map.entry("token", "令牌"), Map.entry("revoke", "吊销"), Map.entry("beneficiary", "救助对象"),
            Map.entry("application", "救助申请"), Map.entry("programme", "救助项目"), Map.entry("category", "困难类别"),
            Map.entry("campaign", "筛查活动"), Map.entry("invite", "邀请"), Map.entry("screening", "筛查"),
            Map.entry("screenings", "筛查结果"), Map.entry("receipt", "签收"), Map.entry("upload", "上传"),
            Map.entry("download", "下载"), Map.entry("replace", "替换"), Map.entry("ledger", "台账"), Map.entry("health", "健康信息"),
            Map.entry("diagnosis", "诊断"), Map.entry("follow_up", "随访"), Map.entry("close", "结案"), Map.entry("pay", "发放"),
            Map.entry("notice", "公示"), Map.entry("generate", "生成数据"), Map.entry("summary", "工作总结"),
            Map.entry("paragraph", "段落"), Map.entry("add", "添加"), Map.entry("edit", "编辑"), Map.entry("table", "统计表"),
            Map.entry("station", "阵地"), Map.entry("team", "志愿者队伍"), Map.entry("move", "调整"), Map.entry("merge", "合并"),
            Map.entry("split", "拆分"), Map.entry("contest", "评选"), Map.entry("nominee", "候选对象"), Map.entry("activity", "活动"),
            Map.entry("photo", "照片"), Map.entry("objection", "异议"), Map.entry("resolve", "处理"), Map.entry("review", "评审"),
            Map.entry("finalise", "确定"), Map.entry("commend", "表彰"), Map.entry("recommend", "推荐"), Map.entry("votes", "投票"),
            Map.entry("eligibility", "资格"), Map.entry("honour", "荣誉"), Map.entry("external", "外部"),
            Map.entry("score", "评分"), Map.entry("put", "录入"), Map.entry("open", "启动"), Map.entry("step", "步骤"),
            Map.entry("round", "轮次"), Map.entry("count", "计票"), Map.entry("override", "改判"), Map.entry("official", "工作人员"),
            Map.entry("candidate", "候选人"), Map.entry("remove", "移除"), Map.entry("attendance", "出席"),
            Map.entry("policy", "保单"), Map.entry("changes", "字段变更"), Map.entry("reveal", "查看原文"));

    private AuditLabels() {
    }

    static String outcome(String code) {
        return OUTCOMES.getOrDefault(code, code);
    }

    static String action(String code) {
        if (code == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String w : code.split("\\.")) {
            words.add(WORDS.getOrDefault(w, w));
        }
        return String.join("·", words);
    }
}
