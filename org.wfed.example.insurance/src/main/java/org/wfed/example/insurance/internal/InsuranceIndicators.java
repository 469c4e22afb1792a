package org.wfed.example.insurance.internal;

import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.SqlPass;

/**
 * Women insured and premiums paid, per unit and broken down by insurer (承保公司), for reporting. The insurers
 * are a dimension read from the policies themselves on every use, so one recorded for the first time shows at
 * once; both figures come from one pass over the period's policies.
 */
@Component(immediate = true)
public final class InsuranceIndicators {
    private final Indicators.Registration registrations;

    @Activate
    public InsuranceIndicators(BundleContext context, @Reference Database db, @Reference InsuranceModule schema) {
        Dimension insurers = Dimension.fromTable(db, "insurance.insurer", "承保公司", "Insurer",
                "SELECT DISTINCT COALESCE(insurer, '未填写'), COALESCE(insurer, '未填写') FROM ins_policy ORDER BY 1");
        // ROLLUP: a woman insured twice (two insurers) counts once in a unit's total
        SqlPass policies = SqlPass.byMemberRolledUp(db, "SELECT unit_id, COALESCE(insurer, '未填写'), COUNT(DISTINCT person_id),"
                + " SUM(premium_fen) FROM ins_policy WHERE {units:unit_id} AND bought_on BETWEEN {from} AND {to}"
                + " GROUP BY ROLLUP(unit_id, COALESCE(insurer, '未填写'))");
        registrations = Indicators.register(context, List.of(
                Indicators.define("insurance.women").names("购买安康保险妇女人数", "Women insured").unit("人").section("care")
                        .by(insurers).from(policies, 1),
                Indicators.define("insurance.premium").names("安康保险保费合计", "Care insurance premiums").unit("元").section("care")
                        .by(insurers).from(policies, 2)));
    }

    @Deactivate
    void deactivate() {
        registrations.unregister();
    }
}
