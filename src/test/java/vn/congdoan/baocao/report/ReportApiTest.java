package vn.congdoan.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.WebappSession;

/** Unit reports through the REST API and through the Tasklist form's variables, to acceptance. */
class ReportApiTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient api() {
        return new ApiClient(http);
    }

    @Test
    void unitsDraftSubmitAreReturnedAndAccepted() throws Exception {
        long cycle = issuedCycle(List.of("hoalu", "cdn-yte"));
        String base = "/api/cycles/" + cycle;
        JsonNode progress = body(api().get(base + "/progress", "giamsat", "demo"));
        assertThat(progress.path("stage").asText()).isEqualTo("REPORTING");
        assertThat(progress.path("counts").path("NOT_STARTED").asInt()).isEqualTo(2);
        assertThat(progress.path("units").get(0).path("dueAt").asText()).isEqualTo("2020-08-19T23:59:59+07:00");

        assertThat(api().get(base + "/reports/cdn-yte", "hoalu", "demo").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().get(base + "/reports/khongco", "cspl", "demo").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().put(base + "/reports/cdn-yte/draft", "hoalu", ReportBodies.complete()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // a draft with malformed values is refused whole, naming each cell; nothing is stored
        Map<String, Object> malformed = ReportBodies.body(Map.of(
                "I01", Map.of("2016", "abc", "2017", -3, "2018", 2.5, "2019", 1_234_567_890L),
                "I99", Map.of("2016", 1)), Map.of());
        ResponseEntity<String> refusedDraft = api().put(base + "/reports/hoalu/draft", "hoalu", malformed);
        assertThat(refusedDraft.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(messages(refusedDraft)).containsExactlyInAnyOrder(
                "Chỉ tiêu «I99» không có trong mẫu báo cáo.",
                "Năm 2016: «Số lớp tập huấn» (I01) — «abc» không phải số nguyên.",
                "Năm 2017: «Số lớp tập huấn» (I01) — «-3» là số âm; chỉ nhận số nguyên từ 0 đến 999 999 999.",
                "Năm 2018: «Số lớp tập huấn» (I01) — «2.5» có phần thập phân; chỉ nhận số nguyên.",
                "Năm 2019: «Số lớp tập huấn» (I01) — «1234567890» quá 9 chữ số; chỉ nhận số nguyên từ 0 đến 999 999 999.");
        assertThat(report(cycle, "hoalu").path("status").asText()).isEqualTo("NOT_STARTED");

        // a submission with blanks stores the body as the draft and lists what is missing
        // a section far longer than the 4,000 characters a String variable of the engine holds
        String longSection = "Thuận lợi: cấp ủy quan tâm." + "\n- Đối thoại định kỳ tại doanh nghiệp.".repeat(200);
        Map<String, Object> partial = ReportBodies.body(Map.of("I01", Map.of("2016", 3)),
                Map.of("P1.I.1", longSection));
        ResponseEntity<String> refusedSubmit = api().post(base + "/reports/hoalu/submit", "hoalu", partial);
        assertThat(refusedSubmit.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(messages(refusedSubmit)).contains(
                "Năm 2017: «Số lớp tập huấn» (I01) chưa nhập số liệu.",
                "Mục «2. Khó khăn» chưa có nội dung.").hasSize(21 * 5 - 1 + 11);
        JsonNode kept = report(cycle, "hoalu");
        assertThat(kept.path("status").asText()).isEqualTo("DRAFT");
        assertThat(kept.path("values").path("I01").path("2016").asInt()).isEqualTo(3);
        assertThat(kept.path("values").path("I01").path("2017").isNull()).isTrue();
        assertThat(kept.path("sections").path("P1.I.1").asText()).isEqualTo(longSection);
        String openForm = tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, "hoalu"))
                .singleResult().getId();
        JsonNode openLayout = json.readTree(tasks.getVariableLocal(openForm, "reportLayout").toString());
        assertThat(openLayout.path("tableUrl").asText()).isEqualTo(base + "/reports/hoalu/table.xlsx");
        assertThat(openLayout.path("uploadUrl").asText()).isEqualTo("/bang-so-lieu.html?cycle=" + cycle + "&unit=hoalu");
        assertThat(openLayout.path("draftVersion").asInt()).isEqualTo(kept.path("version").asInt());
        assertThat(openLayout.path("draftNote").asText()).startsWith("Đã lưu nháp lúc ");
        // a form opened before that draft would overwrite it: its completion is refused
        Map<String, Object> stale = new HashMap<>(formVariables());
        stale.put("reportAction", Map.of("value", "DRAFT", "type", "String"));
        stale.put("draftVersion", Map.of("value", kept.path("version").asInt() - 1, "type", "Integer"));
        ResponseEntity<String> refusedStale = api().post("/engine-rest/task/" + openForm + "/submit-form", "hoalu",
                Map.of("variables", stale));
        assertThat(refusedStale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(refusedStale.getBody()).path("message").asText())
                .startsWith("Chưa lưu được: bản nháp đã được cập nhật sau khi biểu mẫu này được mở");
        assertThat(report(cycle, "hoalu").path("values").path("I01").path("2017").isNull()).isTrue();
        assertThat(new ObjectMapper().readTree(tasks.getVariableLocal(openForm, "values").toString()).path("I01")
                .path("p2016").asInt()).as("the open Tasklist form shows the API's draft").isEqualTo(3);
        assertThat(new ObjectMapper().readTree(tasks.getVariableLocal(openForm, "sections").toString()).path("s01").asText())
                .isEqualTo(longSection);

        ResponseEntity<String> submitted = api().post(base + "/reports/hoalu/submit", "hoalu", ReportBodies.complete());
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode hoalu = json.readTree(submitted.getBody());
        assertThat(hoalu.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(hoalu.path("values").path("I18").path("2018").asInt()).isEqualTo(8);
        assertThat(hoalu.path("onTime").asBoolean()).isTrue();
        assertThat(api().put(base + "/reports/hoalu/draft", "hoalu", ReportBodies.complete()).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        assertThat(api().post(base + "/reports/hoalu/review", "hoalu", Map.of("decision", "ACCEPT")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().post(base + "/reports/hoalu/review", "cspl", Map.of("decision", "RETURN")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api().post(base + "/reports/hoalu/review", "cspl",
                Map.of("decision", "RETURN", "comment", "Số liệu I05 năm 2019 cần kiểm tra lại.")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode returned = report(cycle, "hoalu");
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("values").path("I05").path("2019").asInt()).isEqualTo(100);
        assertThat(returned.path("reviews").get(0).path("comment").asText()).isEqualTo("Số liệu I05 năm 2019 cần kiểm tra lại.");

        assertThat(api().post(base + "/reports/hoalu/submit", "hoalu", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api().post(base + "/reports/hoalu/review", "cspl", Map.of("decision", "ACCEPT")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(report(cycle, "hoalu").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(report(cycle, "hoalu").path("reviews")).hasSize(2);

        // cdn-yte works in Tasklist: its form's fields complete the task
        String fill = tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, "cdn-yte"))
                .singleResult().getId();
        // a value past the form's own checks is refused as the API refuses it, and nothing is stored
        Map<String, Object> negative = formVariables(Map.of("I02", Map.of("p2018", -4)));
        ResponseEntity<String> refusedForm = api().post("/engine-rest/task/" + fill + "/submit-form", "cdn-yte",
                Map.of("variables", negative));
        assertThat(refusedForm.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(refusedForm.getBody()).path("message").asText()).startsWith("Chưa lưu được: Năm 2018")
                .contains("-4").doesNotContain("ENGINE-");
        // Tasklist itself goes through the webapps' copy of the engine API: the same answer there
        WebappSession tasklist = WebappSession.login(http, "cdn-yte", "demo");
        ResponseEntity<String> refusedInTasklist = http.exchange("/camunda/api/engine/engine/default/task/" + fill
                + "/submit-form", HttpMethod.POST, tasklist.json(Map.of("variables", negative)), String.class);
        assertThat(refusedInTasklist.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(refusedInTasklist.getBody()).path("message").asText()).startsWith("Chưa lưu được");
        Map<String, Object> typed = formVariables(Map.of("I01", Map.of("p2018", "12a")));
        ResponseEntity<String> refusedText = api().post("/engine-rest/task/" + fill + "/submit-form", "cdn-yte",
                Map.of("variables", typed));
        assertThat(refusedText.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(refusedText.getBody()).path("message").asText())
                .isEqualTo("Chưa lưu được: Năm 2018: «Số lớp tập huấn» (I01) — «12a» không phải số nguyên.");
        assertThat(report(cycle, "cdn-yte").path("status").asText()).isEqualTo("NOT_STARTED");
        ResponseEntity<String> formSubmit = api().post("/engine-rest/task/" + fill + "/submit-form", "cdn-yte",
                Map.of("variables", formVariables()));
        assertThat(formSubmit.getStatusCode()).as(formSubmit.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode yte = report(cycle, "cdn-yte");
        assertThat(yte.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(yte.path("values").path("I22").path("2020H1").asInt()).isEqualTo(1);
        assertThat(yte.path("values").path("I01").path("2016").isInt()).as("typed text is stored as a number").isTrue();
        assertThat(yte.path("values").path("I01").path("2016").asInt()).isEqualTo(ReportBodies.CONSISTENT_ROW.get("I01"));
        assertThat(yte.path("sections").path("P2.II").asText()).isEqualTo("Nội dung mục 12.");
        assertThat(api().post(base + "/reports/cdn-yte/review", "cspl", Map.of("decision", "ACCEPT")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        Jobs.runAll(management);
        JsonNode done = body(api().get(base + "/progress", "giamsat", "demo"));
        assertThat(done.path("counts").path("ACCEPTED").asInt()).isEqualTo(2);
        // every report accepted: the province table is stored and the provincial report opens
        assertThat(done.path("stage").asText()).isEqualTo("PROVINCE_REPORT_DRAFT");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(cycle))
                .taskDefinitionKey(ProcessIds.TASK_DRAFT_PROVINCE_REPORT).count()).isEqualTo(1);
    }

    @Test
    void rulesRefuseASubmissionWarningsWantAnExplanationAndTheReviewerSeesIt() throws Exception {
        long cycle = issuedCycle(List.of("hoalu"));
        String base = "/api/cycles/" + cycle;
        assertThat(api().put(base + "/reports/hoalu/draft", "hoalu", ReportBodies.complete()).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // a malformed submission changes nothing of the saved draft
        Map<String, Object> malformed = ReportBodies.complete();
        cell(malformed, "I05", "2019", "một trăm");
        ResponseEntity<String> refusedMalformed = api().post(base + "/reports/hoalu/submit", "hoalu", malformed);
        assertThat(refusedMalformed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(messages(refusedMalformed)).containsExactly(
                "Năm 2019: «Tổng số DN do địa phương, ngành trực tiếp quản lý» (I05) — «một trăm» không phải số nguyên.");
        assertThat(report(cycle, "hoalu").path("values").path("I05").path("2019").asInt()).isEqualTo(100);

        Map<String, Object> broken = ReportBodies.complete();
        cell(broken, "I08", "2018", 120);
        cell(broken, "I06", "2018", 100);
        cell(broken, "I11", "2018", 80);
        ResponseEntity<String> refused = api().post(base + "/reports/hoalu/submit", "hoalu", broken);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode violations = json.readTree(refused.getBody()).path("violations");
        assertThat(violations).hasSize(2);
        List<String> fields = new ArrayList<>();
        violations.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("rule", "severity", "indicator", "period", "message");
        assertThat(violations.get(0).path("rule").asText()).isEqualTo("V03");
        assertThat(violations.get(0).path("severity").asText()).isEqualTo("ERROR");
        assertThat(violations.get(0).path("indicator").asText()).isEqualTo("I08");
        assertThat(violations.get(0).path("period").asText()).isEqualTo("2018");
        assertThat(violations.get(0).path("message").asText()).isEqualTo("Năm 2018: «Tổng số DN có tổ chức công đoàn "
                + "có tổ chức HN NLĐ» (120) lớn hơn «Tổng số doanh nghiệp có tổ chức HN NLĐ» (100) (V03)");
        assertThat(violations.get(1).path("message").asText()).isEqualTo("Năm 2018: «Tổng số DN có tổ chức công đoàn "
                + "có tổ chức HN NLĐ» (120) lớn hơn «Tổng số DN có tổ chức công đoàn» (70) (V03)");
        JsonNode kept = report(cycle, "hoalu");
        assertThat(kept.path("status").asText()).isEqualTo("DRAFT");
        assertThat(kept.path("values").path("I08").path("2018").asInt()).isEqualTo(120);
        assertThat(kept.path("ruleViolations")).hasSize(2);

        // a warning alone: refused until explained
        Map<String, Object> warned = ReportBodies.complete();
        cell(warned, "I02", "2017", 1);
        ResponseEntity<String> unexplained = api().post(base + "/reports/hoalu/submit", "hoalu", warned);
        assertThat(unexplained.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(messages(unexplained)).containsExactly(
                "Năm 2017: «Số người tham dự tập huấn» (1) nhỏ hơn «Số lớp tập huấn» (2) (V11)",
                "Cảnh báo V11 cần có lời giải trình (vì sao số liệu như vậy) thì báo cáo mới nộp được.");
        warned.put("explanations", Map.of("V11", "Hai lớp tập huấn trực tuyến, chỉ ghi nhận một người dự tại chỗ."));
        ResponseEntity<String> explained = api().post(base + "/reports/hoalu/submit", "hoalu", warned);
        assertThat(explained.getStatusCode()).as(explained.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode submitted = report(cycle, "hoalu");
        assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("explanations").path("V11").asText()).startsWith("Hai lớp tập huấn trực tuyến");
        assertThat(submitted.path("ruleViolations").get(0).path("severity").asText()).isEqualTo("WARNING");
        String review = tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, "hoalu"))
                .singleResult().getId();
        assertThat(json.readTree(tasks.getVariableLocal(review, "reportLayout").toString()).path("tableUrl").asText())
                .isEqualTo(base + "/reports/hoalu/table.xlsx");
        assertThat(json.readTree(tasks.getVariableLocal(review, "reportLayout").toString()).path("warnings").asText())
                .isEqualTo("- Năm 2017: «Số người tham dự tập huấn» (1) nhỏ hơn «Số lớp tập huấn» (2) (V11)\n"
                        + "  Giải trình của đơn vị: Hai lớp tập huấn trực tuyến, chỉ ghi nhận một người dự tại chỗ.");

        assertThat(api().post(base + "/reports/hoalu/review", "cspl", Map.of("decision", "ACCEPT")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.runAll(management);
        JsonNode aggregate = body(api().get(base + "/aggregate", "cspl", "demo"));
        assertThat(aggregate.path("stored").asBoolean()).isTrue();
        assertThat(aggregate.path("violations")).singleElement().satisfies(v ->
                assertThat(v.path("message").asText()).isEqualTo(
                        "Năm 2017: «Số người tham dự tập huấn» (1) nhỏ hơn «Số lớp tập huấn» (2) (V11)"));
        String draft = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(cycle))
                .taskDefinitionKey(ProcessIds.TASK_DRAFT_PROVINCE_REPORT).singleResult().getId();
        JsonNode provinceLayout = json.readTree(tasks.getVariableLocal(draft, "reportLayout").toString());
        assertThat(provinceLayout.path("coverage").asText()).endsWith("Kiểm tra số liệu tổng hợp theo các quy tắc của "
                + "mẫu báo cáo:\n- Năm 2017: «Số người tham dự tập huấn» (1) nhỏ hơn «Số lớp tập huấn» (2) (V11)");
        assertThat(provinceLayout.path("aggregateUrl").asText()).isEqualTo(base + "/aggregate.xlsx");
    }

    @SuppressWarnings("unchecked")
    private static void cell(Map<String, Object> body, String indicator, String period, Object value) {
        ((Map<String, Object>) ((Map<String, Object>) body.get("values")).get(indicator)).put(period, value);
    }

    /** Refused at Complete, the form keeps what was typed as the stored draft and can be completed again. */
    @Test
    void aSubmissionRefusedAtCompleteIsStoredAndTheOpenFormGoesOnFromIt() throws Exception {
        long cycle = issuedCycle(List.of("hoalu"));
        String task = tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, "hoalu"))
                .singleResult().getId();
        Map<String, Object> blank = new HashMap<>();
        blank.put("p2016", null);
        ResponseEntity<String> refused = api().post("/engine-rest/task/" + task + "/submit-form", "hoalu",
                Map.of("variables", formVariables(Map.<String, Map<String, Object>>of("I01", blank))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(refused.getBody()).path("message").asText())
                .startsWith("Báo cáo chưa nộp được; số liệu và nội dung đã được lưu thành bản nháp. Cần sửa:")
                .contains("- «Số lớp tập huấn» (I01) chưa nhập số liệu: Năm 2016.");
        JsonNode stored = report(cycle, "hoalu");
        assertThat(stored.path("status").asText()).isEqualTo("DRAFT");
        assertThat(stored.path("values").path("I02").path("2017").asInt()).isEqualTo(50);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
        JsonNode layout = json.readTree(tasks.getVariableLocal(task, "reportLayout").toString());
        assertThat(layout.path("draftVersion").asInt()).isEqualTo(stored.path("version").asInt());

        Map<String, Object> fixed = new HashMap<>(formVariables());
        fixed.put("draftVersion", Map.of("value", layout.path("draftVersion").asInt(), "type", "Integer"));
        ResponseEntity<String> submitted = api().post("/engine-rest/task/" + task + "/submit-form", "hoalu",
                Map.of("variables", fixed));
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(report(cycle, "hoalu").path("status").asText()).isEqualTo("SUBMITTED");
    }

    /** What Tasklist sends for the unit form: the figures by indicator and period, the sections by index. */
    private static Map<String, Object> formVariables() {
        return formVariables(Map.of());
    }

    /** The form's submission with some cells changed ({indicator: {p<period>: value}}). */
    private static Map<String, Object> formVariables(Map<String, Map<String, Object>> changed) {
        Map<String, Object> variables = new HashMap<>();
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        for (int row = 1; row <= 22; row++) {
            String code = String.format("I%02d", row);
            if (code.equals("I18")) {
                continue;
            }
            Integer value = ReportBodies.CONSISTENT_ROW.get(code);
            Map<String, Object> cells = new LinkedHashMap<>();
            for (String period : ReportBodies.SEED_PERIODS) {
                int figure = value == null ? 8 : value;
                // a cell shows the stored number; one the user typed in comes back as its text
                cells.put("p" + period, row == 1 ? String.valueOf(figure) : (Object) figure);
            }
            cells.putAll(changed.getOrDefault(code, Map.of()));
            values.put(code, cells);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int section = 1; section <= 12; section++) {
            texts.put(String.format("s%02d", section), "Nội dung mục " + section + ".");
        }
        try {
            variables.put("values", Map.of("value", new ObjectMapper().writeValueAsString(values), "type", "Json"));
            variables.put("sections", Map.of("value", new ObjectMapper().writeValueAsString(texts), "type", "Json"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        variables.put("reportAction", Map.of("value", "SUBMIT", "type", "String"));
        return variables;
    }

    private long issuedCycle(List<String> units) throws Exception {
        return IssuedCycles.issue(api(), management, units);
    }

    private JsonNode report(long cycle, String unit) throws Exception {
        return body(api().get("/api/cycles/" + cycle + "/reports/" + unit, "cspl", "demo"));
    }

    private List<String> messages(ResponseEntity<String> response) throws Exception {
        List<String> messages = new ArrayList<>();
        json.readTree(response.getBody()).path("violations").forEach(v -> messages.add(v.path("message").asText()));
        return messages;
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

}
