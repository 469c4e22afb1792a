package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.wfed.core.imports.ImportReport;
import org.wfed.aid.dto.ImportRequest;
import org.wfed.core.Database;
import org.wfed.core.IdNumber;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;
import org.wfed.itest.Api;

/**
 * Figures for docs/aid.md, run only on demand: {@code WFED_BENCH=1 [WFED_BENCH_ROWS=100000]
 * [WFED_BENCH_PAYMENTS=1000000] mvn verify …}. Imports a roster and lists/filters many payment rows.
 */
@EnabledIfEnvironmentVariable(named = "WFED_BENCH", matches = "1")
class AidBenchmarkTest {

    private static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    @Test
    @SuppressWarnings("unchecked")
    void importARosterAndListManyPayments() throws Exception {
        AidFixture f = new AidFixture();
        int rows = env("WFED_BENCH_ROWS", 100_000);
        int payments = env("WFED_BENCH_PAYMENTS", 1_000_000);
        long unit = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("压测社区"));

        StringBuilder csv = new StringBuilder("姓名,身份证号,困难类别,家庭情况,开户银行,银行账号,认定日期\r\n");
        long salt = System.nanoTime() % 400;
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays((i / 500) % 25_000);
            String id = IdNumber.compose(String.format("4%03d%02d", salt, i % 100), birth, (i % 500) * 2).value();
            csv.append("压测").append(i).append(',').append(id).append(",低保、残疾,三口之家,农商行,6228480012345")
                    .append(String.format("%06d", i)).append(",2024-03-01\r\n");
        }
        Map<String, Object> request = request(unit, csv.toString().getBytes(StandardCharsets.UTF_8));
        resetPeaks();
        long t0 = System.nanoTime();
        // the import service itself (its REST resource only parses and authorises): the test client's 30 s request
        // timeout would otherwise cut the measurement of a large file short
        Object rosters = importService();
        org.wfed.core.Caller plain = f.adminCaller();
        java.util.Set<String> permissions = new java.util.HashSet<>();
        f.admin.get("auth/me").expect(200).body().path("permissions").forEach(p -> permissions.add(p.asText()));
        org.wfed.core.Caller caller = new org.wfed.core.Caller(plain.userId(), plain.username(), plain.displayName(),
                plain.unitId(), plain.unitPath(), plain.roles(), permissions);
        ImportRequest in = ImportRequest.roster(unit, "bench.csv", (List<String>) request.get("contentBase64"));
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        ImportReport preview = (ImportReport) rosters.getClass().getMethod("preview", org.wfed.core.Caller.class,
                ImportRequest.class).invoke(rosters, caller, in);
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        ImportReport commit = (ImportReport) rosters.getClass().getMethod("commit", org.wfed.core.Caller.class,
                ImportRequest.class).invoke(rosters, caller, in);
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        long importHeap = peakHeap();
        assertEquals(0, preview.errorCount(), preview.errors().toString());
        assertEquals(rows, commit.created());
        System.out.printf("BENCH import rows=%d bytes=%d preview=%.1fs (cpu %.1fs) commit=%.1fs (cpu %.1fs) "
                        + "peakHeap=%dMB maxHeap=%dMB load=%.1f%n", rows, csv.length(), (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                (t2 - t1) / 1e9, (c2 - c1) / 1e9, importHeap / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        JsonNode programme = f.programme(Map.of("amountFen", 50_000), Map.of());
        long programmeId = programme.path("id").asLong();
        List<Long> people = new ArrayList<>();
        for (JsonNode b : f.admin.get("aid/beneficiaries?size=200&unitId=" + unit).expect(200).body().path("items")) {
            people.add(b.path("personId").asLong());
        }
        long t3 = System.nanoTime();
        LocalDate paid = LocalDate.now().withDayOfYear(1);
        Api.service(Database.class).write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO aid_application (programme_id, person_id, unit_id, "
                    + "aid_year, applied_on, reason, amount_fen, status, review_units, review_levels, review_step, "
                    + "paid_on, paid_fen, channel, created_by, created_at) VALUES (?, ?, ?, ?, ?, '压测', 50000, ?, ?, "
                    + "',COMMUNITY,', 0, ?, 50000, 'CASH', 1, ?)")) {
                for (int i = 0; i < payments; i++) {
                    ps.setLong(1, programmeId);
                    ps.setLong(2, people.get(i % people.size()));
                    ps.setLong(3, unit);
                    ps.setInt(4, paid.getYear());
                    ps.setDate(5, java.sql.Date.valueOf(paid));
                    ps.setString(6, i % 10 == 0 ? "RECEIVED" : "PAID");
                    ps.setString(7, "," + unit + ",");
                    ps.setDate(8, java.sql.Date.valueOf(paid));
                    ps.setTimestamp(9, java.sql.Timestamp.from(Instant.now()));
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
        long t4 = System.nanoTime();
        resetPeaks();
        JsonNode filtered = f.admin.get("aid/applications?unitId=" + unit + "&programmeId=" + programmeId
                + "&status=RECEIVED&size=200&page=3").expect(200).body();
        long t5 = System.nanoTime();
        Scope scope = Api.service(OrgService.class).scope(unit, Period.year(paid.getYear()));
        Indicator amount = null;
        for (var ref : org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext()
                .getServiceReferences(Indicator.class, "(objectClass=*)")) {
            Indicator i = org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext().getService(ref);
            if (i.id().equals("aid.amountPaid")) {
                amount = i;
            }
        }
        long total = scope.total(amount.compute(scope, Period.year(paid.getYear())));
        long t6 = System.nanoTime();
        JsonNode ledger = f.admin.get("aid/ledger?unitId=" + unit + "&programmeId=" + programmeId + "&year="
                + paid.getYear() + "&page=100&size=200").expect(200).body();
        long t7 = System.nanoTime();
        assertEquals(200, filtered.path("items").size());
        assertEquals(payments / 10, filtered.path("total").asInt());
        assertEquals(50_000L * payments, total);
        assertEquals(payments, ledger.path("total").asInt());
        System.out.printf("BENCH payments=%d insert=%.1fs filter(page 3 of RECEIVED, with count)=%.2fs "
                        + "indicator(sum)=%.2fs ledger(page 100 of 200, with count)=%.2fs peakHeap=%dMB%n", payments,
                (t4 - t3) / 1e9, (t5 - t4) / 1e9, (t6 - t5) / 1e9, (t7 - t6) / 1e9, peakHeap() / (1024 * 1024));
    }

    private static Object importService() {
        org.osgi.framework.BundleContext ctx = org.osgi.framework.FrameworkUtil.getBundle(AidBenchmarkTest.class)
                .getBundleContext();
        return ctx.getService(ctx.getServiceReference("org.wfed.aid.internal.imports.AidImports"));
    }

    private static Map<String, Object> request(long unit, byte[] content) {
        String text = Base64.getEncoder().encodeToString(content);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 4 * 1024 * 1024) {
            parts.add(text.substring(i, Math.min(text.length(), i + 4 * 1024 * 1024)));
        }
        return Map.of("unitId", unit, "fileName", "bench.csv", "contentBase64", parts);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
