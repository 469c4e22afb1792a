package org.wfed.aid.internal.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.wfed.aid.dto.LedgerRow;

/** The ledger (台账) as an XLSX workbook for Excel and WPS: amounts as numbers in 元 with two decimals. */
final class LedgerXlsx {
    private static final String[] HEADER = {"申请编号", "项目", "单位编号", "姓名", "困难类别", "申请日期", "状态",
        "批准金额（元）", "物资", "发放日期", "发放金额（元）", "发放方式", "银行账号", "签收日期"};

    private LedgerXlsx() {
    }

    static byte[] write(String title, List<LedgerRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "wfed", "1.0");
            Worksheet ws = wb.newWorksheet("台账");
            ws.value(0, 0, title);
            for (int c = 0; c < HEADER.length; c++) {
                ws.value(1, c, HEADER[c]);
                ws.style(1, c).bold().set();
            }
            int r = 2;
            for (LedgerRow x : rows) {
                ws.value(r, 0, x.applicationId());
                ws.value(r, 1, x.programmeName());
                ws.value(r, 2, x.unitId());
                ws.value(r, 3, x.personName());
                ws.value(r, 4, x.categories());
                text(ws, r, 5, x.appliedOn());
                ws.value(r, 6, x.statusZh());
                ws.value(r, 7, yuan(x.amountFen()));
                ws.style(r, 7).format("0.00").set();
                ws.value(r, 8, x.goods());
                text(ws, r, 9, x.paidOn());
                if (x.paidFen() != null) {
                    ws.value(r, 10, yuan(x.paidFen()));
                    ws.style(r, 10).format("0.00").set();
                }
                ws.value(r, 11, x.channel());
                ws.value(r, 12, x.bankAccount());
                text(ws, r, 13, x.receivedOn());
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Fen as an exact decimal number of 元 (never through a double). */
    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static void text(Worksheet ws, int r, int c, Object v) {
        if (v != null) {
            ws.value(r, c, v.toString());
        }
    }
}
