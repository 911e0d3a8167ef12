package vn.congdoan.baocao;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.support.InstanceCalls;
import vn.congdoan.baocao.support.PackagedApp;
import vn.congdoan.baocao.support.PostgresTestDatabase;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.WebappSession;

/**
 * Two nodes on one PostgreSQL, as production runs behind a load balancer without sticky sessions: this test's
 * application (node A) and the packaged jar started beside it (node B), both with their job executors. A cycle
 * is run with its users' calls spread over both nodes, the units submitting at the same moment: no submit is
 * lost, no notification is made twice, no job runs twice, and a Tasklist login on one node holds on the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true", "camunda.bpm.generic-properties.properties.hostname=node-a"})
@ActiveProfiles("postgres")
@DirtiesContext
class TwoNodesIT {

    private static final String PASSWORD = "hai-nut-2026";
    private static final List<String> UNITS = List.of("cdn-a", "cdn-b", "cdn-c", "cdn-d", "cdn-e", "cdn-f");
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PackagedApp nodeB;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    TestRestTemplate nodeA;
    @Autowired
    IdentityService identity;

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.stop();
        }
    }

    @Test
    void aCycleWithItsUsersSpreadOverTwoNodes() throws Exception {
        TestRestTemplate b = startNodeB();
        List<TestRestTemplate> nodes = List.of(nodeA, b);

        person("quantri1", "quantri");
        person("cspl1", "cspl");
        person("thuongtruc1", "thuongtruc");
        for (int i = 0; i < UNITS.size(); i++) {
            ok(call(nodes.get(i % 2), "POST", "/api/units", "quantri1", Map.of("code", UNITS.get(i),
                    "name", "Công đoàn ngành thử " + (i + 1), "kind", "SECTOR", "validFrom", "2000-01-01")));
            person("canbo-" + UNITS.get(i), UNITS.get(i));
        }

        // a Tasklist login made on node A holds on node B
        WebappSession session = WebappSession.login(nodeA, "cspl1", PASSWORD);
        JsonNode onB = JSON.readTree(b.exchange("/api/session", HttpMethod.GET, session.request(false), String.class).getBody());
        assertThat(onB.path("user").asText()).isEqualTo("cspl1");

        LocalDate today = LocalDate.now(HANOI);
        Map<String, Object> request = Map.of("units", UNITS, "planNumber", "30/KH-LĐLĐ", "planDate", today.toString(),
                "deadlines", Map.of("unitReview", today.plusDays(17).toString(), "unitReport", today.plusDays(19).toString(),
                        "provinceReview", today.plusDays(33).toString(), "submission", today.plusDays(37).toString()),
                "cutOff", today.plusDays(26).toString());
        long cycle = JSON.readTree(ok(call(nodeA, "POST", "/api/cycles", "cspl1", request)).getBody()).path("id").asLong();
        String base = "/api/cycles/" + cycle;
        ok(call(b, "POST", base + "/plan/submit", "cspl1", null));
        ok(call(nodeA, "POST", base + "/plan/review", "thuongtruc1", Map.of("decision", "ACCEPT")));
        awaitRows("the units' report tasks", "select count(*) from act_ru_task where task_def_key_ = '"
                + ProcessIds.TASK_FILL_REPORT + "'", UNITS.size());

        // every unit submits at the same moment, half through each node
        List<ResponseEntity<String>> submitted = all(UNITS.stream().map(unit -> (Callable<ResponseEntity<String>>) () ->
                call(nodes.get(UNITS.indexOf(unit) % 2), "POST", base + "/reports/" + unit + "/submit", "canbo-" + unit,
                        ReportBodies.complete())).toList());
        submitted.forEach(TwoNodesIT::ok);
        awaitRows("the review tasks", "select count(*) from act_ru_task where task_def_key_ = '"
                + ProcessIds.TASK_REVIEW_REPORT + "'", UNITS.size());
        List<ResponseEntity<String>> reviewed = all(UNITS.stream().map(unit -> (Callable<ResponseEntity<String>>) () ->
                call(nodes.get((UNITS.indexOf(unit) + 1) % 2), "POST", base + "/reports/" + unit + "/review", "cspl1",
                        Map.of("decision", "ACCEPT"))).toList());
        reviewed.forEach(TwoNodesIT::ok);

        JsonNode read = JSON.readTree(ok(call(b, "GET", base, "cspl1", null)).getBody());
        assertThat(read.path("unitReports").findValuesAsText("status")).hasSize(UNITS.size()).containsOnly("ACCEPTED");
        // a job one node lost to the other (optimistic locking) is retried: wait until every due job is done
        awaitRows("the jobs to be done", "select count(*) from act_ru_job where handler_type_ <> 'history-cleanup'"
                + " and (duedate_ is null or duedate_ <= now())", 0);
        assertThat(rows("select count(*) from act_hi_taskinst where task_def_key_ = '" + ProcessIds.TASK_FILL_REPORT
                + "' and end_time_ is not null")).as("each unit's report task completed once").isEqualTo(UNITS.size());
        assertThat(rows("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_"
                + " having count(*) > 1) twice")).as("jobs that ran twice").isZero();
        assertThat(rows("select count(*) from act_ru_incident")).as("jobs that failed for good").isZero();
        assertThat(rows("select count(*) from notification where cycle_id = " + cycle
                + " and kind = 'ASSIGNED' and subject = 'UNIT_REPORT'"))
                .as("one assignment notice per unit").isEqualTo(UNITS.size());
        assertThat(rows("select count(*) from (select recipient from notification where cycle_id = " + cycle
                + " group by cycle_id, subject, subject_key, kind, recipient, deadline, slot having count(*) > 1) twice"))
                .as("notifications made twice").isZero();
        System.out.println("Jobs lost to the other node and retried: " + rows("select count(*) from act_hi_job_log"
                + " where job_state_ = 1") + "; jobs run by node: " + text("select string_agg(hostname_ || ' ' || n, ', ') from (select"
                + " hostname_, count(*) as n from act_hi_job_log where job_state_ = 2 group by hostname_) h"));
    }

    private static TestRestTemplate startNodeB() {
        nodeB = PackagedApp.start("node-b", PostgresTestDatabase.URL,
                "--camunda.bpm.generic-properties.properties.hostname=node-b");
        return nodeB.rest();
    }

    private void person(String id, String group) {
        InstanceCalls.person(identity, id, group, PASSWORD);
    }

    private static ResponseEntity<String> call(TestRestTemplate node, String method, String path, String user, Object body) {
        return InstanceCalls.call(node, method, path, user, PASSWORD, body);
    }

    private static ResponseEntity<String> ok(ResponseEntity<String> answer) {
        return InstanceCalls.ok(answer);
    }

    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static void awaitRows(String what, String query, long expected) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long found = -1;
        while (System.nanoTime() < end) {
            found = rows(query);
            if (found == expected) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("waited 60 s for " + what + ": " + found + " instead of " + expected);
    }

    private static long rows(String query) throws SQLException {
        try (Connection connection = PostgresTestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String text(String query) throws SQLException {
        try (Connection connection = PostgresTestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
