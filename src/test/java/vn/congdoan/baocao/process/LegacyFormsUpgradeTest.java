package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.ReportBodies;

/**
 * Reports started before the forms were made per cycle (the unit-report model of that release, whose
 * task opens the one static form with a variable per cell) still open, save and submit after the
 * upgrade; a cycle issued after it opens its own generated form.
 */
class LegacyFormsUpgradeTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    /** The upgrade: the current model is the latest again, whatever the test did. */
    @AfterEach
    void upgrade() throws Exception {
        repository.createDeployment().name("unit-report-upgraded")
                .addString("unit-report.bpmn", Files.readString(Path.of("bpmn/unit-report.bpmn"))).deploy();
    }

    @Test
    void aReportOnTheStaticFormOfTheEarlierReleaseOpensSavesAndSubmitsAfterTheUpgrade() throws Exception {
        repository.createDeployment().name("unit-report-before-per-cycle-forms")
                .addClasspathResource("legacy/unit-report.bpmn").addClasspathResource("legacy/unit-report.form")
                .addClasspathResource("legacy/review-report.form").deploy();
        long cycle = IssuedCycles.issue(api(), management, List.of("hoalu"));
        String task = taskOf(cycle);
        upgrade();

        // it opens on its own form, with its cells
        JsonNode form = json.readTree(api().get("/engine-rest/task/" + task + "/deployed-form", "hoalu", "demo").getBody());
        assertThat(form.path("id").asText()).isEqualTo(ProcessIds.FORM_UNIT_REPORT);
        assertThat(tasks.getVariablesLocal(task)).containsKeys("v_r01_p1", "v_r22_p5", "reportLayout", "draftVersion");

        // saved as a draft, it comes back on the same form with what was typed
        Map<String, Object> draft = staticFormVariables("DRAFT");
        ResponseEntity<String> saved = api().post("/engine-rest/task/" + task + "/submit-form", "hoalu",
                Map.of("variables", draft));
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(report(cycle).path("values").path("I05").path("2019").asInt()).isEqualTo(100);
        task = taskOf(cycle);
        assertThat(tasks.getVariableLocal(task, "v_r05_p4")).isEqualTo(100);
        assertThat(json.readTree(api().get("/engine-rest/task/" + task + "/deployed-form", "hoalu", "demo").getBody())
                .path("id").asText()).isEqualTo(ProcessIds.FORM_UNIT_REPORT);

        // submitted, it goes to review and is accepted
        Map<String, Object> submit = staticFormVariables("SUBMIT");
        submit.put("draftVersion", Map.of("value", tasks.getVariableLocal(task, "draftVersion"), "type", "Integer"));
        ResponseEntity<String> submitted = api().post("/engine-rest/task/" + task + "/submit-form", "hoalu",
                Map.of("variables", submit));
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(report(cycle).path("status").asText()).isEqualTo("SUBMITTED");
        String review = tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, "hoalu"))
                .taskDefinitionKey(ProcessIds.TASK_REVIEW_REPORT).singleResult().getId();
        assertThat(json.readTree(api().get("/engine-rest/task/" + review + "/deployed-form", "cspl", "demo").getBody())
                .path("id").asText()).isEqualTo(ProcessIds.FORM_REVIEW_REPORT);
        assertThat(tasks.getVariableLocal(review, "v_r05_p4")).isEqualTo(100);
        assertThat(api().post("/api/cycles/" + cycle + "/reports/hoalu/review", "cspl", Map.of("decision", "ACCEPT"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(report(cycle).path("status").asText()).isEqualTo("ACCEPTED");

        // a cycle issued after the upgrade opens its own form
        long next = IssuedCycles.issue(api(), management, List.of("hoalu"));
        JsonNode generated = json.readTree(api().get("/engine-rest/task/" + taskOf(next) + "/deployed-form", "hoalu",
                "demo").getBody());
        assertThat(generated.path("id").asText()).isEqualTo(ProcessIds.FORM_UNIT_REPORT + "-cycle-" + next);
        assertThat(tasks.getVariablesLocal(taskOf(next))).containsOnlyKeys("values", "sections", "explanations",
                "reportLayout");
    }

    /** What the static form sends: a variable per cell by row and period index, the texts by index. */
    private Map<String, Object> staticFormVariables(String action) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        for (int row = 1; row <= 22; row++) {
            Integer value = ReportBodies.CONSISTENT_ROW.get(String.format("I%02d", row));
            for (int period = 1; period <= 5; period++) {
                variables.put(String.format("v_r%02d_p%d", row, period),
                        Map.of("value", value == null ? 8 : value, "type", "Integer"));
            }
        }
        Map<String, String> texts = new HashMap<>();
        for (int section = 1; section <= 12; section++) {
            texts.put(String.format("s%02d", section), "Nội dung mục " + section + ".");
        }
        variables.put("sections", Map.of("value", json.writeValueAsString(texts), "type", "Json"));
        variables.put("reportAction", Map.of("value", action, "type", "String"));
        return variables;
    }

    private String taskOf(long cycle) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, "hoalu"))
                .taskDefinitionKey(ProcessIds.TASK_FILL_REPORT).singleResult().getId();
    }

    private JsonNode report(long cycle) throws Exception {
        return json.readTree(api().get("/api/cycles/" + cycle + "/reports/hoalu", "cspl", "demo").getBody());
    }

    private ApiClient api() {
        return new ApiClient(http);
    }
}
