package vn.congdoan.baocao.process.engine;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Flyway migrations of the engine's own tables ({@code db/engine-migration}), such as indexes for the job
 * executor. They run once the engine has created or updated its tables: the domain migrations run before the
 * engine starts, when on a new database the engine's tables do not exist yet. Their history is kept apart
 * from the domain's, in {@value #HISTORY_TABLE}.
 */
@Component
public class EngineTableMigrations implements InitializingBean {

    static final String LOCATION = "classpath:db/engine-migration";
    static final String HISTORY_TABLE = "flyway_engine_history";

    private final DataSource dataSource;

    /** Takes the engine so that it is built, and its tables there, before these migrations run. */
    public EngineTableMigrations(ProcessEngine engine, DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                // the schema already holds the engine's and the domain's tables: start from version 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
