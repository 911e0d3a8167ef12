package vn.congdoan.baocao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.campaign.CampaignRun.Row;
import vn.congdoan.baocao.process.BareEngine;
import vn.congdoan.baocao.support.JobDurations;
import vn.congdoan.baocao.support.PostgresTestDatabase;
import vn.congdoan.baocao.support.StatementCounter;
import vn.congdoan.baocao.support.TestClockConfiguration;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/**
 * A campaign of 1,000 units on PostgreSQL with the job executors running, in the application and in a bare
 * engine side by side: the same process models without the application's code or forms ({@code BareModels}),
 * on a second engine in the same JVM on the schema "bare", driven over {@code /engine-rest} with the same
 * number of concurrent callers. Measured for each: distribution, the units' submissions, the province's
 * acceptances and the join after them, CPU time and SQL statements, and what the engine keeps per unit.
 * Each shape first runs a small campaign unmeasured, to warm the JVM up.
 * Not part of the build (a benchmark, not a test); run it with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ThousandUnitsBenchmark}
 * and read the lines starting with "BENCHMARK": a table of app, bare and app/bare, then details.
 * {@code -Dbenchmark.units}, {@code -Dbenchmark.callers} and {@code -Dbenchmark.warmup} change the size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "app.demo.enabled=true", "app.demo.live-cycle=false",
                "logging.level.vn.congdoan.baocao.notification=WARN", "management.metrics.enable.http=false"})
@ActiveProfiles("postgres")
@Import({TestClockConfiguration.class, JobDurations.Configuration.class, StatementCounter.Configuration.class})
@DirtiesContext
class ThousandUnitsBenchmark {

    private static final int UNITS = Integer.getInteger("benchmark.units", 1000);
    private static final int CALLERS = Integer.getInteger("benchmark.callers", 50);
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 20);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // emptied before the application's engine starts: it would take the other schema's tables for its own
        PostgresTestDatabase.emptySchema(BareEngine.SCHEMA);
        PostgresTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    UnitDirectory units;
    @Autowired
    IdentityService identity;
    @Autowired
    JobDurations jobDurations;
    @Autowired
    StatementCounter statements;

    @Test
    void appAndBareEngine() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            codes.add(String.format("bench-%04d", i));
        }
        addUnitsAndUsers(codes);
        JobDurations bareJobDurations = new JobDurations();
        StatementCounter bareStatements = new StatementCounter();
        BenchmarkHttp http = new BenchmarkHttp();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try (BareEngine bare = BareEngine.start(PostgresTestDatabase.urlWithSchema(BareEngine.SCHEMA),
                PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD, List.of(bareJobDurations), bareStatements)) {
            bare.addUsersWithGroups(Stream.concat(BareCampaign.users().stream(), codes.stream()).toList());
            CampaignShape app = new AppCampaign("http://localhost:" + port, http, statements);
            CampaignShape bareShape = new BareCampaign(bare.restUrl(), http, bareStatements);

            List<String> warmup = codes.subList(0, Math.min(WARMUP, codes.size()));
            CampaignRun.of(app, warmup, callers);
            CampaignRun.of(bareShape, warmup, callers);
            jobDurations.reset();
            bareJobDurations.reset();
            CampaignRun appRun = CampaignRun.of(app, codes, callers);
            CampaignRun bareRun = CampaignRun.of(bareShape, codes, callers);

            System.out.printf("BENCHMARK campaign of %d units, %d callers: the application (/api) and the bare"
                    + " engine (/engine-rest) side by side%n", UNITS, CALLERS);
            printTable(appRun.results(), bareRun.results());
            appRun.details().forEach(line -> System.out.println("BENCHMARK app " + line));
            bareRun.details().forEach(line -> System.out.println("BENCHMARK bare " + line));
            jobDurations.summary().forEach(line -> System.out.println("BENCHMARK app job " + line));
            bareJobDurations.summary().forEach(line -> System.out.println("BENCHMARK bare job " + line));
            assertThat(appRun.results().get(Row.INCIDENTS)).isZero();
            assertThat(bareRun.results().get(Row.INCIDENTS)).isZero();
        } finally {
            callers.shutdownNow();
        }
    }

    private void addUnitsAndUsers(List<String> codes) {
        List<UnitDetails> details = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            details.add(new UnitDetails(code, "Công đoàn cơ sở số " + (i + 1), "COMMUNE", null, code, null,
                    LocalDate.of(2020, 1, 1), null));
        }
        units.addAll(details);
        for (String code : codes) {
            Group group = identity.newGroup(code);
            group.setName(code);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
            User user = identity.newUser(code);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(code, code);
        }
    }

    private static void printTable(Map<Row, Double> app, Map<Row, Double> bare) {
        int width = Stream.of(Row.values()).mapToInt(row -> row.label.length()).max().orElse(0);
        String line = "BENCHMARK | %-" + width + "s | %10s | %10s | %8s |%n";
        System.out.printf(line, "step", "app", "bare", "app/bare");
        for (Row row : Row.values()) {
            double a = app.get(row);
            double b = bare.get(row);
            String ratio = b == 0 ? (a == 0 ? "=" : "-") : String.format("%.1f", a / b);
            System.out.printf(line, row.label, String.format(row.format, a), String.format(row.format, b), ratio);
        }
    }
}
