package vn.congdoan.baocao.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** What the database's metadata says of an index, on H2 and PostgreSQL alike. */
public final class DatabaseIndexes {

    private DatabaseIndexes() {
    }

    /** The columns of an index of a table, in order, upper case; empty when there is no such index. */
    public static List<String> columns(DataSource dataSource, String table, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String name = connection.getMetaData().storesLowerCaseIdentifiers() ? table.toLowerCase() : table;
            try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
                while (rows.next()) {
                    if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                        columns.add(rows.getString("COLUMN_NAME").toUpperCase());
                    }
                }
            }
        }
        return columns;
    }
}
