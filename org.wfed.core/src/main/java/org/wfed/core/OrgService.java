package org.wfed.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.wfed.core.dto.Leader;
import org.wfed.core.dto.LeaderInput;
import org.wfed.core.dto.OrgUnit;

/**
 * The organisation tree (组织架构) with its history. Methods without a caller do no access check:
 * they are for modules' rules and roll-ups, after the module's resource has checked the caller.
 */
@ProviderType
public interface OrgService {

    /** The unit, or 404. */
    OrgUnit get(long unitId);

    /** Many units in one query (for names in roll-ups), by id; ids that do not exist are absent. */
    java.util.Map<Long, OrgUnit> get(java.util.Collection<Long> unitIds);

    /** The unit's direct children now, active ones only. */
    List<OrgUnit> children(long unitId);

    /** Whether {@code unitId} is {@code ancestorId} or lies below it now. */
    boolean isWithin(long unitId, long ancestorId);

    /** The unit that owns a service station (阵地), if the station exists. */
    java.util.Optional<Long> stationUnit(long stationId);

    /**
     * The kind of a service station (阵地: {@code WOMEN_HOME}, {@code SHELTER} …, or a kind configured as data), if the
     * station exists.
     *
     * @since 1.6
     */
    java.util.Optional<String> stationKind(long stationId);

    /** The unit that owns a volunteer team (志愿服务队), if the team exists. */
    java.util.Optional<Long> teamUnit(long teamId);

    /** The subtree of {@code root} as the tree stood during the period; see {@link Scope}. */
    Scope scope(long root, Period period);

    /** Seats held on the unit's leadership on the day. */
    List<Leader> leadership(long unitId, LocalDate at);

    /**
     * Seats held on the units' leadership on any day from {@code from} to {@code to}, by unit, each unit's in the order
     * of {@link #leadership(long, LocalDate)}: one query where a roll-up would look up many units and days (the seats
     * held on one of those days are those whose term began by it and had not ended before it).
     *
     * @since 1.8
     */
    java.util.Map<Long, List<Leader>> leadership(java.util.Collection<Long> unitIds, LocalDate from, LocalDate to);

    /**
     * Ends the current leadership of the unit on {@code termFrom - 1 day} and seats the new one from
     * {@code termFrom} to {@code termTo}, inside the caller's transaction. The old terms stay as history.
     */
    void replaceLeadership(Connection c, Caller caller, long unitId, List<LeaderInput> seats, LocalDate termFrom,
                           LocalDate termTo, String source) throws SQLException;
}
