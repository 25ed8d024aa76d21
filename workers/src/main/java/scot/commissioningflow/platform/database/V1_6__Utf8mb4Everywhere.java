package scot.commissioningflow.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * People's names and words in any language (Seònaid, Małgorzata, Urdu script, emoji) need utf8mb4: MySQL and MariaDB
 * default to latin1 unless the schema says otherwise. This sets the schema's default, so every table a later migration
 * creates is utf8mb4, and converts every table that is not yet. Written in Java because the tables that exist differ:
 * on a new database only the platform's are there when it runs; on one migrated before it, every feature's are.
 * A table in utf8mb4 with another collation (the server's default: utf8mb4_general_ci on MariaDB, 0900_ai_ci on MySQL
 * 8) is converted too, or comparing its columns with a later table's would fail as an illegal mix of collations.
 */
@Component
public class V1_6__Utf8mb4Everywhere extends BaseJavaMigration {

    private static final String CHARSET = "utf8mb4";
    private static final String COLLATION = "utf8mb4_unicode_ci";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                        + " AND table_name <> 'flyway_schema_history'"
                        + " AND table_collation <> '" + COLLATION + "'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE CHARACTER SET " + CHARSET + " COLLATE " + COLLATION);
            for (String table : tables) {
                statement.execute("ALTER TABLE `" + table + "` CONVERT TO CHARACTER SET " + CHARSET + " COLLATE "
                        + COLLATION);
            }
        }
    }
}
