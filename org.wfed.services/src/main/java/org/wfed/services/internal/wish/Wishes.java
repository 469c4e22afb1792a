package org.wfed.services.internal.wish;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Page;
import org.wfed.core.Sensitive;
import org.wfed.core.WfedException;
import org.wfed.services.dto.Wish;
import org.wfed.services.dto.WishInput;
import org.wfed.services.internal.Records;
import org.wfed.services.internal.ServicesFilter;

/**
 * Micro-wishes (微心愿): collected, claimed by a donor or volunteer, fulfilled. The beneficiary is often a child, so
 * her name leaves the server through core's {@link Sensitive} only: masked in lists, revealed (and audited) on request.
 */
@Component(service = Wishes.class)
public final class Wishes {
    private static final String COLUMNS = "t.id, t.unit_id, t.wish, t.wish_value, t.beneficiary, t.collected_on, t.claimed_by, "
            + "t.claimed_on, t.fulfilled_on, t.fulfilled_how, t.version";

    private final Records records;
    private final Database db;
    private final Sensitive sensitive;

    @Activate
    public Wishes(@Reference Records records, @Reference Sensitive sensitive) {
        this.records = records;
        this.db = records.db();
        this.sensitive = sensitive;
    }

    public Wish create(Caller caller, WishInput in) {
        records.manage(caller, in.unitId());
        return db.write(c -> {
            long id = insert(c, in);
            records.audit().ok(c, caller, "services.wish.create", "wish", id, in.collectedOn().toString());
            return shown(caller, get(c, id), false);
        });
    }

    public long insert(Connection c, WishInput in) throws SQLException {
        records.checkDay(c, in.unitId(), "collectedOn", in.collectedOn());
        return Jdbc.insert(c, "INSERT INTO svc_wish (unit_id, wish, wish_value, beneficiary, collected_on, claimed_by, claimed_on, "
                + "fulfilled_on, fulfilled_how, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.wish().trim(),
                in.value(), in.beneficiary().trim(), in.collectedOn(), Records.trim(in.claimedBy()), in.claimedOn(),
                in.fulfilledOn(), Records.trim(in.fulfilledHow()), Instant.now());
    }

    /**
     * Updates a wish: claiming and fulfilling it are updates. The beneficiary's name is kept when the input repeats the
     * masked form the caller was shown.
     */
    public Wish update(Caller caller, long id, WishInput in) {
        int version = Records.version(in.version());
        return db.write(c -> {
            Wish old = get(c, id);
            records.manage(caller, old.unitId());
            records.manage(caller, in.unitId());
            records.checkDay(c, old.unitId(), "collectedOn", old.collectedOn());
            records.checkDay(c, in.unitId(), "collectedOn", in.collectedOn());
            String beneficiary = in.beneficiary().trim().equals(Sensitive.mask(Sensitive.Kind.CHILD_NAME, old.beneficiary()))
                    ? old.beneficiary() : in.beneficiary().trim();
            Jdbc.updateVersioned(c, "svc_wish", id, "UPDATE svc_wish SET unit_id = ?, wish = ?, wish_value = ?, beneficiary = ?, "
                    + "collected_on = ?, claimed_by = ?, claimed_on = ?, fulfilled_on = ?, fulfilled_how = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", in.unitId(), in.wish().trim(), in.value(), beneficiary, in.collectedOn(),
                    Records.trim(in.claimedBy()), in.claimedOn(), in.fulfilledOn(), Records.trim(in.fulfilledHow()), id, version);
            records.audit().ok(c, caller, "services.wish.update", "wish", id, status(in.claimedOn() != null, in.fulfilledOn() != null));
            return shown(caller, get(c, id), false);
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            Wish old = get(c, id);
            records.manage(caller, old.unitId());
            records.checkDay(c, old.unitId(), "collectedOn", old.collectedOn());
            Records.delete(c, "svc_wish", id, version);
            records.audit().ok(c, caller, "services.wish.delete", "wish", id, old.collectedOn().toString());
            return null;
        });
    }

    /** One wish; with {@code reveal} the beneficiary's name unmasked for a caller who may (the read audited), else 403. */
    public Wish get(Caller caller, long id, boolean reveal) {
        Wish w = db.read(c -> get(c, id));
        records.read(caller, w.unitId());
        return shown(caller, w, reveal);
    }

    private Wish get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM svc_wish t WHERE t.id = ?", this::map, id)
                .orElseThrow(() -> WfedException.notFound("微心愿 " + id));
    }

    public Page<Wish> list(Caller caller, ServicesFilter f) {
        Page<Wish> page = records.page(caller, f, "svc_wish t", COLUMNS, "collected_on", this::map);
        return new Page<>(page.items().stream().map(w -> shown(caller, w, false)).toList(), page.total(), page.page(), page.size());
    }

    private Wish shown(Caller caller, Wish w, boolean reveal) {
        String name = sensitive.show(caller, Sensitive.Kind.CHILD_NAME, w.beneficiary(), reveal, "svc_wish", w.id());
        return new Wish(w.id(), w.unitId(), w.unitName(), w.wish(), w.value(), name, w.collectedOn(), w.claimedBy(), w.claimedOn(),
                w.fulfilledOn(), w.fulfilledHow(), w.status(), w.version());
    }

    private static String status(boolean claimed, boolean fulfilled) {
        return fulfilled ? "FULFILLED" : claimed ? "CLAIMED" : "COLLECTED";
    }

    private Wish map(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        java.time.LocalDate claimed = Jdbc.date(rs, "claimed_on");
        java.time.LocalDate fulfilled = Jdbc.date(rs, "fulfilled_on");
        return new Wish(rs.getLong("id"), unit, records.unitName(unit), rs.getString("wish"), rs.getBigDecimal("wish_value"),
                rs.getString("beneficiary"), Jdbc.date(rs, "collected_on"), rs.getString("claimed_by"), claimed, fulfilled,
                rs.getString("fulfilled_how"), status(claimed != null, fulfilled != null), rs.getInt("version"));
    }
}
