package vn.congdoan.baocao.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.ReportBodies;

/** Starting a cycle and its plan loop through the REST API and through Tasklist's start form. */
class CycleApiTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient api() {
        return new ApiClient(http);
    }

    @Test
    void startsTheSeedCycleFromTemplateDefaultsAndRunsThePlanLoop() throws Exception {
        ResponseEntity<String> created = api().post("/api/cycles", "cspl", CycleRequests.ninhBinh2020());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = json.readTree(created.getBody()).path("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/cycles/" + id);

        JsonNode cycle = cycle(id);
        assertThat(cycle.path("stage").asText()).isEqualTo("PLAN_DRAFT");
        assertThat(cycle.path("planNumber").asText()).isEqualTo("23/KH-LĐLĐ");
        assertThat(cycle.path("planDate").asText()).isEqualTo("2020-06-11");
        assertThat(cycle.path("periods")).hasSize(5);
        assertThat(cycle.path("periods").get(4).path("label").asText()).isEqualTo("Tính đến 30/6/2020");
        assertThat(cycle.path("units")).hasSize(16);
        assertThat(cycle.path("units").get(2).asText()).isEqualTo("hoalu");
        assertThat(cycle.path("unitReports").get(2).path("name").asText()).isEqualTo("Liên đoàn Lao động huyện Hoa Lư");
        assertThat(cycle.path("unitReports").get(2).path("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(cycle.path("deadlines").path("unitReport").asText()).isEqualTo("2020-08-20");
        assertThat(cycle.path("dueAt").path("unitReport").asText()).isEqualTo("2020-08-19T23:59:59+07:00");
        assertThat(cycle.path("signer").path("name").asText()).isEqualTo("Trần Kim Long");

        assertThat(api().post("/api/cycles/" + id + "/plan/submit", "thuongtruc", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().post("/api/cycles/" + id + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api().post("/api/cycles/" + id + "/plan/submit", "cspl", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(cycle(id).path("stage").asText()).isEqualTo("PLAN_APPROVAL");

        ResponseEntity<String> noComment = api().post("/api/cycles/" + id + "/plan/review", "thuongtruc",
                Map.of("decision", "RETURN"));
        assertThat(noComment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(noComment.getBody()).path("message").asText())
                .isEqualTo("Trả lại thì phải ghi ý kiến: nêu rõ cần sửa gì.");
        assertThat(api().post("/api/cycles/" + id + "/plan/review", "cspl",
                Map.of("decision", "ACCEPT")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().post("/api/cycles/" + id + "/plan/review", "thuongtruc",
                Map.of("decision", "RETURN", "comment", "Bổ sung hạn gửi báo cáo")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(cycle(id).path("stage").asText()).isEqualTo("PLAN_DRAFT");

        assertThat(api().post("/api/cycles/" + id + "/plan/submit", "cspl", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api().post("/api/cycles/" + id + "/plan/review", "thuongtruc",
                Map.of("decision", "ACCEPT")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode issued = cycle(id);
        assertThat(issued.path("stage").asText()).isEqualTo("REPORTING");
        assertThat(issued.path("planIssuedNumber").asText()).isEqualTo("23/KH-LĐLĐ");
        assertThat(issued.path("planIssuedOn").isNull()).isFalse();
    }

    @Test
    void refusesBadParametersFieldByFieldAndStartsNothing() throws Exception {
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        ObjectNode bad = CycleRequests.withUnits(List.of("hoalu", "khongco"));
        bad.put("planDate", "2025-08-01");
        bad.putObject("deadlines").put("unitReview", "2025-09-30").put("unitReport", "2025-09-20")
                .put("provinceReview", "2025-10-10").put("submission", "2025-10-15");
        bad.put("cutOff", "2025-09-25");
        bad.putArray("periods").add(period("2022", "Năm 2022")).add(period("2021", "Năm 2021"));
        bad.putObject("reminders").put("overdueEvery", "2 ngày");

        ResponseEntity<String> refused = api().post("/api/cycles", "cspl", bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> fields = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        json.readTree(refused.getBody()).path("violations").forEach(v -> {
            fields.add(v.path("field").asText());
            messages.add(v.path("message").asText());
        });
        assertThat(fields).containsExactlyInAnyOrder("periods[1].code", "units[0]", "units[1]",
                "deadlines.unitReview", "reminders.overdueEvery");
        assertThat(messages).contains(
                "Các kỳ phải theo thứ tự thời gian: kỳ «2021» đứng sau kỳ «2022».",
                "Đơn vị «hoalu» (Liên đoàn Lao động huyện Hoa Lư) không còn hoạt động vào ngày kế hoạch 1/8/2025"
                        + " (hiệu lực từ 1/4/1992 đến 30/6/2025).",
                "Đơn vị «khongco» không có trong danh mục đơn vị.",
                "Hạn đơn vị hoàn thành sơ kết (trước ngày 30/9/2025) muộn hơn hạn đơn vị gửi báo cáo về tỉnh"
                        + " (trước ngày 20/9/2025).",
                "Khoảng thời gian nhắc lại khi quá hạn «2 ngày» không đúng dạng ISO-8601"
                        + " (ví dụ P5D là 5 ngày, PT12H là 12 giờ, PT30S là 30 giây).");

        ResponseEntity<String> noUnits = api().post("/api/cycles", "cspl", json.createObjectNode());
        assertThat(noUnits.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(noUnits.getBody()).path("violations").get(0).path("message").asText())
                .isEqualTo("Chưa chọn đơn vị nào tham gia đợt báo cáo.");
        assertThat(api().post("/api/cycles", "hoalu", CycleRequests.ninhBinh2020()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().post("/api/cycles", "cspl", "{\"units\": \"hoalu\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // more periods than a cycle may have: refused before anything starts
        ObjectNode tooLong = CycleRequests.withUnits(List.of("hoalu"));
        var periods = tooLong.putArray("periods");
        for (int year = 2000; year <= 2020; year++) {
            periods.add(period(String.valueOf(year), "Năm " + year));
        }
        ResponseEntity<String> overLimit = api().post("/api/cycles", "cspl", tooLong);
        assertThat(overLimit.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode overLimitViolation = json.readTree(overLimit.getBody()).path("violations").get(0);
        assertThat(overLimitViolation.path("field").asText()).isEqualTo("periods");
        assertThat(overLimitViolation.path("message").asText())
                .isEqualTo("Có 21 kỳ báo cáo; tối đa 20 kỳ.");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void startFormOfTasklistRunsTheSameChecks() throws Exception {
        long cyclesBefore = json.readTree(api().get("/api/cycles", "cspl", "demo").getBody()).size();
        ResponseEntity<String> refused = api().post("/engine-rest/process-definition/key/campaign/submit-form", "cspl",
                Map.of("variables", Map.of(
                        "unitsText", Map.of("value", "hoalu, cdn-yte", "type", "String"),
                        "remindersBefore", Map.of("value", "5, một ngày", "type", "String"))));
        // the engine's REST API answers with the Vietnamese message alone (Tasklist shows it), not a 500
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(refused.getBody()).path("message").asText())
                .startsWith("Không khởi tạo được đợt báo cáo:")
                .contains("Khoảng thời gian nhắc trước hạn «một ngày» không đúng dạng ISO-8601")
                .doesNotContain("ENGINE-");
        assertThat(json.readTree(api().get("/api/cycles", "cspl", "demo").getBody())).hasSize((int) cyclesBefore);

        ResponseEntity<String> started = api().post("/engine-rest/process-definition/key/campaign/submit-form", "cspl",
                Map.of("variables", Map.of(
                        "unitsText", Map.of("value", "hoalu, cdn-yte", "type", "String"),
                        "planNumber", Map.of("value", "31/KH-LĐLĐ", "type", "String"),
                        "periodsText", Map.of("value", "2016 | Năm 2016\n2017 | Năm 2017", "type", "String"),
                        "deadlineMeans", Map.of("value", "ON_DAY", "type", "String"),
                        "remindersBefore", Map.of("value", "7, 12 giờ", "type", "String"),
                        "remindersOverdueEvery", Map.of("value", "3 ngày", "type", "String"))));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String processInstance = json.readTree(started.getBody()).path("id").asText();
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(processInstance).singleResult()
                .getBusinessKey();
        JsonNode cycle = cycle(Long.parseLong(businessKey));
        assertThat(cycle.path("planNumber").asText()).isEqualTo("31/KH-LĐLĐ");
        assertThat(cycle.path("units")).hasSize(2);
        assertThat(cycle.path("periods")).hasSize(2);
        assertThat(cycle.path("deadlines").path("unitReport").asText()).isEqualTo("2020-08-20");
        assertThat(cycle.path("dueAt").path("unitReport").asText()).isEqualTo("2020-08-20T23:59:59+07:00");
        assertThat(cycle.path("processInstanceId").asText()).isEqualTo(processInstance);
        assertThat(cycle.path("reminders").path("before")).extracting(JsonNode::asText).containsExactly("P7D", "PT12H");
        assertThat(cycle.path("reminders").path("overdueEvery").asText()).isEqualTo("P3D");
        assertThat(runtime.getVariables(processInstance)).containsOnlyKeys("cycleId");
    }

    @Test
    void aCycleReadShowsItsParametersAsSentAndPostedBackStartsAnEqualCycle() throws Exception {
        ObjectNode sent = json.createObjectNode()
                .put("template", "nq02-2016-2020")
                .put("planNumber", "45/KH-LĐLĐ")
                .put("planDate", "2020-07-01")
                .put("place", "Hoa Lư")
                .put("superior", "")
                .put("issuer", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH")
                .put("title", "Sơ kết thử nghiệm việc gửi lại đợt báo cáo")
                .put("legalBasis", "Căn cứ Kế hoạch thử nghiệm")
                .put("resolution", "Nghị quyết thử nghiệm")
                .put("deadlineMeans", "ON_DAY")
                .put("cutOff", "2020-08-27")
                .put("timeZone", "Asia/Ho_Chi_Minh")
                .put("nationalAddress", "tld@example.org");
        sent.putArray("periods").add(period("2019", "Năm 2019")).add(period("2020H1", "6 tháng đầu năm 2020"));
        sent.putArray("units").add("hoalu").add("cdn-yte");
        sent.putObject("deadlines").put("unitReview", "2020-08-15").put("unitReport", "2020-08-20T17:00:00+07:00")
                .put("provinceReview", "2020-09-10").put("submission", "2020-09-15");
        ObjectNode reminders = sent.putObject("reminders").put("overdueEvery", "P1D");
        reminders.putArray("before").add("P3D").add("PT12H");
        sent.putObject("signer").put("authority", "TM. BAN THƯỜNG VỤ").put("title", "CHỦ TỊCH").put("name", "Nguyễn Văn An");
        sent.putArray("recipients").add("Các CĐN").add("Lưu: VT");
        sent.putArray("reportRecipients").add("Tổng Liên đoàn Lao động Việt Nam");

        long id = created(api().post("/api/cycles", "cspl", sent));
        JsonNode read = cycle(id);
        sent.fieldNames().forEachRemaining(field ->
                assertThat(read.get(field)).as(field).isEqualTo(sent.get(field)));
        assertThat(read.path("id").asLong()).isEqualTo(id);
        assertThat(read.path("stage").asText()).isEqualTo("PLAN_DRAFT");
        assertThat(read.path("templateVersion").asInt()).isPositive();
        JsonNode dueAt = read.path("dueAt");
        assertThat(dueAt.path("unitReview").asText()).isEqualTo("2020-08-15T23:59:59+07:00");
        assertThat(dueAt.path("unitReport").asText()).isEqualTo("2020-08-20T17:00:00+07:00");
        assertThat(dueAt.path("provinceReview").asText()).isEqualTo("2020-09-10T23:59:59+07:00");
        assertThat(dueAt.path("submission").asText()).isEqualTo("2020-09-15T23:59:59+07:00");
        assertThat(dueAt.path("cutOff").asText()).isEqualTo("2020-08-27T23:59:59+07:00");
        assertThat(read.path("unitReports").findValuesAsText("unit")).containsExactly("hoalu", "cdn-yte");

        // the whole answer posted back, with what the application added: those are ignored
        long again = created(api().post("/api/cycles", "cspl", read));
        assertThat(again).isNotEqualTo(id);
        assertThat(withoutIdentity(cycle(again))).isEqualTo(withoutIdentity(read));
    }

    @Test
    void refusesAFieldThatIsNoParameterOfACycleAndStartsNothing() throws Exception {
        long cyclesBefore = json.readTree(api().get("/api/cycles", "cspl", "demo").getBody()).size();
        ObjectNode misspelt = CycleRequests.withUnits(List.of("hoalu"));
        misspelt.put("planNumbr", "46/KH-LĐLĐ");
        misspelt.putObject("deadlines").put("unitReprot", "2020-08-20");
        misspelt.putArray("periods").add(period("2019", "Năm 2019").put("lable", "Năm 2019"));

        ResponseEntity<String> refused = api().post("/api/cycles", "cspl", misspelt);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        Map<String, String> violations = new HashMap<>();
        json.readTree(refused.getBody()).path("violations")
                .forEach(v -> violations.put(v.path("field").asText(), v.path("message").asText()));
        assertThat(violations).containsOnlyKeys("planNumbr", "deadlines.unitReprot", "periods[0].lable");
        assertThat(violations.get("deadlines.unitReprot"))
                .isEqualTo("Đợt báo cáo không có tham số «deadlines.unitReprot»: kiểm tra lại tên trường.");
        assertThat(json.readTree(api().get("/api/cycles", "cspl", "demo").getBody())).hasSize((int) cyclesBefore);
    }

    @Test
    void showsTheCurrentCutOffAfterAnExtensionAndTheReportStatusesEachUserMaySee() throws Exception {
        long id = IssuedCycles.issue(api(), management, List.of("hoalu", "yenmo"));
        assertThat(api().put("/api/cycles/" + id + "/reports/hoalu/draft", "hoalu", ReportBodies.complete())
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode province = cycle(id);
        assertThat(statuses(province)).containsExactly("hoalu=DRAFT", "yenmo=NOT_STARTED");
        assertThat(statuses(json.readTree(api().get("/api/cycles/" + id, "hoalu", "demo").getBody())))
                .containsExactly("hoalu=DRAFT");
        assertThat(statuses(json.readTree(api().get("/api/cycles/" + id, "kimson", "demo").getBody()))).isEmpty();
        assertThat(province.path("dueAt").path("cutOff").asText()).isEqualTo("2020-08-26T23:59:59+07:00");

        clock.set(Instant.parse("2020-08-26T17:00:00Z"));
        Jobs.runAll(management);
        assertThat(cycle(id).path("stage").asText()).isEqualTo("LATE_UNITS_DECISION");
        assertThat(api().post("/api/cycles/" + id + "/late-units/decision", "thuongtruc",
                Map.of("decision", "EXTEND", "until", "2020-09-05")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.runAll(management);

        JsonNode extended = cycle(id);
        assertThat(extended.path("cutOff").asText()).isEqualTo("2020-08-27");
        assertThat(extended.path("dueAt").path("cutOff").asText()).isEqualTo("2020-09-05T23:59:59+07:00");

        // at the extended cut-off, leadership's task names that one, not the first
        clock.set(Instant.parse("2020-09-05T17:00:00Z"));
        Jobs.runAll(management);
        Task again = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(ProcessIds.TASK_DECIDE_LATE_UNITS).singleResult();
        String summary = json.readTree(tasks.getVariableLocalTyped(again.getId(), ProcessVariables.LATE_UNITS_SUMMARY,
                false).getValue().toString()).path("text").asText();
        assertThat(summary).contains("(hết hạn thu nhận: 23:59 ngày 5/9/2020)");
    }

    private long created(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).path("id").asLong();
    }

    private static JsonNode withoutIdentity(JsonNode cycle) {
        ObjectNode copy = cycle.deepCopy();
        copy.remove(List.of("id", "processInstanceId"));
        return copy;
    }

    private static List<String> statuses(JsonNode cycle) {
        List<String> statuses = new ArrayList<>();
        cycle.path("unitReports").forEach(u -> statuses.add(u.path("unit").asText() + "=" + u.path("status").asText()));
        return statuses;
    }

    @Test
    void aFieldPastItsBoundOrAnUnknownTemplateIsRefusedByFieldAndStartsNothing() throws Exception {
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        int cyclesBefore = json.readTree(api().get("/api/cycles", "cspl", "demo").getBody()).size();

        ObjectNode hugeNumber = CycleRequests.withUnits(List.of("hoalu"));
        hugeNumber.put("planNumber", "9".repeat(1_000_000));
        assertThat(violations(api().post("/api/cycles", "cspl", hugeNumber))).containsExactly(
                "planNumber: Số kế hoạch dài 1 000 000 ký tự, quá giới hạn 100 ký tự.");

        ObjectNode manyOffsets = CycleRequests.withUnits(List.of("hoalu"));
        var before = manyOffsets.putObject("reminders").putArray("before");
        for (int i = 1; i <= 1000; i++) {
            before.add("PT" + i + "S");
        }
        assertThat(violations(api().post("/api/cycles", "cspl", manyOffsets))).containsExactly(
                "reminders.before: Có 1000 mốc nhắc trước hạn; tối đa 10 mốc (ví dụ P5D, P1D).");

        ObjectNode noOffsets = CycleRequests.withUnits(List.of("hoalu"));
        noOffsets.putObject("reminders").putArray("before");
        assertThat(violations(api().post("/api/cycles", "cspl", noOffsets))).containsExactly(
                "reminders.before: Chưa có mốc nhắc trước hạn nào: cần ít nhất một mốc (ví dụ P1D); bỏ trống cả "
                        + "trường «reminders» để dùng các mốc mặc định của mẫu.");

        ObjectNode unknownTemplate = CycleRequests.withUnits(List.of("hoalu"));
        unknownTemplate.put("template", "khongco");
        assertThat(violations(api().post("/api/cycles", "cspl", unknownTemplate))).containsExactly(
                "template: Không có mẫu chiến dịch «khongco».");

        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(json.readTree(api().get("/api/cycles", "cspl", "demo").getBody())).hasSize(cyclesBefore);
    }

    private List<String> violations(ResponseEntity<String> refused) throws Exception {
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> violations = new ArrayList<>();
        json.readTree(refused.getBody()).path("violations").forEach(v ->
                violations.add(v.path("field").asText() + ": " + v.path("message").asText()));
        return violations;
    }

    private JsonNode cycle(long id) throws Exception {
        ResponseEntity<String> response = api().get("/api/cycles/" + id, "giamsat", "demo");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ObjectNode period(String code, String label) {
        return json.createObjectNode().put("code", code).put("label", label);
    }
}
