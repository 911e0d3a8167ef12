package vn.congdoan.baocao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.baocao.notification.NotificationKind;
import vn.congdoan.baocao.notification.NotificationRequest;
import vn.congdoan.baocao.notification.NotificationSubject;
import vn.congdoan.baocao.notification.Notifications;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.PostgresTestDatabase;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.TestClock;
import vn.congdoan.baocao.support.TestClockConfiguration;

/**
 * The Ninh Bình 2020 cycle from start to end through the REST API, on PostgreSQL, with the sixteen
 * demo units: the plan returned once; reminders before, on and after the due date; two reports
 * returned once; one unit never reports, is given more time, then is closed out as missing; the
 * provincial report returned once; the submission recorded; the cycle closed. Time moves by the
 * test's clock, and the due jobs run when the test says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "app.demo.enabled=true", "app.demo.live-cycle=false"})
@ActiveProfiles("postgres")
@Import(TestClockConfiguration.class)
@DirtiesContext
class CampaignIT {

    private static final String LATE = "kimson";
    private static final List<String> RETURNED = List.of("hoalu", "cdn-yte");
    /** "trước ngày 20/8/2020": the end of 19/8 in Hà Nội time. */
    private static final Instant UNIT_DUE = Instant.parse("2020-08-19T16:59:59Z");
    private static final Instant CUT_OFF = Instant.parse("2020-08-26T16:59:59Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestClock clock;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Notifications notifications;
    @Autowired
    PlatformTransactionManager transactions;

    private TransactionTemplate transaction;

    @BeforeEach
    void transactions() {
        transaction = new TransactionTemplate(transactions);
    }

    private final ObjectMapper json = new ObjectMapper();
    private ApiClient api;
    private String base;

    @Test
    void theWholeNinhBinhCycle() throws Exception {
        api = new ApiClient(http);
        clock.set(TestClock.START);
        long cycle = body(api.post("/api/cycles", "cspl", CycleRequests.ninhBinh2020())).path("id").asLong();
        base = "/api/cycles/" + cycle;
        assertThat(progress().path("stage").asText()).isEqualTo("PLAN_DRAFT");

        // plan: returned once, then approved and issued
        ok(api.post(base + "/plan/submit", "cspl", null));
        ok(api.post(base + "/plan/review", "thuongtruc", Map.of("decision", "RETURN", "comment", "Sửa phần IV")));
        ok(api.post(base + "/plan/submit", "cspl", null));
        ok(api.post(base + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT")));
        runJobs();
        JsonNode progress = progress();
        assertThat(progress.path("stage").asText()).isEqualTo("REPORTING");
        assertThat(progress.path("counts").path("NOT_STARTED").asInt()).isEqualTo(16);
        assertThat(tasks.createTaskQuery().taskDefinitionKey(ProcessIds.TASK_FILL_REPORT).count()).isEqualTo(16);
        var kimsonTask = tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, LATE))
                .singleResult();
        assertThat(kimsonTask.getDueDate().toInstant()).isEqualTo(UNIT_DUE);
        // "trước ngày 15/8/2020": the unit's own review, the task's follow-up date
        assertThat(kimsonTask.getFollowUpDate().toInstant()).isEqualTo(Instant.parse("2020-08-14T16:59:59Z"));
        assertThat(units(notifications(), "ASSIGNED", null)).hasSize(16);

        // five days before the due date every unit is reminded; a unit sees only its own notifications
        at(UNIT_DUE.minus(Duration.ofDays(5)));
        assertThat(units(notifications(), "REMINDER", "-P5D")).hasSize(16);
        JsonNode own = body(api.get(base + "/notifications", "hoalu", "demo"));
        assertThat(own).allSatisfy(n -> assertThat(n.path("subjectKey").asText()).isEqualTo("hoalu"));
        assertThat(api.get(base + "/notifications?unit=yenmo", "hoalu", "demo").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // fifteen units submit; two are returned once and submit again; the aggregate is provisional meanwhile
        for (String unit : CycleRequests.NINH_BINH_2020_UNITS) {
            if (!unit.equals(LATE)) {
                ok(api.post(base + "/reports/" + unit + "/submit", unit, ReportBodies.complete()));
            }
        }
        for (String unit : RETURNED) {
            ok(api.post(base + "/reports/" + unit + "/review", "cspl",
                    Map.of("decision", "RETURN", "comment", "Bổ sung số liệu năm 2019")));
        }
        assertThat(progress().path("counts").path("RETURNED").asInt()).isEqualTo(2);
        for (String unit : CycleRequests.NINH_BINH_2020_UNITS) {
            if (!unit.equals(LATE) && !RETURNED.contains(unit)) {
                ok(api.post(base + "/reports/" + unit + "/review", "cspl", Map.of("decision", "ACCEPT")));
            }
        }
        runJobs();
        JsonNode provisional = body(api.get(base + "/aggregate", "thuongtruc", "demo"));
        assertThat(provisional.path("stored").asBoolean()).isFalse();
        assertThat(provisional.path("acceptedUnits")).hasSize(13);
        assertThat(provisional.path("pendingUnits")).hasSize(3);
        assertThat(api.get(base + "/aggregate", "hoalu", "demo").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // the day before the due date only the units that have not submitted are reminded
        at(UNIT_DUE.minus(Duration.ofDays(1)));
        assertThat(units(notifications(), "REMINDER", "-P1D")).containsExactlyInAnyOrder(LATE, "hoalu", "cdn-yte");
        for (String unit : RETURNED) {
            ok(api.post(base + "/reports/" + unit + "/submit", unit, null));
            ok(api.post(base + "/reports/" + unit + "/review", "cspl", Map.of("decision", "ACCEPT")));
        }
        runJobs();

        // on the due date and while overdue: the late unit alone, escalated to the supervisor and leadership
        at(UNIT_DUE);
        at(UNIT_DUE.plus(Duration.ofDays(2)));
        JsonNode sent = notifications();
        assertThat(units(sent, "REMINDER", "PT0S")).containsExactly(LATE);
        assertThat(units(sent, "REMINDER", "P2D")).containsExactly(LATE);
        assertThat(recipients(sent, "ESCALATION", "P2D")).containsExactlyInAnyOrder("giamsat", "thuongtruc");
        progress = progress();
        assertThat(unit(progress, LATE).path("remindersSent").asInt()).isEqualTo(4);
        assertThat(unit(progress, "yenmo").path("remindersSent").asInt()).isEqualTo(1);
        assertThat(unit(progress, "yenmo").path("onTime").asBoolean()).isTrue();
        assertThat(progress.path("counts").path("ACCEPTED").asInt()).isEqualTo(15);

        // cut-off: leadership extends the late unit's deadline, then closes collection
        at(CUT_OFF);
        assertThat(progress().path("stage").asText()).isEqualTo("LATE_UNITS_DECISION");
        assertThat(api.post(base + "/late-units/decision", "cspl", Map.of("decision", "CLOSE")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> past = api.post(base + "/late-units/decision", "thuongtruc",
                Map.of("decision", "EXTEND", "until", "2020-08-20"));
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(body(past).path("violations").get(0).path("message").asText()).contains("đã qua");
        ok(api.post(base + "/late-units/decision", "thuongtruc", Map.of("decision", "EXTEND", "until", "2020-08-30")));
        runJobs();
        Instant extended = Instant.parse("2020-08-30T16:59:59Z");
        assertThat(OffsetDateTime.parse(unit(progress(), LATE).path("dueAt").asText()).toInstant()).isEqualTo(extended);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, LATE))
                .singleResult().getDueDate().toInstant()).isEqualTo(extended);
        assertThat(units(notifications(), "EXTENDED", "EXTENDED")).containsExactly(LATE);
        assertThat(progress().path("stage").asText()).isEqualTo("REPORTING");
        at(extended.minus(Duration.ofDays(1)));
        assertThat(units(notifications(), "REMINDER", "-P1D")).containsExactlyInAnyOrder(LATE, LATE, "hoalu", "cdn-yte");
        at(extended);
        ok(api.post(base + "/late-units/decision", "thuongtruc", Map.of("decision", "CLOSE")));
        runJobs();

        // the province table: the fifteen accepted tables summed, the missing unit listed, never counted
        progress = progress();
        assertThat(progress.path("stage").asText()).isEqualTo("PROVINCE_REPORT_DRAFT");
        assertThat(unit(progress, LATE).path("status").asText()).isEqualTo("MISSING");
        JsonNode aggregate = body(api.get(base + "/aggregate", "cspl", "demo"));
        assertThat(aggregate.path("stored").asBoolean()).isTrue();
        assertThat(aggregate.path("missingUnits").get(0).path("unit").asText()).isEqualTo(LATE);
        assertThat(aggregate.path("acceptedUnits")).hasSize(15);
        assertThat(aggregate.path("pendingUnits")).isEmpty();
        Map<String, String> rules = new HashMap<>();
        body(api.get("/api/indicators", "cspl", "demo")).path("indicators").forEach(i -> rules.put(i.path("code").asText(),
                i.path("total").asText()));
        for (JsonNode row : aggregate.path("rows")) {
            String indicator = row.path("indicator").asText();
            int perUnit = ReportBodies.CONSISTENT_ROW.getOrDefault(indicator,
                    ReportBodies.CONSISTENT_ROW.get("I16"));
            for (String period : ReportBodies.SEED_PERIODS) {
                assertThat(row.path("values").path(period).asLong()).as(indicator + " " + period).isEqualTo(15L * perUnit);
            }
            long expectedTotal = "LAST".equals(rules.get(indicator)) ? 15L * perUnit : 5 * 15L * perUnit;
            assertThat(row.path("total").asLong()).as(indicator + " total").isEqualTo(expectedTotal);
        }

        // the provincial report: refused while a section is empty, returned once, approved
        JsonNode province = body(api.get(base + "/province-report", "cspl", "demo"));
        assertThat(province.path("unitTexts").path("P1.I.1")).hasSize(15);
        Map<String, String> sections = new LinkedHashMap<>();
        ReportBodies.TEXT_SECTIONS.forEach(s -> sections.put(s, "Tỉnh: nội dung mục " + s + "."));
        Map<String, String> partial = new LinkedHashMap<>(sections);
        partial.remove("P2.II");
        ok(api.put(base + "/province-report/draft", "cspl", Map.of("sections", partial)));
        ResponseEntity<String> refused = api.post(base + "/province-report/submit", "cspl", null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(body(refused).path("violations").get(0).path("section").asText()).isEqualTo("P2.II");
        ok(api.post(base + "/province-report/submit", "cspl", Map.of("sections", sections)));
        assertThat(progress().path("stage").asText()).isEqualTo("PROVINCE_REPORT_APPROVAL");
        assertThat(api.post(base + "/province-report/review", "cspl", Map.of("decision", "ACCEPT")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ok(api.post(base + "/province-report/review", "thuongtruc",
                Map.of("decision", "RETURN", "comment", "Nêu rõ đơn vị còn thiếu")));
        assertThat(body(api.get(base + "/province-report", "cspl", "demo")).path("status").asText()).isEqualTo("RETURNED");
        ok(api.post(base + "/province-report/submit", "cspl", null));
        ok(api.post(base + "/province-report/review", "thuongtruc", Map.of("decision", "ACCEPT")));
        assertThat(progress().path("stage").asText()).isEqualTo("SUBMISSION");

        // the submission: reminded when due, recorded, the cycle closes
        Instant submissionDue = Instant.parse("2020-09-14T16:59:59Z");
        at(submissionDue.minus(Duration.ofDays(5)));
        at(submissionDue.minus(Duration.ofDays(1)));
        assertThat(recipients(notifications(), "REMINDER", "-P1D")).contains("cspl");
        ResponseEntity<String> bad = api.post(base + "/submission", "cspl",
                Map.of("documentNumber", "", "date", "14/9/2020", "sender", "Nguyễn Văn A", "recipientAddress", "tld"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(body(bad).path("violations")).hasSize(3);
        JsonNode recorded = body(api.post(base + "/submission", "cspl", Map.of("documentNumber", "95/BC-LĐLĐ",
                "date", "2020-09-14", "sender", "Nguyễn Văn A", "recipientAddress", "tld@example.org")));
        assertThat(recorded.path("submission").path("documentNumber").asText()).isEqualTo("95/BC-LĐLĐ");
        runJobs();
        assertThat(progress().path("stage").asText()).isEqualTo("CLOSED");
        String campaign = body(api.get(base, "cspl", "demo")).path("processInstanceId").asText();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(campaign).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().count()).isZero();
        // what is left is the engine's nightly history cleanup, which belongs to no process
        assertThat(management.createJobQuery().list()).allMatch(job -> job.getProcessInstanceId() == null);
        assertThat(runtime.createIncidentQuery().count()).isZero();

        // nothing was sent twice; everything stays queryable
        JsonNode all = notifications();
        Set<String> keys = new HashSet<>();
        for (JsonNode n : all) {
            String key = String.join("|", n.path("subject").asText(), n.path("subjectKey").asText(), n.path("kind").asText(),
                    n.path("recipient").asText(), n.path("deadline").asText(), n.path("slot").asText());
            assertThat(keys.add(key)).as("sent twice: " + key).isTrue();
        }
        assertThat(body(api.get(base + "/aggregate", "giamsat", "demo")).path("stored").asBoolean()).isTrue();
        assertThat(body(api.get(base + "/reports/hoalu", "hoalu", "demo")).path("reviews")).hasSize(2);
    }

    /**
     * Two nodes sending the same reminder at the same moment: the second waits on the first's row and
     * is refused by the unique key; its job retries and finds the reminder sent. One row, one e-mail.
     */
    @Test
    void aReminderSentFromTwoNodesAtOnceIsStoredOnce() throws Exception {
        NotificationRequest reminder = new NotificationRequest(424242L, NotificationSubject.UNIT_REPORT, "hoalu",
                NotificationKind.REMINDER, "hoalu", UNIT_DUE, "-P5D", "Nhắc việc");
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = nodes.submit(() -> transaction.execute(status -> {
                boolean sent = notifications.send(reminder);
                firstInserted.countDown();
                await(secondStarted);
                return sent;
            }));
            Future<Object> second = nodes.submit(() -> {
                await(firstInserted);
                secondStarted.countDown();
                try {
                    return transaction.execute(status -> notifications.send(reminder));
                } catch (DataIntegrityViolationException refusedByTheKey) {
                    return refusedByTheKey;
                }
            });
            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            Object outcome = second.get(30, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOfAny(DataIntegrityViolationException.class, Boolean.class);
            if (outcome instanceof Boolean sentAgain) {
                assertThat(sentAgain).isFalse();
            }
        } finally {
            nodes.shutdownNow();
        }
        // the retried job
        Boolean retried = transaction.execute(status -> notifications.send(reminder));
        assertThat(retried).isFalse();
        assertThat(notifications.list(424242L, null, ZoneOffset.UTC)).hasSize(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Moves the clock and runs what fell due, as the job executor would. */
    private void at(Instant instant) {
        clock.set(instant);
        runJobs();
    }

    private void runJobs() {
        Jobs.runAll(management);
    }

    private JsonNode progress() throws Exception {
        return body(api.get(base + "/progress", "giamsat", "demo"));
    }

    private JsonNode notifications() throws Exception {
        return body(api.get(base + "/notifications", "giamsat", "demo"));
    }

    private static JsonNode unit(JsonNode progress, String code) {
        for (JsonNode unit : progress.path("units")) {
            if (unit.path("unit").asText().equals(code)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + code);
    }

    /** Whom the notifications of that kind (and slot, when given) were about. */
    private static List<String> units(JsonNode notifications, String kind, String slot) {
        return select(notifications, "subjectKey", kind, slot);
    }

    /** Who received the notifications of that kind and slot. */
    private static List<String> recipients(JsonNode notifications, String kind, String slot) {
        return select(notifications, "recipient", kind, slot);
    }

    private static List<String> select(JsonNode notifications, String field, String kind, String slot) {
        List<String> found = new ArrayList<>();
        for (JsonNode n : notifications) {
            if (n.path("kind").asText().equals(kind) && (slot == null || n.path("slot").asText().equals(slot))) {
                found.add(n.path(field).asText());
            }
        }
        return found;
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        assertThat(response.getBody()).as("%s", response.getStatusCode()).isNotNull();
        return json.readTree(response.getBody());
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s", response.getStatusCode(), response.getBody())
                .isTrue();
    }
}
