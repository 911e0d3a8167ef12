package vn.congdoan.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

/**
 * The plan carries the day leadership issued it on: the approval offers the plan's date (or today when that
 * has passed, unless the plan's own deadlines have too), leadership confirms or changes it, the plan prints it.
 */
class PlanIssueDateTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient api() {
        return new ApiClient(http);
    }

    @Test
    void aPastPlanApprovedTodayPrintsItsOwnDateNotToday() throws Exception {
        clock.set(Instant.parse("2026-12-04T03:00:00Z"));
        long cycle = submittedPlan();
        assertThat(tasks.getVariableLocal(approvalTask(cycle).getId(), ProcessVariables.PLAN_ISSUE_DATE))
                .isEqualTo("2020-06-11");
        ok(api().post("/api/cycles/" + cycle + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT")));
        assertThat(cycle(cycle).path("planIssuedOn").asText()).isEqualTo("2020-06-11");
        assertThat(planHeading(cycle)).isEqualTo("Ninh Bình, ngày 11 tháng 6 năm 2020");
    }

    @Test
    void leadershipConfirmsOrChangesTheOfferedDayAndABadDayIsRefusedByField() throws Exception {
        long cycle = submittedPlan();
        assertThat(tasks.getVariableLocal(approvalTask(cycle).getId(), ProcessVariables.PLAN_ISSUE_DATE))
                .isEqualTo("2020-06-11");
        for (String bad : List.of("15/6/2020", "2020-08-15")) {
            ResponseEntity<String> refused = api().post("/api/cycles/" + cycle + "/plan/review", "thuongtruc",
                    Map.of("decision", "ACCEPT", "issuedOn", bad));
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            JsonNode violation = json.readTree(refused.getBody()).path("violations").get(0);
            assertThat(violation.path("field").asText()).isEqualTo("issuedOn");
            assertThat(violation.path("message").asText()).startsWith("Ngày ban hành");
            assertThat(approvalTask(cycle)).as("still to approve").isNotNull();
        }
        ResponseEntity<String> approved = api().post("/engine-rest/task/" + approvalTask(cycle).getId() + "/submit-form",
                "thuongtruc", Map.of("variables", Map.of(
                        ProcessVariables.PLAN_DECISION, Map.of("value", "ACCEPT", "type", "String"),
                        ProcessVariables.PLAN_ISSUE_DATE, Map.of("value", "2020-06-15", "type", "String"))));
        assertThat(approved.getStatusCode().is2xxSuccessful()).as(approved.getBody()).isTrue();
        assertThat(cycle(cycle).path("planIssuedOn").asText()).isEqualTo("2020-06-15");
        assertThat(planHeading(cycle)).isEqualTo("Ninh Bình, ngày 15 tháng 6 năm 2020");
    }

    private long submittedPlan() throws Exception {
        ResponseEntity<String> created = api().post("/api/cycles", "cspl", CycleRequests.ninhBinh2020());
        long cycle = json.readTree(created.getBody()).path("id").asLong();
        ok(api().post("/api/cycles/" + cycle + "/plan/submit", "cspl", null));
        return cycle;
    }

    private Task approvalTask(long cycle) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(cycle))
                .taskDefinitionKey(ProcessIds.TASK_APPROVE_PLAN).singleResult();
    }

    private JsonNode cycle(long cycle) throws Exception {
        return json.readTree(api().get("/api/cycles/" + cycle, "cspl", "demo").getBody());
    }

    /** The place and date line of the plan's header, as printed. */
    private String planHeading(long cycle) {
        byte[] file = api().getBytes("/api/cycles/" + cycle + "/documents/plan.docx", "cspl").getBody();
        try (XWPFDocument document = Docx.open(file, "ke-hoach.docx")) {
            return document.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(3).getText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
