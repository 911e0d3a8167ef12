package vn.congdoan.baocao;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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

/**
 * The national roll-up with two instances on one PostgreSQL server: this test's application is a province
 * (database "test"), the packaged jar the national federation (a database of its own), with the province as
 * its unit of kind PROVINCE and a machine account for the province's system. The province's report goes up
 * while the national instance is down (retried), is returned with a reason that comes back down as the
 * policy dept.'s task, goes up again amended under a new delivery id, is accepted, and the national aggregate
 * holds the province's figures exactly, with the province that did not report listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true", "app.national.poll-interval=PT2S"})
@ActiveProfiles("postgres")
@DirtiesContext
class NationalRollUpIT {

    private static final String PASSWORD = "tinh-va-trung-uong-2026";
    private static final String NATIONAL_DB = "baocao_national_it";
    private static final String PROVINCE = "ninhbinh";
    private static final String OTHER_PROVINCE = "thanhhoa";
    private static final String CLIENT = "ninhbinh-baocao";
    private static final List<String> UNITS = List.of("ldld-hoalu", "cdn-yte");
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROVINCE_EXPLANATION = "Một hợp tác xã của huyện Hoa Lư được tính vào loại hình khác"
            + " nhưng không vào tổng số doanh nghiệp.";
    private static final String RETURN_REASON = "Bổ sung mục 1: nêu rõ số doanh nghiệp đã tổ chức đối thoại năm 2020.";

    private static PackagedApp national;
    private static long nationalCycle;

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        PostgresTestDatabase.recreateDatabase(NATIONAL_DB);
        national = PackagedApp.start("national", PostgresTestDatabase.urlOfDatabase(NATIONAL_DB),
                "--camunda.bpm.admin-user.id=tld-quantri", "--camunda.bpm.admin-user.password=" + PASSWORD,
                "--camunda.bpm.admin-user.first-name=Quản trị", "--camunda.bpm.admin-user.last-name=Tổng Liên đoàn");
        String secret = nationalSetUp(national.rest());
        registry.add("app.national.url", national::url);
        registry.add("app.national.client-id", () -> CLIENT);
        registry.add("app.national.secret", () -> secret);
    }

    @AfterAll
    static void stopNational() {
        if (national != null) {
            national.stop();
        }
    }

    @Autowired
    TestRestTemplate province;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;

    /** Real time: the delivery's retry waits and the reading's timer run on the job executor as in production. */
    @BeforeEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aProvincesReportGoesUpIsRefusedAndReturnedDownAndGoesUpAgainAmended() throws Exception {
        TestRestTemplate nation = national.rest();
        national.stop();

        long cycle = provinceReportApproved();
        Map<String, Object> submission = new LinkedHashMap<>(Map.of("documentNumber", "95/BC-LĐLĐ",
                "date", LocalDate.now(HANOI).toString(), "sender", "Nguyễn Văn Gửi",
                "recipientAddress", "tonghop@congdoan.vn", "nationalCycleId", nationalCycle + 1000));
        ok(call(province, "POST", "/api/cycles/" + cycle + "/submission", "cspl1", submission));

        // the national instance is down: the delivery job fails and waits for its next try
        await("the delivery to fail once", () -> deliveryJob().map(job -> job.getRetries() == 4).orElse(false));
        Job failed = deliveryJob().orElseThrow();
        assertThat(failed.getExceptionMessage()).contains(national.url());
        assertThat(failed.getDuedate().toInstant()).isAfter(new Date().toInstant().plus(Duration.ofMinutes(9)));
        assertThat(json(call(province, "GET", "/api/cycles/" + cycle, "cspl1", null)).path("stage").asText())
                .as("not delivered yet").isEqualTo("SUBMISSION");

        national.start();
        management.setJobDuedate(failed.getId(), new Date());

        // the national cycle was mistyped: the national instance has none such, the job waits again; corrected
        await("the mistyped cycle to be answered", () -> deliveryJob().map(job -> job.getRetries() == 3).orElse(false));
        assertThat(deliveryJob().orElseThrow().getExceptionMessage()).contains("answered 404");
        assertThat(call(province, "PUT", "/api/cycles/" + cycle + "/national-delivery", "thuongtruc1",
                Map.of("nationalCycleId", nationalCycle)).getStatusCode().value()).isEqualTo(403);
        assertThat(json(call(province, "PUT", "/api/cycles/" + cycle + "/national-delivery", "cspl1",
                Map.of("nationalCycleId", nationalCycle))).path("nationalCycleId").asLong()).isEqualTo(nationalCycle);
        management.setJobDuedate(deliveryJob().orElseThrow().getId(), new Date());
        String nationalReport = "/api/cycles/" + nationalCycle + "/reports/" + PROVINCE;
        String drafting = "select count(*) from act_ru_task where task_def_key_ = '"
                + ProcessIds.TASK_DRAFT_PROVINCE_REPORT + "'";
        String reviewing = "select count(*) from act_ru_task where task_def_key_ = '" + ProcessIds.TASK_REVIEW_REPORT + "'";

        // the national rules ask an explanation of the sums' V05 warning: refused, it comes straight back down
        await("the refusal to come down", () -> provinceRows(drafting) == 1);
        JsonNode refused = json(call(province, "GET", "/api/cycles/" + cycle + "/national-delivery", "cspl1", null));
        assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("reason").asText()).contains("Cảnh báo V05 cần có lời giải trình");
        assertThat(lastReview(cycle)).startsWith("Hệ thống của Tổng Liên đoàn không nhận báo cáo: ")
                .contains("Cảnh báo V05 cần có lời giải trình");
        assertThat(nationalRows("select count(*) from delivery")).as("a refused delivery is not taken").isZero();

        // explained by the province and approved again: the second round arrives
        ok(call(province, "POST", "/api/cycles/" + cycle + "/province-report/submit", "cspl1", Map.of(
                "sections", sections("Tỉnh: nội dung mục "), "explanations", Map.of("V05", PROVINCE_EXPLANATION))));
        ok(call(province, "POST", "/api/cycles/" + cycle + "/province-report/review", "thuongtruc1",
                Map.of("decision", "ACCEPT")));
        await("the report to arrive", () -> nationalRows(reviewing) == 1);
        JsonNode arrived = json(call(nation, "GET", nationalReport, "tld-cspl", null));
        JsonNode sums = json(call(province, "GET", "/api/cycles/" + cycle + "/aggregate", "cspl1", null));
        assertThat(arrived.path("status").asText()).isEqualTo("SUBMITTED");
        await("the province's stage", () -> "NATIONAL_REVIEW".equals(json(call(province, "GET", "/api/cycles/" + cycle,
                "cspl1", null)).path("stage").asText()));
        assertThat(figures(arrived.path("values"))).as("every figure of the province's aggregate, exactly")
                .isEqualTo(figures(sums)).isNotEmpty();
        assertThat(sums.path("violations").findValuesAsText("rule")).contains("V05");
        assertThat(arrived.path("explanations").path("V05").asText()).isEqualTo(PROVINCE_EXPLANATION);
        assertThat(arrived.path("sections").path(ReportBodies.TEXT_SECTIONS.get(0)).asText())
                .isEqualTo("Tỉnh: nội dung mục " + ReportBodies.TEXT_SECTIONS.get(0) + ".");

        // returned with a reason: it comes down as the policy dept.'s task
        ok(call(nation, "POST", nationalReport + "/review", "tld-cspl", Map.of("decision", "RETURN",
                "comment", RETURN_REASON)));
        await("the province's drafting task", () -> provinceRows(drafting) == 1);
        JsonNode reopened = json(call(province, "GET", "/api/cycles/" + cycle + "/province-report", "cspl1", null));
        assertThat(reopened.path("status").asText()).isEqualTo("RETURNED");
        assertThat(lastReview(cycle)).isEqualTo("Tổng Liên đoàn trả lại: " + RETURN_REASON);
        JsonNode sentBack = json(call(province, "GET", "/api/cycles/" + cycle + "/national-delivery", "cspl1", null));
        assertThat(sentBack.path("status").asText()).isEqualTo("RETURNED");
        assertThat(sentBack.path("reason").asText()).isEqualTo(RETURN_REASON);

        // amended and approved again: it goes up under a new delivery id, without a new submission
        Map<String, String> amended = sections("Tỉnh (đã bổ sung): nội dung mục ");
        ok(call(province, "POST", "/api/cycles/" + cycle + "/province-report/submit", "cspl1", Map.of("sections", amended)));
        ok(call(province, "POST", "/api/cycles/" + cycle + "/province-report/review", "thuongtruc1",
                Map.of("decision", "ACCEPT")));
        await("the amended report to arrive", () -> nationalRows(reviewing) == 1
                && nationalRows("select count(*) from delivery") == 2);
        JsonNode again = json(call(nation, "GET", nationalReport, "tld-cspl", null));
        assertThat(again.path("sections").path(ReportBodies.TEXT_SECTIONS.get(0)).asText())
                .isEqualTo("Tỉnh (đã bổ sung): nội dung mục " + ReportBodies.TEXT_SECTIONS.get(0) + ".");
        assertThat(again.path("explanations").path("V05").asText()).as("kept").isEqualTo(PROVINCE_EXPLANATION);
        ok(call(nation, "POST", nationalReport + "/review", "tld-cspl", Map.of("decision", "ACCEPT")));

        await("the province's cycle to close", () -> provinceRows("select count(*) from act_ru_execution where"
                + " business_key_ = '" + cycle + "'") == 0);
        JsonNode accepted = json(call(province, "GET", "/api/cycles/" + cycle + "/national-delivery", "cspl1", null));
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("deliveryId").asText()).isEqualTo("bc" + cycle + "-lan3");
        assertThat(json(call(province, "GET", "/api/cycles/" + cycle, "cspl1", null)).path("stage").asText())
                .isEqualTo("CLOSED");
        assertThat(nationalRows("select count(*) from delivery where unit_code = '" + PROVINCE + "'"))
                .as("two deliveries, each taken once").isEqualTo(2);
        assertThat(nationalRows("select count(*) from review where unit_code = '" + PROVINCE + "'"))
                .as("one return, one acceptance").isEqualTo(2);
        assertThat(provinceRows("select count(*) from submission where cycle_id = " + cycle)).isEqualTo(1);
        assertThat(call(province, "PUT", "/api/cycles/" + cycle + "/national-delivery", "cspl1",
                Map.of("nationalCycleId", nationalCycle + 1)).getStatusCode().value())
                .as("no other national cycle once one has taken the report").isEqualTo(409);

        // the national aggregate sums the provinces as a province sums its units, the missing one listed
        JsonNode nationalSums = json(call(nation, "GET", "/api/cycles/" + nationalCycle + "/aggregate", "tld-cspl", null));
        assertThat(figures(nationalSums)).isEqualTo(figures(sums));
        assertThat(nationalSums.path("acceptedUnits").findValuesAsText("unit")).containsExactly(PROVINCE);
        assertThat(nationalSums.path("pendingUnits").findValuesAsText("unit")).containsExactly(OTHER_PROVINCE);
    }

    /** The national instance: its people, the provinces, the province's machine account and an open cycle. */
    private static String nationalSetUp(TestRestTemplate nation) {
        engineUser(nation, "tld-cspl", "cspl");
        engineUser(nation, "tld-thuongtruc", "thuongtruc");
        for (String code : List.of(PROVINCE, OTHER_PROVINCE)) {
            ok(call(nation, "POST", "/api/units", "tld-quantri", Map.of("code", code, "name", PROVINCE.equals(code)
                    ? "Liên đoàn Lao động tỉnh Ninh Bình" : "Liên đoàn Lao động tỉnh Thanh Hóa", "kind", "PROVINCE",
                    "validFrom", "2000-01-01")));
        }
        String secret = json(ok(call(nation, "POST", "/api/machine-clients", "tld-quantri",
                Map.of("id", CLIENT, "unit", PROVINCE)))).path("secret").asText();
        nationalCycle = json(ok(call(nation, "POST", "/api/cycles", "tld-cspl",
                cycleRequest(List.of(PROVINCE, OTHER_PROVINCE), "40/KH-TLĐ")))).path("id").asLong();
        ok(call(nation, "POST", "/api/cycles/" + nationalCycle + "/plan/submit", "tld-cspl", null));
        ok(call(nation, "POST", "/api/cycles/" + nationalCycle + "/plan/review", "tld-thuongtruc",
                Map.of("decision", "ACCEPT")));
        await("the provinces' report tasks", () -> nationalRows("select count(*) from act_ru_task where task_def_key_"
                + " = '" + ProcessIds.TASK_FILL_REPORT + "'") == 2);
        return secret;
    }

    /** The province's cycle run to its approved report, through the API as its people would. */
    private long provinceReportApproved() {
        person("quantri1", "quantri");
        person("cspl1", "cspl");
        person("thuongtruc1", "thuongtruc");
        for (String unit : UNITS) {
            ok(call(province, "POST", "/api/units", "quantri1", Map.of("code", unit, "name", "Công đoàn " + unit,
                    "kind", "DISTRICT", "validFrom", "2000-01-01")));
            person("canbo-" + unit, unit);
        }
        long cycle = json(ok(call(province, "POST", "/api/cycles", "cspl1", cycleRequest(UNITS, "30/KH-LĐLĐ"))))
                .path("id").asLong();
        String base = "/api/cycles/" + cycle;
        ok(call(province, "POST", base + "/plan/submit", "cspl1", null));
        ok(call(province, "POST", base + "/plan/review", "thuongtruc1", Map.of("decision", "ACCEPT")));
        await("the units' report tasks", () -> provinceRows("select count(*) from act_ru_task where task_def_key_ = '"
                + ProcessIds.TASK_FILL_REPORT + "'") == UNITS.size());
        for (String unit : UNITS) {
            ok(call(province, "POST", base + "/reports/" + unit + "/submit", "canbo-" + unit,
                    unit.equals(UNITS.get(0)) ? withExplainedWarning() : ReportBodies.complete()));
            ok(call(province, "POST", base + "/reports/" + unit + "/review", "cspl1", Map.of("decision", "ACCEPT")));
        }
        await("the province's drafting task", () -> provinceRows("select count(*) from act_ru_task where task_def_key_"
                + " = '" + ProcessIds.TASK_DRAFT_PROVINCE_REPORT + "'") == 1);
        ok(call(province, "POST", base + "/province-report/submit", "cspl1",
                Map.of("sections", sections("Tỉnh: nội dung mục "))));
        ok(call(province, "POST", base + "/province-report/review", "thuongtruc1", Map.of("decision", "ACCEPT")));
        await("the submission task", () -> provinceRows("select count(*) from act_ru_task where task_def_key_ = '"
                + ProcessIds.TASK_RECORD_SUBMISSION + "'") == 1);
        return cycle;
    }

    /** A complete report whose "other kinds" row is one more than its total allows (V05), explained by the unit. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withExplainedWarning() {
        Map<String, Object> body = new LinkedHashMap<>(ReportBodies.complete());
        Map<String, Object> values = (Map<String, Object>) body.get("values");
        Map<String, Object> otherKinds = new LinkedHashMap<>((Map<String, Object>) values.get("I12"));
        otherKinds.replaceAll((period, value) -> ((Integer) value) + 1);
        values.put("I12", otherKinds);
        body.put("explanations", Map.of("V05", "Một hợp tác xã được tính vào loại hình khác nhưng không vào tổng số."));
        return body;
    }

    private String lastReview(long cycle) {
        JsonNode reviews = json(call(province, "GET", "/api/cycles/" + cycle + "/province-report", "cspl1", null))
                .path("reviews");
        return reviews.get(reviews.size() - 1).path("comment").asText();
    }

    private static Map<String, Object> cycleRequest(List<String> units, String planNumber) {
        LocalDate today = LocalDate.now(HANOI);
        return Map.of("units", units, "planNumber", planNumber, "planDate", today.toString(),
                "deadlines", Map.of("unitReview", today.plusDays(17).toString(), "unitReport", today.plusDays(19).toString(),
                        "provinceReview", today.plusDays(33).toString(), "submission", today.plusDays(37).toString()),
                "cutOff", today.plusDays(26).toString());
    }

    private static Map<String, String> sections(String lead) {
        Map<String, String> sections = new LinkedHashMap<>();
        ReportBodies.TEXT_SECTIONS.forEach(code -> sections.put(code, lead + code + "."));
        return sections;
    }

    /** The figures by indicator and period: of a report's values, or of an aggregate's rows. */
    private static Map<String, Long> figures(JsonNode node) {
        Map<String, Long> figures = new HashMap<>();
        if (node.has("rows")) {
            node.path("rows").forEach(row -> row.path("values").fields().forEachRemaining(cell -> {
                if (!cell.getValue().isNull()) {
                    figures.put(row.path("indicator").asText() + "/" + cell.getKey(), cell.getValue().asLong());
                }
            }));
        } else {
            node.fields().forEachRemaining(row -> row.getValue().fields().forEachRemaining(cell -> {
                if (!cell.getValue().isNull()) {
                    figures.put(row.getKey() + "/" + cell.getKey(), cell.getValue().asLong());
                }
            }));
        }
        return figures;
    }

    private java.util.Optional<Job> deliveryJob() {
        return management.createJobQuery().activityId(ProcessIds.SERVICE_TASK_DELIVER_TO_NATIONAL).list().stream()
                .findFirst();
    }

    private void person(String id, String group) {
        InstanceCalls.person(identity, id, group, PASSWORD);
    }

    private static void engineUser(TestRestTemplate nation, String id, String group) {
        ok(call(nation, "POST", "/engine-rest/user/create", "tld-quantri", Map.of(
                "profile", Map.of("id", id, "firstName", "Cán bộ", "lastName", id, "email", id + "@congdoan.vn"),
                "credentials", Map.of("password", PASSWORD))));
        ok(call(nation, "PUT", "/engine-rest/group/" + group + "/members/" + id, "tld-quantri", null));
    }

    private static ResponseEntity<String> call(TestRestTemplate node, String method, String path, String user, Object body) {
        return InstanceCalls.call(node, method, path, user, PASSWORD, body);
    }

    private static ResponseEntity<String> ok(ResponseEntity<String> answer) {
        return InstanceCalls.ok(answer);
    }

    private static JsonNode json(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(ok(answer).getBody());
        } catch (Exception e) {
            throw new AssertionError(answer.getBody(), e);
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
        throw new AssertionError("waited 90 s for " + what);
    }

    private static long provinceRows(String query) {
        try (Connection connection = PostgresTestDatabase.connect()) {
            return rows(connection, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long nationalRows(String query) {
        try (Connection connection = PostgresTestDatabase.connect(NATIONAL_DB)) {
            return rows(connection, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long rows(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
