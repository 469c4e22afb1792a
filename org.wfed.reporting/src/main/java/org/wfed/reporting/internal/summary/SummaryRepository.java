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
import org.wfed.reporting.dto.Figure;
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
    private static final String INSERT_FIGURE = "INSERT INTO rep_figure (summary_id, indicator_id, name_zh, unit_zh, amount,"
            + " rate_permille) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO rep_summary_event (summary_id, action, actor, actor_unit_id,"
            + " comment_text, occurred_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String PARAGRAPH_COLUMNS = "id, summary_id, section, position, source, template, version";

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

    public void updateParagraph(Connection c, long id, int version, String template) throws SQLException {
        Jdbc.updateVersioned(c, "rep_paragraph", id, "UPDATE rep_paragraph SET template = ?, version = version + 1"
                + " WHERE id = ? AND version = ?", template, id, version);
    }

    public void deleteParagraph(Connection c, long id, int version) throws SQLException {
        if (Jdbc.update(c, "DELETE FROM rep_paragraph WHERE id = ? AND version = ?", id, version) == 0) {
            throw WfedException.staleVersion("rep_paragraph " + id);
        }
    }

    public void replaceFigures(Connection c, long summaryId, List<Figure> figures) throws SQLException {
        Jdbc.update(c, "DELETE FROM rep_figure WHERE summary_id = ?", summaryId);
        for (Figure f : figures) {
            Long permille = f.rate() == null ? null : Math.round(f.rate() * 10);
            Jdbc.update(c, INSERT_FIGURE, summaryId, f.indicatorId(), f.nameZh(), f.unitZh(), f.amount(), permille);
        }
    }

    public List<FigureRow> figures(Connection c, long summaryId) throws SQLException {
        return Jdbc.list(c, "SELECT indicator_id, name_zh, unit_zh, amount, rate_permille FROM rep_figure WHERE summary_id = ?"
                + " ORDER BY indicator_id", rs -> new FigureRow(rs.getString(1), rs.getString(2), rs.getString(3),
                Jdbc.nullableLong(rs, "amount"), Jdbc.nullableLong(rs, "rate_permille")), summaryId);
    }

    /** A stored figure: a rate is kept in tenths of a percent so that it stays exact. */
    public record FigureRow(String indicatorId, String nameZh, String unitZh, Long amount, Long ratePermille) {
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
                rs.getString("source"), rs.getString("template"), rs.getInt("version"));
    }
}
