package org.wfed.aid.internal.application;

import java.util.List;
import org.wfed.aid.dto.LedgerRow;
import org.wfed.core.exports.ExportTable;

/**
 * The ledger (台账) as an export table, the same for XLSX and CSV: the unit by name and code, the status and
 * payment channel in words, dates as dates, amounts in 元, the bank account kept as text.
 */
final class LedgerExport {
    private LedgerExport() {
    }

    static ExportTable table(String title, List<LedgerRow> rows) {
        ExportTable.Builder t = ExportTable.named("台账").title(title)
                .integer("申请编号").text("项目", 18).text("单位", 18).digits("单位代码", 14).text("姓名", 10)
                .text("困难类别", 16).date("申请日期").text("状态", 8).money("批准金额（元）").text("物资", 12)
                .date("发放日期").money("发放金额（元）").text("发放方式", 10).digits("银行账号", 22).date("签收日期");
        for (LedgerRow x : rows) {
            t.row(x.applicationId(), x.programmeName(), x.unitName(), x.unitCode(), x.personName(), x.categories(),
                    x.appliedOn(), x.statusZh(), x.amountFen(), x.goods(), x.paidOn(), x.paidFen(), x.channelZh(),
                    x.bankAccount(), x.receivedOn());
        }
        return t.build();
    }
}
