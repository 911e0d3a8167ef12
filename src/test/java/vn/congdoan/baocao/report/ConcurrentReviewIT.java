package vn.congdoan.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.PostgresTestDatabase;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.TestClockConfiguration;

/**
 * On PostgreSQL with the job executor running: sixteen reviewers accept sixteen reports at the same
 * moment. Every one of them gets its answer; the joins of the units' instances in the campaign run
 * as jobs that retry, and the collection completes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "app.demo.enabled=true", "app.demo.live-cycle=false"})
@ActiveProfiles("postgres")
@DirtiesContext
@Import(TestClockConfiguration.class)
class ConcurrentReviewIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void simultaneousAcceptancesNeverFailAUser() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = json.readTree(api.post("/api/cycles", "cspl", CycleRequests.ninhBinh2020()).getBody())
                .path("id").asLong();
        api.post("/api/cycles/" + cycle + "/plan/submit", "cspl", null);
        api.post("/api/cycles/" + cycle + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT"));
        String base = "/api/cycles/" + cycle;
        // each unit's instance starts in a job of its own: wait until every unit has its task
        for (int i = 0; i < 600 && tasks.createTaskQuery().taskDefinitionKey(ProcessIds.TASK_FILL_REPORT)
                .processInstanceBusinessKeyLike(cycle + "/%").count() < 16; i++) {
            Thread.sleep(100);
        }

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<HttpStatus> submissions = all(pool, CycleRequests.NINH_BINH_2020_UNITS.stream()
                    .map(unit -> (Callable<HttpStatus>) () -> HttpStatus.valueOf(api.post(base + "/reports/" + unit
                            + "/submit", unit, ReportBodies.complete()).getStatusCode().value()))
                    .toList());
            assertThat(submissions).containsOnly(HttpStatus.OK);
            List<HttpStatus> reviews = all(pool, CycleRequests.NINH_BINH_2020_UNITS.stream()
                    .map(unit -> (Callable<HttpStatus>) () -> HttpStatus.valueOf(api.post(base + "/reports/" + unit
                            + "/review", "cspl", Map.of("decision", "ACCEPT")).getStatusCode().value()))
                    .toList());
            assertThat(reviews).hasSize(16).containsOnly(HttpStatus.NO_CONTENT);
        } finally {
            pool.shutdownNow();
        }
        awaitCount(api, base, "ACCEPTED", 16);
        String stage = null;
        for (int i = 0; i < 600 && !"PROVINCE_REPORT_DRAFT".equals(stage); i++) {
            stage = json.readTree(api.get(base + "/progress", "giamsat", "demo").getBody()).path("stage").asText();
            if (!"PROVINCE_REPORT_DRAFT".equals(stage)) {
                Thread.sleep(100);
            }
        }
        assertThat(stage).as("the campaign went past the collection").isEqualTo("PROVINCE_REPORT_DRAFT");
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> calls) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : pool.invokeAll(calls)) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private void awaitCount(ApiClient api, String base, String status, int expected) throws Exception {
        int count = 0;
        for (int i = 0; i < 600 && count != expected; i++) {
            count = json.readTree(api.get(base + "/progress", "giamsat", "demo").getBody()).path("counts")
                    .path(status).asInt();
            if (count != expected) {
                Thread.sleep(100);
            }
        }
        assertThat(count).as(status).isEqualTo(expected);
    }
}
