package org.wfed.core.internal.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.internal.db.DatabaseService;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * The restores of this data folder and the audit entries each one kept ({@code GET /api/system/restores},
 * {@code GET /api/system/restores/audit?q=}), for auditors: what happened between a backup and its restore is not in
 * the restored database, but it is not lost. On the start that restored, the restore itself is audited as
 * {@code system.restore}.
 */
@Component(service = RestoreResource.class, immediate = true)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("system/restores")
@Produces(MediaType.APPLICATION_JSON)
public final class RestoreResource {
    /** The restore is the system's doing (a setting at start), not a signed-in user's. */
    static final Caller SYSTEM = new Caller(0, "system", "系统", 0, "/", Set.of(), Set.of());
    private static final int MAX_ROWS = 1_000;

    /** One restore: the backup, when, how many entries it kept and where. */
    public record RestoreInfo(String backup, String restoredAt, int entries, String folder) {
    }

    private final DatabaseService db;
    private final AccessControl access;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public RestoreResource(@Reference DatabaseService db, @Reference AccessControl access, @Reference AuditLog audit) {
        this.db = db;
        this.access = access;
        DatabaseService.Restored r = db.restored();
        if (r != null) {
            // the record is the backup's folder name (its time); the full paths go into the detail
            audit.record(SYSTEM, "system.restore", "backup", r.backup().getParentFile().getName(), AuditLog.Outcome.OK,
                    "restored from " + r.backup() + "; " + r.entries() + " audit entries written after the backup kept in " + r.folder());
        }
    }

    private File[] folders() {
        File[] all = new File(db.dataFolder(), "restores").listFiles(File::isDirectory);
        File[] out = all == null ? new File[0] : all;
        Arrays.sort(out, Comparator.comparing(File::getName).reversed());
        return out;
    }

    @GET
    public List<RestoreInfo> restores(@Context SecurityContext sc) {
        auditor(sc);
        List<RestoreInfo> out = new ArrayList<>();
        for (File f : folders()) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(new File(f, "restore.properties").toPath())) {
                p.load(in);
            } catch (IOException e) {
                continue;
            }
            out.add(new RestoreInfo(p.getProperty("backup"), p.getProperty("restoredAt"), Integer.parseInt(p.getProperty("entries", "0")), f.getPath()));
        }
        return out;
    }

    /** The kept entries whose user, action, record or detail contain {@code q} (all when empty), newest restore first. */
    @GET
    @Path("audit")
    public List<JsonNode> entries(@QueryParam("q") String q, @Context SecurityContext sc) {
        auditor(sc);
        String needle = q == null ? "" : q.toLowerCase(Locale.ROOT);
        List<JsonNode> out = new ArrayList<>();
        for (File f : folders()) {
            File entries = new File(f, "audit-after-backup.jsonl");
            if (!entries.isFile()) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(entries.toPath(), StandardCharsets.UTF_8)) {
                    if (out.size() < MAX_ROWS && line.toLowerCase(Locale.ROOT).contains(needle)) {
                        out.add(((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(line)).put("restore", f.getName()));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + entries, e);
            }
        }
        return out;
    }

    private void auditor(SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.AUDIT_READ);
    }
}
