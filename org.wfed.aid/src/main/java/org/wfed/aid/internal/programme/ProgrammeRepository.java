package org.wfed.aid.internal.programme;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.wfed.aid.dto.EligibilityRules;
import org.wfed.aid.dto.FundSource;
import org.wfed.aid.dto.PayChannel;
import org.wfed.aid.dto.Programme;
import org.wfed.aid.dto.ProgrammeInput;
import org.wfed.aid.dto.ProgrammeKind;
import org.wfed.aid.dto.ReviewLevel;
import org.wfed.aid.internal.Codes;
import org.wfed.core.Jdbc;
import org.wfed.core.dto.Sex;

/** SQL of aid_programme (救助项目). */
public final class ProgrammeRepository {

    private static final String COLUMNS = "id, code, name, kind, fund_source, description, amount_fen, budget_fen, "
            + "quota_per_unit, categories, sex, min_age, max_age, once_ever, no_aid_years, no_aid_programmes, "
            + "requires_diagnosis, review_levels, notice_days, channels, active, version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM aid_programme";
    private static final String INSERT = "INSERT INTO aid_programme (code, name, kind, fund_source, description, "
            + "amount_fen, budget_fen, quota_per_unit, categories, sex, min_age, max_age, once_ever, no_aid_years, "
            + "no_aid_programmes, requires_diagnosis, review_levels, notice_days, channels, active) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE aid_programme SET code = ?, name = ?, kind = ?, fund_source = ?, "
            + "description = ?, amount_fen = ?, budget_fen = ?, quota_per_unit = ?, categories = ?, sex = ?, "
            + "min_age = ?, max_age = ?, once_ever = ?, no_aid_years = ?, no_aid_programmes = ?, "
            + "requires_diagnosis = ?, review_levels = ?, notice_days = ?, channels = ?, active = ?, "
            + "version = version + 1 WHERE id = ? AND version = ?";

    private ProgrammeRepository() {
    }

    public static List<Programme> all(Connection c) throws SQLException {
        return Jdbc.list(c, SELECT + " ORDER BY id", ProgrammeRepository::map);
    }

    public static Optional<Programme> byId(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE id = ?", ProgrammeRepository::map, id);
    }

    public static Optional<Programme> byCode(Connection c, String code) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE code = ?", ProgrammeRepository::map, code);
    }

    public static long insert(Connection c, ProgrammeInput in) throws SQLException {
        return Jdbc.insert(c, INSERT, params(in, false));
    }

    public static void update(Connection c, long id, ProgrammeInput in) throws SQLException {
        Object[] p = params(in, true);
        p[p.length - 2] = id;
        p[p.length - 1] = in.version() == null ? -1 : in.version();
        Jdbc.updateVersioned(c, "aid_programme", id, UPDATE, p);
    }

    private static Object[] params(ProgrammeInput in, boolean forUpdate) {
        EligibilityRules r = in.rules();
        Object[] base = {in.code(), in.name().trim(), in.kind(), in.fundSource(), in.description(), in.amountFen(),
                in.budgetFen(), in.quotaPerUnit(), Codes.join(r.categories()), r.sex() == null ? null : r.sex().name(),
                r.minAge(), r.maxAge(), r.onceEver(), r.noAidYears(), Codes.join(r.noAidProgrammes()),
                r.requiresDiagnosis(), Codes.join(in.reviewLevels()), in.noticeDays(), Codes.join(in.channels()),
                in.active()};
        return forUpdate ? java.util.Arrays.copyOf(base, base.length + 2) : base;
    }

    private static Programme map(ResultSet rs) throws SQLException {
        String sex = rs.getString("sex");
        EligibilityRules rules = new EligibilityRules(Codes.split(rs.getString("categories")),
                sex == null ? null : Sex.valueOf(sex.trim()), (Integer) rs.getObject("min_age"),
                (Integer) rs.getObject("max_age"), rs.getBoolean("once_ever"), rs.getInt("no_aid_years"),
                Codes.split(rs.getString("no_aid_programmes")), rs.getBoolean("requires_diagnosis"));
        return new Programme(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                ProgrammeKind.valueOf(rs.getString("kind")), FundSource.valueOf(rs.getString("fund_source")),
                rs.getString("description"), Jdbc.nullableLong(rs, "amount_fen"), Jdbc.nullableLong(rs, "budget_fen"),
                (Integer) rs.getObject("quota_per_unit"), rules,
                Codes.split(rs.getString("review_levels"), ReviewLevel::valueOf), rs.getInt("notice_days"),
                Codes.split(rs.getString("channels"), PayChannel::valueOf), rs.getBoolean("active"), rs.getInt("version"));
    }
}
