package vn.congdoan.baocao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.JobDurations;
import vn.congdoan.baocao.support.PostgresTestDatabase;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.TestClockConfiguration;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/**
 * A cycle with 1,000 units on PostgreSQL with the job executor running: how long distribution takes,
 * and how long 1,000 submissions and 1,000 acceptances through the API take with concurrent callers.
 * Not part of the build (a benchmark, not a test); run it with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ThousandUnitsBenchmark}
 * and read the lines starting with "BENCHMARK" (the last ones: how long each kind of job ran).
 * {@code -Dbenchmark.units} and {@code -Dbenchmark.callers} change the size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "app.demo.enabled=true",
                "logging.level.vn.congdoan.baocao.notification=WARN", "management.metrics.enable.http=false"})
@ActiveProfiles("postgres")
@Import({TestClockConfiguration.class, JobDurations.Configuration.class})
@DirtiesContext
class ThousandUnitsBenchmark {

    private static final int UNITS = Integer.getInteger("benchmark.units", 1000);
    private static final int CALLERS = Integer.getInteger("benchmark.callers", 8);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    UnitDirectory units;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JobDurations jobDurations;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void thousandUnits() throws Exception {
        List<String> codes = new ArrayList<>();
        List<UnitDetails> details = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            String code = String.format("bench-%04d", i);
            codes.add(code);
            details.add(new UnitDetails(code, "Công đoàn cơ sở số " + i, "COMMUNE", null, code, null,
                    LocalDate.of(2020, 1, 1), null));
        }
        long setup = System.nanoTime();
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
        report("units and users created", setup, UNITS);

        ApiClient api = new ApiClient(http);
        long cycle = json.readTree(api.post("/api/cycles", "cspl", CycleRequests.withUnits(codes)).getBody())
                .path("id").asLong();
        String base = "/api/cycles/" + cycle;
        api.post(base + "/plan/submit", "cspl", null);
        long distribution = System.nanoTime();
        assertThat(api.post(base + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT")).getStatusCode()
                .is2xxSuccessful()).isTrue();
        await(() -> tasks.createTaskQuery().taskDefinitionKey(ProcessIds.TASK_FILL_REPORT)
                .processInstanceBusinessKeyLike(cycle + "/%").count() == UNITS);
        report("distribution: plan approved until every unit has its task", distribution, UNITS);

        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            long submit = System.nanoTime();
            List<Integer> submitted = all(pool, codes.stream().map(code -> (Callable<Integer>) () ->
                    api.post(base + "/reports/" + code + "/submit", code, ReportBodies.complete())
                            .getStatusCode().value()).toList());
            report("submissions through the API, " + CALLERS + " callers", submit, UNITS);
            assertThat(submitted).containsOnly(200);

            long review = System.nanoTime();
            List<Integer> reviewed = all(pool, codes.stream().map(code -> (Callable<Integer>) () ->
                    api.post(base + "/reports/" + code + "/review", "cspl", Map.of("decision", "ACCEPT"))
                            .getStatusCode().value()).toList());
            report("acceptances through the API, " + CALLERS + " callers", review, UNITS);
            assertThat(reviewed).containsOnly(204);
            await(() -> stage(api, base).equals("PROVINCE_REPORT_DRAFT"));
            report("acceptances until the campaign passed the join and aggregated", review, UNITS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runtime.createIncidentQuery().count()).isZero();
        jobDurations.summary().forEach(line -> System.out.println("BENCHMARK job " + line));
    }

    private String stage(ApiClient api, String base) {
        try {
            JsonNode progress = json.readTree(api.get(base + "/progress", "giamsat", "demo").getBody());
            return progress.path("stage").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String what, long startedNanos, int count) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("BENCHMARK %s: %d units in %.1f s (%.1f per second)%n", what, count, seconds, count / seconds);
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> calls) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : pool.invokeAll(calls)) {
            results.add(future.get());
        }
        return results;
    }

    /** Polls what the job executor does in the background; the benchmark measures real time by design. */
    private static void await(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 36_000 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(done.getAsBoolean()).as("finished within an hour").isTrue();
    }
}
