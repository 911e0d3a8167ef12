package vn.congdoan.baocao.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.congdoan.baocao.support.PostgresTestDatabase;

/**
 * What an engine holds of one campaign, read from its tables on a connection of its own (so that neither the
 * statement counts nor the application's pool see it). A campaign is its root process instance: the units'
 * instances and their reminders are called from it and carry its id as their root.
 */
final class EngineRows implements AutoCloseable {

    /** The process instances of the campaign: the root's and every instance it called. */
    private static final String INSTANCES = "select id_ from act_ru_execution where root_proc_inst_id_ = ? and id_ = proc_inst_id_";

    private final Connection connection;

    EngineRows(String schema) {
        try {
            connection = PostgresTestDatabase.connect();
            connection.setSchema(schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Open tasks of that kind in the campaign. */
    long tasks(String root, String taskKey) {
        return number("select count(*) from act_ru_task where task_def_key_ = ? and proc_inst_id_ in (" + INSTANCES
                + ")", taskKey, root);
    }

    /** Open tasks of that kind in the campaign's own instance (not in the instances it called). */
    long tasksOfRoot(String root, String taskKey) {
        return number("select count(*) from act_ru_task where task_def_key_ = ? and proc_inst_id_ = ?", taskKey, root);
    }

    /** The variables of the open tasks of that kind and of their process instances, by name (all tasks together). */
    Map<String, Long> variablesOfTasks(String root, String taskKey) {
        return countsBy("select name_, count(*) from act_ru_variable where proc_inst_id_ in (select proc_inst_id_"
                + " from act_ru_task where task_def_key_ = ? and proc_inst_id_ in (" + INSTANCES + ")) group by name_",
                taskKey, root);
    }

    /** Every runtime variable of the campaign. */
    long variables(String root) {
        return number("select count(*) from act_ru_variable where proc_inst_id_ in (" + INSTANCES + ")", root);
    }

    /** Jobs waiting in the campaign (timers, async continuations not yet run). */
    long jobs(String root) {
        return number("select count(*) from act_ru_job where root_proc_inst_id_ = ?", root);
    }

    /** Job runs of the campaign that ended so, by the job log's state: 1 failed, 2 successful. */
    long jobRuns(String root, int state) {
        return number("select count(*) from act_hi_job_log where root_proc_inst_id_ = ? and job_state_ = ?", root,
                state);
    }

    /** The campaign's rows in each history table (every ACT_HI_ table that records its root instance). */
    Map<String, Long> historyRows(String root) {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : strings("select table_name from information_schema.columns where table_schema ="
                + " current_schema() and table_name like 'act\\_hi\\_%' and column_name = 'root_proc_inst_id_'")) {
            rows.put(table, number("select count(*) from " + table + " where root_proc_inst_id_ = ?", root));
        }
        return rows;
    }

    long incidents() {
        return number("select count(*) from act_ru_incident");
    }

    private long number(String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Map<String, Long> countsBy(String sql, Object... parameters) {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
