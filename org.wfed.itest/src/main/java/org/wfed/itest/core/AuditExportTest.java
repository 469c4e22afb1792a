package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.core.imports.CellKind;
import org.wfed.core.imports.SheetFile;
import org.wfed.core.imports.SheetRow;
import org.wfed.itest.Api;
import org.wfed.itest.Office;
import org.wfed.itest.Sheets;

/**
 * The audit export (审计日志.csv) as an auditor reads it: Chinese headers, the unit by name and code, actions and
 * outcomes in words beside the codes, and local time (Asia/Shanghai) to the second, without nanoseconds or UTC.
 */
class AuditExportTest {

    @Test
    void theAuditCsvHasChineseHeadersWordsAndLocalTimeToTheSecond() {
        Api.awaitUp();
        Api admin = Api.admin();
        String code = Sheets.areaCode();
        String name = Api.unique("审计街道");
        long unit = admin.post("orgs", Map.of("parentId", admin.unitId(), "kind", "STREET", "name", name, "areaCode", code))
                .expect(201).body().path("id").asLong();
        Api clerk = admin.createUser(unit, "UNIT_ADMIN");
        clerk.post("people", Map.of("unitId", unit, "name", Api.unique("审计人"), "sex", "F", "birthDate", "1980-01-01"))
                .expect(201);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        Api.Download d = admin.download("audit/export.csv?action=people.create").expect(200);
        String text = d.text();
        assertTrue(text.startsWith("\uFEFF编号,时间,用户,单位,单位代码,操作,操作代码,记录类型,记录编号,结果,错误代码,客户端地址,请求,说明\r\n"), text);
        assertTrue(d.header("Content-Disposition").contains("filename*=UTF-8''"), d.header("Content-Disposition"));
        String line = List.of(text.split("\r\n")).stream().filter(l -> l.contains(name)).reduce((a, b) -> b).orElseThrow();
        String[] cells = line.split(",");
        assertTrue(cells[1].matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), "to the second, no T, no nanos: " + line);
        LocalDateTime at = LocalDateTime.parse(cells[1], DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        assertTrue(Math.abs(java.time.Duration.between(at, now).toMinutes()) < 5, "Beijing time: " + at + " vs " + now);
        assertEquals(name, cells[3]);
        assertEquals("=\"" + code + "\"", cells[4]);
        assertEquals("人员·新建", cells[5]);
        assertEquals("people.create", cells[6]);
        assertEquals("成功", cells[9]);
        // a spreadsheet reads the time as a date-time and the code as text
        List<SheetRow> rows = SheetFile.read(Office.convert(d.body(), "csv", "xlsx", Office.CSV_UTF8));
        SheetRow row = rows.stream().filter(r -> r.text(3).equals(name)).reduce((a, b) -> b).orElseThrow();
        assertEquals(CellKind.DATE, row.kind(1), row.toString());
        assertEquals(code, row.text(4));
        assertEquals(CellKind.TEXT, row.kind(4));
    }
}
