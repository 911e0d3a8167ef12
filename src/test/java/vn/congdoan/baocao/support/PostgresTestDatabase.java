package vn.congdoan.baocao.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL of the integration tests: {@code TEST_DB_URL}, {@code TEST_DB_USER},
 * {@code TEST_DB_PASSWORD}, by default the database "test" on 127.0.0.1:5432 as postgres/postgres.
 * The database belongs to the tests: its public schema is emptied whenever a test context starts.
 */
public final class PostgresTestDatabase {

    public static final String URL = env("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("TEST_DB_USER", "postgres");
    public static final String PASSWORD = env("TEST_DB_PASSWORD", "postgres");

    private PostgresTestDatabase() {
    }

    /** Points the application at the test database, emptied first: each test context starts from nothing. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        resetSchema();
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** Drops the schema with everything in it and creates it empty. */
    public static synchronized void emptySchema(String schema) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw cannotReach(e);
        }
    }

    /** Drops the database of that name on the test database's server, if there, and creates it empty. */
    public static synchronized void recreateDatabase(String name) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw cannotReach(e);
        }
    }

    /** The address of another database on the test database's server. */
    public static String urlOfDatabase(String name) {
        return URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /** A connection of its own to another database on that server. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(urlOfDatabase(database), login());
    }

    /** A connection of its own to the test database, outside any application's pool. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, login());
    }

    private static Properties login() {
        Properties login = new Properties();
        login.setProperty("user", USER);
        login.setProperty("password", PASSWORD);
        login.setProperty("connectTimeout", "5");
        return login;
    }

    /** The database's address with another schema as the connections' current one. */
    public static String urlWithSchema(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void resetSchema() {
        emptySchema("public");
    }

    private static IllegalStateException cannotReach(SQLException e) {
        return new IllegalStateException("""
                The integration tests need PostgreSQL at %s (user %s), and it cannot be reached: %s
                Start one, then run the tests again:
                  - Debian/Ubuntu: apt-get install postgresql; pg_ctlcluster <version> main start;
                    sudo -u postgres createdb test; sudo -u postgres psql -c "alter role postgres password 'postgres'"
                  - Docker: docker compose -f docker/compose.yaml up -d postgres
                Another server: set TEST_DB_URL, TEST_DB_USER and TEST_DB_PASSWORD.""".formatted(URL, USER, e.getMessage()), e);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
