package org.wfed.reporting.internal.summary;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;
import org.wfed.reporting.dto.SummaryEvent;
import org.wfed.reporting.dto.SummaryStatus;

/** SQL of summaries, their paragraphs, figures and approval events, on the caller's connection. */
@Component(service = SummaryRepository.class)
public final class SummaryRepository {
    private static final String SUMMARY_COLUMNS = "id, unit_id, report_year, title, status, figures_at, updated_at, version";
    private static final String INSERT_SUMMARY = "INSERT INTO rep_summary (unit_id, report_year, title, status, figures_at,"
            + " created_at, created_by, updated_at) VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?)";
    private static final String INSERT_PARAGRAPH = "INSERT INTO rep_paragraph (summary_id, section, position, source, template)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_FIGURE = "INSERT INTO rep_summary_figure (summary_id, indicator_id, member_code, reach,"
            + " default_reach, position, name_zh, member_zh, unit_zh, measure, figure_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO rep_summary_event (summary_id, action, actor, actor_unit_id,"
            + " comment_text, occurred_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String PARAGRAPH_COLUMNS = "id, summary_id, section, position, source, template, version, reach, show_empty";

    public long insert(Connection c, long unitId, int year, String title, String by) throws SQLException {
        Instant now = Instant.now();
        return Jdbc.insert(c, INSERT_SUMMARY, unitId, year, title, now, now, by, now);
    }

    public Optional<SummaryRow> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + SUMMARY_COLUMNS + " FROM rep_summary WHERE id = ?", SummaryRepository::summary, id);
    }

    public SummaryRow get(Connection c, long id) throws SQLException {
        return find(c, id).orElseThrow(() -> WfedException.notFound("工作总结 " + id));
    }

    public Optional<SummaryRow> find(Connection c, long unitId, int year) throws SQLException {
        return Jdbc.one(c, "SELECT " + SUMMARY_COLUMNS + " FROM rep_summary WHERE unit_id = ? AND report_year = ?",
                SummaryRepository::summary, unitId, year);
    }

    /** The summaries of a year for the given units, in one query. */
    public List<SummaryRow> ofUnits(Connection c, Collection<Long> unitIds, int year) throws SQLException {
        Object[] params = org.wfed.core.Scope.params(unitIds, year);
        return Jdbc.list(c, "SELECT " + SUMMARY_COLUMNS + " FROM rep_summary WHERE unit_id IN (" + Jdbc.placeholders(unitIds.size())
                + ") AND report_year = ?", SummaryRepository::summary, params);
    }

    /** Sets the status (and bumps the version), or 409 when someone changed the summary meanwhile. */
    public void setStatus(Connection c, long id, int version, SummaryStatus status) throws SQLException {
        Jdbc.updateVersioned(c, "rep_summary", id, "UPDATE rep_summary SET status = ?, updated_at = ?, version = version + 1"
                + " WHERE id = ? AND version = ?", status, Instant.now(), id, version);
    }

    public void figuresRefreshed(Connection c, long id, int version) throws SQLException {
        Instant now = Instant.now();
        Jdbc.updateVersioned(c, "rep_summary", id, "UPDATE rep_summary SET figures_at = ?, updated_at = ?, version = version + 1"
                + " WHERE id = ? AND version = ?", now, now, id, version);
    }

    public void touch(Connection c, long id) throws SQLException {
        Jdbc.update(c, "UPDATE rep_summary SET updated_at = ? WHERE id = ?", Instant.now(), id);
    }

    public List<ParagraphRow> paragraphs(Connection c, long summaryId) throws SQLException {
        return Jdbc.list(c, "SELECT " + PARAGRAPH_COLUMNS + " FROM rep_paragraph WHERE summary_id = ? ORDER BY position, id",
                SummaryRepository::paragraph, summaryId);
    }

    public ParagraphRow paragraph(Connection c, long summaryId, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + PARAGRAPH_COLUMNS + " FROM rep_paragraph WHERE id = ? AND summary_id = ?",
                SummaryRepository::paragraph, id, summaryId).orElseThrow(() -> WfedException.notFound("段落 " + id));
    }

    public long insertParagraph(Connection c, long summaryId, String section, int position, String source, String template)
            throws SQLException {
        return Jdbc.insert(c, INSERT_PARAGRAPH, summaryId, section, position, source, template);
    }

    public int nextPosition(Connection c, long summaryId) throws SQLException {
        return (int) Jdbc.number(c, "SELECT MAX(position) FROM rep_paragraph WHERE summary_id = ?", summaryId) + 1;
    }

    /** A new template, reach (null: each figure's default) and whether to print sentences that state no work. */
    public void updateParagraph(Connection c, long id, int version, String template, String reach, boolean showEmpty)
            throws SQLException {
        Jdbc.updateVersioned(c, "rep_paragraph", id, "UPDATE rep_paragraph SET template = ?, reach = ?, show_empty = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?", template, reach, showEmpty, id, version);
    }

    public void deleteParagraph(Connection c, long id, int version) throws SQLException {
        if (Jdbc.update(c, "DELETE FROM rep_paragraph WHERE id = ? AND version = ?", id, version) == 0) {
            throw WfedException.staleVersion("rep_paragraph " + id);
        }
    }

    public void replaceFigures(Connection c, long summaryId, List<FigureRow> figures) throws SQLException {
        Jdbc.update(c, "DELETE FROM rep_summary_figure WHERE summary_id = ?", summaryId);
        for (FigureRow f : figures) {
            Jdbc.update(c, INSERT_FIGURE, summaryId, f.indicatorId(), f.member() == null ? "" : f.member(), f.reach(),
                    f.defaultReach(), f.position(),
                    f.nameZh(), f.memberZh(), f.unitZh(), f.measure(), f.value());
        }
    }

    public List<FigureRow> figures(Connection c, long summaryId) throws SQLException {
        return Jdbc.list(c, "SELECT indicator_id, member_code, reach, default_reach, position, name_zh, member_zh, unit_zh, measure,"
                + " figure_value FROM rep_summary_figure WHERE summary_id = ? ORDER BY indicator_id, position, member_code, reach",
                rs -> new FigureRow(rs.getString(1), rs.getString(2).isEmpty() ? null : rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        value(rs.getBigDecimal(10))), summaryId);
    }

    /** A stored figure at the scale it is read in: as many decimals as it needs (DECIMAL(31, 6) keeps six). */
    private static java.math.BigDecimal value(java.math.BigDecimal v) {
        if (v == null) {
            return null;
        }
        java.math.BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A stored figure: an indicator's whole figure ({@code member} null) or one member's, at one reach, with the
     * names it had then and the reach a placeholder takes by default; {@code position} keeps the breakdown's
     * order; {@code value} null where not applicable.
     */
    public record FigureRow(String indicatorId, String member, String reach, String defaultReach, int position, String nameZh,
                            String memberZh, String unitZh, String measure, java.math.BigDecimal value) {
    }

    public void event(Connection c, long summaryId, String action, String actor, long actorUnitId, String comment)
            throws SQLException {
        Jdbc.insert(c, INSERT_EVENT, summaryId, action, actor, actorUnitId, comment, Instant.now());
    }

    public List<SummaryEvent> events(Connection c, long summaryId) throws SQLException {
        return Jdbc.list(c, "SELECT action, actor, actor_unit_id, comment_text, occurred_at FROM rep_summary_event"
                + " WHERE summary_id = ? ORDER BY occurred_at, id", rs -> new SummaryEvent(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getString(4), Jdbc.instant(rs, "occurred_at")), summaryId);
    }

    private static SummaryRow summary(ResultSet rs) throws SQLException {
        return new SummaryRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("report_year"), rs.getString("title"),
                SummaryStatus.valueOf(rs.getString("status")), Jdbc.instant(rs, "figures_at"), Jdbc.instant(rs, "updated_at"),
                rs.getInt("version"));
    }

    private static ParagraphRow paragraph(ResultSet rs) throws SQLException {
        return new ParagraphRow(rs.getLong("id"), rs.getLong("summary_id"), rs.getString("section"), rs.getInt("position"),
                rs.getString("source"), rs.getString("template"), rs.getInt("version"), rs.getString("reach"),
                rs.getBoolean("show_empty"));
    }
}
