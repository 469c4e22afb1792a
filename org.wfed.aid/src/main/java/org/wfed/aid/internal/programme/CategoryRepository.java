package org.wfed.aid.internal.programme;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wfed.aid.dto.Category;
import org.wfed.aid.internal.Codes;
import org.wfed.core.Jdbc;
import org.wfed.core.imports.CodeList;

/** SQL of aid_category (救助对象类别: hardship categories and other recipient groups). */
public final class CategoryRepository {
    private CategoryRepository() {
    }

    public static List<Category> all(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT code, name_zh, name_en, low_income, hardship FROM aid_category ORDER BY sort_order, code",
                rs -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)));
    }

    /** Code → Chinese name, in display order. */
    public static Map<String, String> names(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Category k : all(c)) {
            out.put(k.code(), k.nameZh());
        }
        return out;
    }

    /**
     * The categories as an import's code list: by code, Chinese name, English name or a short name of
     * {@code aliases} (特困, 五保户 …), in display order.
     */
    public static CodeList codeList(Connection c) throws SQLException {
        return CodeList.of(Jdbc.list(c, "SELECT code, name_zh, name_en, aliases FROM aid_category ORDER BY sort_order, code",
                rs -> {
                    List<String> synonyms = new java.util.ArrayList<>(Codes.split(rs.getString(4).replace('、', ',')));
                    synonyms.add(rs.getString(3));
                    return new CodeList.Code(rs.getString(1), rs.getString(2), synonyms);
                }));
    }

    public static void insert(Connection c, Category k, int order) throws SQLException {
        Jdbc.update(c, "INSERT INTO aid_category (code, name_zh, name_en, low_income, hardship, sort_order) VALUES (?, ?, ?, ?, ?, ?)",
                k.code(), k.nameZh(), k.nameEn(), k.lowIncome(), k.hardship(), order);
    }
}
