import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the rows of every table of a stopped wfed's database (a copy: Derby is embedded, one process
 * at a time) and prints "<table> <rows>" lines, then "<prefix>_* <rows>" per owner (core, elec, aid, act, rep).
 *   java -cp derby.jar:derbyshared.jar:derbytools.jar bench/RecordCounts.java <data folder>
 */
public class RecordCounts {
    public static void main(String[] args) throws SQLException {
        String url = "jdbc:derby:" + args[0] + "/db";
        Map<String, Long> byOwner = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT t.tablename FROM sys.systables t JOIN sys.sysschemas h "
                    + "ON h.schemaid = t.schemaid WHERE t.tabletype = 'T' AND h.schemaname = 'APP' ORDER BY t.tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    rs.next();
                    long n = rs.getLong(1);
                    System.out.println(t.toLowerCase() + " " + n);
                    int cut = t.indexOf('_');
                    byOwner.merge((cut > 0 ? t.substring(0, cut) : t).toLowerCase() + "_*", n, Long::sum);
                }
            }
        }
        byOwner.forEach((owner, n) -> System.out.println(owner + " " + n));
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException e) {
            // Derby answers a clean shutdown with an exception (08006)
        }
    }
}
