package vn.congdoan.baocao.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.EmbeddedAppTest;

/** Starting a cycle and its plan loop through the REST API and through Tasklist's start form. */
class CycleApiTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;

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
        assertThat(cycle.path("units").get(2).path("name").asText()).isEqualTo("Liên đoàn Lao động huyện Hoa Lư");
        assertThat(cycle.path("deadlines").path("unitReport").path("input").asText()).isEqualTo("2020-08-20");
        assertThat(cycle.path("deadlines").path("unitReport").path("due").asText()).isEqualTo("2020-08-19T23:59:59+07:00");
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

        // more periods than the Tasklist form holds: refused before anything starts
        ObjectNode tooLong = CycleRequests.withUnits(List.of("hoalu"));
        var periods = tooLong.putArray("periods");
        for (int year = 2014; year <= 2020; year++) {
            periods.add(period(String.valueOf(year), "Năm " + year));
        }
        ResponseEntity<String> overLimit = api().post("/api/cycles", "cspl", tooLong);
        assertThat(overLimit.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode overLimitViolation = json.readTree(overLimit.getBody()).path("violations").get(0);
        assertThat(overLimitViolation.path("field").asText()).isEqualTo("periods");
        assertThat(overLimitViolation.path("message").asText())
                .isEqualTo("Biểu mẫu nhập liệu có tối đa 6 kỳ số liệu; đợt báo cáo này có 7 kỳ.");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void startFormOfTasklistRunsTheSameChecks() throws Exception {
        long cyclesBefore = json.readTree(api().get("/api/cycles", "cspl", "demo").getBody()).size();
        ResponseEntity<String> refused = api().post("/engine-rest/process-definition/key/campaign/submit-form", "cspl",
                Map.of("variables", Map.of(
                        "unitsText", Map.of("value", "hoalu, cdn-yte", "type", "String"),
                        "remindersBefore", Map.of("value", "P5D, 1 ngày", "type", "String"))));
        // the engine's REST API answers with the Vietnamese message alone (Tasklist shows it), not a 500
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(refused.getBody()).path("message").asText())
                .startsWith("Không khởi tạo được đợt báo cáo:")
                .contains("Khoảng thời gian nhắc trước hạn «1 ngày» không đúng dạng ISO-8601")
                .doesNotContain("ENGINE-");
        assertThat(json.readTree(api().get("/api/cycles", "cspl", "demo").getBody())).hasSize((int) cyclesBefore);

        ResponseEntity<String> started = api().post("/engine-rest/process-definition/key/campaign/submit-form", "cspl",
                Map.of("variables", Map.of(
                        "unitsText", Map.of("value", "hoalu, cdn-yte", "type", "String"),
                        "planNumber", Map.of("value", "31/KH-LĐLĐ", "type", "String"),
                        "periodsText", Map.of("value", "2016 | Năm 2016\n2017 | Năm 2017", "type", "String"),
                        "deadlineMeans", Map.of("value", "ON_DAY", "type", "String"))));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String processInstance = json.readTree(started.getBody()).path("id").asText();
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(processInstance).singleResult()
                .getBusinessKey();
        JsonNode cycle = cycle(Long.parseLong(businessKey));
        assertThat(cycle.path("planNumber").asText()).isEqualTo("31/KH-LĐLĐ");
        assertThat(cycle.path("units")).hasSize(2);
        assertThat(cycle.path("periods")).hasSize(2);
        assertThat(cycle.path("deadlines").path("unitReport").path("due").asText()).isEqualTo("2020-08-20T23:59:59+07:00");
        assertThat(cycle.path("processInstanceId").asText()).isEqualTo(processInstance);
        assertThat(runtime.getVariables(processInstance)).containsOnlyKeys("cycleId");
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
