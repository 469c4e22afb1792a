package org.wfed.rights.internal.report;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.ReportSection;

/**
 * The rights part (维权) of the annual summary, in the genre's words ("共受理婚姻家庭纠纷12起…成功调解和好87对，和平离婚149对，
 * 协助申请人身保护令7份"); each clause reads on its own, so a draft states only the work that was done.
 */
@Component
public final class RightsSection implements ReportSection {
    @Override public String id() { return "rights.cases"; }
    @Override public String section() { return RightsIndicators.SECTION; }
    @Override public String titleZh() { return "依法维护妇女儿童合法权益"; }

    @Override
    public List<String> paragraphsZh() {
        return List.of("全年共受理妇女儿童维权个案{rights.cases}起，其中{rights.cases[*#]}；接待来访当事人{rights.visitors}人次。",
                "化解婚姻家庭矛盾纠纷{rights.mediated}起，其中成功调解和好{rights.reconciled}对，和平离婚{rights.divorcedPeacefully}对；"
                        + "转介有关部门处理{rights.referred}起。",
                "协助申请人身保护令{rights.protectionOrdersApplied}份，法院签发{rights.protectionOrdersGranted}份；"
                        + "公安机关出具家庭暴力告诫书{rights.warningLetters}份；提供临时庇护{rights.shelterStays}人次。",
                "12338妇女维权热线接听来电{rights.hotlineCalls}个；为群众提供法律咨询服务{rights.consultations}人次，"
                        + "解决法律疑难问题{rights.problemsSolved}件。",
                "建立“三色家庭”档案{rights.familiesOnFile}户，其中{rights.familiesOnFile[*#]}；开展入户走访{rights.familyVisits}次。");
    }
}
