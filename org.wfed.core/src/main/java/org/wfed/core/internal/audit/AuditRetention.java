package org.wfed.core.internal.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Role;
import org.wfed.core.WfedException;
import org.wfed.core.internal.Settings;

/**
 * How long audit entries are kept (setting {@code auditRetentionMonths}, PID {@code org.wfed.audit}):
 * by default for ever; when set, entries older than that are purged once a day. Never fewer than
 * {@link #MINIMUM_MONTHS} months (等保 2.0 asks six): a smaller setting is refused in the log and the
 * minimum kept, and {@link #purge} refuses any cut-off younger than that. A purge removes the oldest part
 * of the chain and records where the chain resumes, so verification still covers everything kept.
 */
@Component(service = AuditRetention.class, configurationPid = "org.wfed.audit")
@Designate(ocd = AuditRetention.Config.class)
public final class AuditRetention {
    static final int MINIMUM_MONTHS = 6;
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
    private static final Caller SYSTEM = new Caller(0, "system", "系统", 0, "/", java.util.Set.of(Role.SYSTEM_ADMIN), java.util.Set.of());

    @ObjectClassDefinition(name = "wfed audit")
    public @interface Config {
        @AttributeDefinition(description = "Months audit entries are kept, at least 6 (0: for ever; WFED_AUDIT_RETENTION_MONTHS)")
        int auditRetentionMonths() default 0;
    }

    private final BundleContext context;
    private final Database db;
    private final AuditChain chain;
    private final AuditLog audit;
    private final ScheduledExecutorService daily = org.wfed.core.internal.Daemons.scheduler("wfed-audit-retention");
    private volatile int months;

    @Activate
    public AuditRetention(BundleContext context, Config config, @Reference Database db, @Reference AuditChain chain,
                          @Reference AuditLog audit) {
        this.context = context;
        this.db = db;
        this.chain = chain;
        this.audit = audit;
        configure(config);
        daily.scheduleWithFixedDelay(this::purgeExpired, 10, 24 * 60, TimeUnit.MINUTES);
    }

    @Modified
    void configure(Config config) {
        int m = Settings.getInt(context, config.auditRetentionMonths(), "auditRetentionMonths", 0);
        if (m > 0 && m < MINIMUM_MONTHS) {
            LOG.error("auditRetentionMonths={} refused: audit entries are kept at least {} months (等保 2.0); keeping {}",
                    m, MINIMUM_MONTHS, MINIMUM_MONTHS);
            m = MINIMUM_MONTHS;
        }
        months = m;
    }

    @Deactivate
    void deactivate() {
        daily.shutdownNow();
    }

    /** The months kept, 0 for ever. */
    public int months() {
        return months;
    }

    private void purgeExpired() {
        try {
            if (months > 0) {
                purge(ZonedDateTime.now(ZoneId.systemDefault()).minusMonths(months).toInstant());
            }
        } catch (RuntimeException e) {
            LOG.warn("audit purge failed: {}", e.getMessage());
        }
    }

    /**
     * Deletes the chained entries older than {@code cutoff} from the start of the chain up to the first
     * younger one; answers how many. 409 for a cut-off less than six months ago.
     */
    public long purge(Instant cutoff) {
        Instant youngest = ZonedDateTime.now(ZoneId.systemDefault()).minusMonths(MINIMUM_MONTHS).toInstant();
        if (cutoff.isAfter(youngest)) {
            throw WfedException.conflict("AUDIT_RETENTION", "审计日志至少保存" + MINIMUM_MONTHS + "个月，不能清除更近的记录",
                    "Audit entries are kept at least " + MINIMUM_MONTHS + " months");
        }
        chain.chainPending(Instant.now().minus(AuditChain.SETTLE));
        long purged = db.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("LOCK TABLE core_audit_chain IN EXCLUSIVE MODE");
            }
            // whole blocks from the start of the chain, as long as every entry of a block is older than the cut-off
            long firstYoung = Jdbc.number(c, "SELECT MIN(id) FROM core_audit WHERE occurred_at >= ?", cutoff);
            record Block(long seq, long lastId, String hash) {
            }
            java.util.Optional<Block> last = Jdbc.one(c, "SELECT seq, last_id, hash FROM core_audit_chain"
                    + " WHERE last_id < ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
                    rs -> new Block(rs.getLong(1), rs.getLong(2), rs.getString(3)), firstYoung == 0 ? Long.MAX_VALUE : firstYoung);
            if (last.isEmpty()) {
                return 0L;
            }
            Block b = last.get();
            long n = Jdbc.update(c, "DELETE FROM core_audit WHERE id <= ?", b.lastId());
            Jdbc.update(c, "DELETE FROM core_audit_chain WHERE seq <= ?", b.seq());
            Jdbc.update(c, "INSERT INTO core_audit_purge (purged_at, older_than, entries, last_seq, last_id, last_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", Instant.now(), cutoff, n, b.seq(), b.lastId(), b.hash());
            return n;
        });
        if (purged > 0) {
            audit.ok(SYSTEM, "audit.purge", "audit", null, purged + " entries older than " + cutoff);
        }
        return purged;
    }
}
