package vn.congdoan.baocao.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;

/**
 * The plan's forms as Tasklist gets them from the engine's REST API: a start form with the template's values
 * and the units of the day, and a draft-plan form that revises the plan, also after leadership returned it.
 */
class PlanFormsTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient api() {
        return new ApiClient(http);
    }

    @Test
    void theStartFormHoldsTheTemplatesValuesAndTheUnitsByName() throws Exception {
        JsonNode form = json.readTree(api().get("/engine-rest/process-definition/key/campaign/deployed-start-form",
                "cspl", "demo").getBody());
        assertThat(form.path("id").asText()).isEqualTo(ProcessIds.FORM_START_CYCLE);
        assertThat(component(form, "planNumber").path("defaultValue").asText()).isEqualTo("23/KH-LĐLĐ");
        assertThat(component(form, "periodLabel5").path("defaultValue").asText()).isEqualTo("Tính đến 30/6/2020");
        JsonNode districts = component(form, "unitChoice_DISTRICT");
        assertThat(districts.path("valuesExpression").asText()).contains("Liên đoàn Lao động huyện Hoa Lư");
        assertThat(districts.path("defaultValue")).hasSize(8);
        assertThat(component(form, "unitChoice_SECTOR").path("defaultValue")).hasSize(8);
    }

    @Test
    void theStartFormsFieldsStartACycleWithTheUnitsTickedAndThePeriodRows() throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planNumber", string("31/KH-LĐLĐ"));
        variables.put("units_DISTRICT", jsonValue("[\"hoalu\",\"yenmo\"]"));
        variables.put("unitChoice_DISTRICT", jsonValue("[\"hoalu\",\"yenmo\"]"));
        variables.put("units_SECTOR", jsonValue("[\"cdn-yte\"]"));
        variables.put("periodCode1", string("2019"));
        variables.put("periodLabel1", string("Năm 2019"));
        variables.put("periodCode2", string("2020H1"));
        variables.put("periodLabel2", string("Tính đến 30/6/2020"));
        variables.put("periodCode3", string(""));
        variables.put("periodLabel3", string(""));
        variables.put("remindersBefore", string("5, 1"));
        ResponseEntity<String> started = api().post("/engine-rest/process-definition/key/campaign/submit-form", "cspl",
                Map.of("variables", variables));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String instance = json.readTree(started.getBody()).path("id").asText();
        long id = Long.parseLong(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getBusinessKey());
        JsonNode cycle = cycle(id);
        assertThat(cycle.path("units")).extracting(JsonNode::asText).containsExactly("hoalu", "yenmo", "cdn-yte");
        assertThat(cycle.path("periods").findValuesAsText("code")).containsExactly("2019", "2020H1");
        assertThat(cycle.path("reminders").path("before")).extracting(JsonNode::asText).containsExactly("P5D", "P1D");
        assertThat(runtime.getVariables(instance)).containsOnlyKeys("cycleId");
    }

    @Test
    void aBlankFieldOfTheStartFormIsRefusedByNameNotFilledFromTheTemplate() throws Exception {
        long before = json.readTree(api().get("/api/cycles", "cspl", "demo").getBody()).size();
        Map<String, Object> variables = new HashMap<>();
        variables.put("units_SECTOR", jsonValue("[\"cdn-yte\"]"));
        variables.put("unitReportDeadline", Map.of("type", "Null"));
        variables.put("signerName", string(""));
        ResponseEntity<String> refused = api().post("/engine-rest/process-definition/key/campaign/submit-form", "cspl",
                Map.of("variables", variables));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(refused.getBody()).path("message").asText())
                .contains("Chưa nhập hạn đơn vị gửi báo cáo về tỉnh").contains("họ tên người ký");
        assertThat(json.readTree(api().get("/api/cycles", "cspl", "demo").getBody())).hasSize((int) before);
    }

    @Test
    void theDraftPlanFormRevisesThePlanAndARefusalKeepsTheTaskAndThePlan() throws Exception {
        long id = started(List.of("hoalu", "cdn-yte"));
        Task draft = task(id, ProcessIds.TASK_DRAFT_PLAN);
        JsonNode form = json.readTree(api().get("/engine-rest/task/" + draft.getId() + "/deployed-form", "cspl", "demo")
                .getBody());
        assertThat(form.path("id").asText()).isEqualTo("form-draft-plan-cycle-" + id);
        assertThat(component(form, "unitChoice_DISTRICT").path("defaultValue")).extracting(JsonNode::asText)
                .containsExactly("hoalu");
        assertThat(component(form, "planNumber").path("defaultValue").asText()).isEqualTo("23/KH-LĐLĐ");

        // a refusal names the field, completes nothing and changes nothing
        ResponseEntity<String> refused = api().post("/engine-rest/task/" + draft.getId() + "/submit-form", "cspl",
                Map.of("variables", Map.of("planNumber", string("25/KH-LĐLĐ"), "periodCode1", string("năm 2016"))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(refused.getBody()).path("message").asText()).startsWith("Chưa sửa được kế hoạch:")
                .contains("mã kỳ «năm 2016»");
        assertThat(task(id, ProcessIds.TASK_DRAFT_PLAN).getId()).isEqualTo(draft.getId());
        assertThat(cycle(id).path("planNumber").asText()).isEqualTo("23/KH-LĐLĐ");

        // the template is not a field of the draft
        ResponseEntity<String> template = api().post("/engine-rest/task/" + draft.getId() + "/submit-form", "cspl",
                Map.of("variables", Map.of("template", string("khac"))));
        assertThat(template.getStatusCode().is4xxClientError()).isTrue();
        assertThat(task(id, ProcessIds.TASK_DRAFT_PLAN).getId()).isEqualTo(draft.getId());

        Map<String, Object> revised = new HashMap<>();
        revised.put("planNumber", string("25/KH-LĐLĐ"));
        revised.put("units_DISTRICT", jsonValue("[\"hoalu\",\"kimson\"]"));
        revised.put("units_SECTOR", jsonValue("[]"));
        revised.put("superior", string(""));
        assertThat(api().post("/engine-rest/task/" + draft.getId() + "/submit-form", "cspl",
                Map.of("variables", revised)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode cycle = cycle(id);
        assertThat(cycle.path("stage").asText()).isEqualTo("PLAN_APPROVAL");
        assertThat(cycle.path("planNumber").asText()).isEqualTo("25/KH-LĐLĐ");
        assertThat(cycle.path("units")).extracting(JsonNode::asText).containsExactly("hoalu", "kimson");
        assertThat(cycle.path("superior").asText()).isEmpty();
        assertThat(cycle.path("signer").path("name").asText()).isEqualTo("Trần Kim Long");
        String instance = cycle.path("processInstanceId").asText();
        assertThat(runtime.getVariables(instance).keySet()).noneMatch(name -> name.startsWith("units_"));

        // returned: the draft form opens with the plan as revised, and revises it again
        assertThat(api().post("/api/cycles/" + id + "/plan/review", "thuongtruc",
                Map.of("decision", "RETURN", "comment", "Thêm LĐLĐ huyện Yên Mô.")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Task again = task(id, ProcessIds.TASK_DRAFT_PLAN);
        JsonNode returned = json.readTree(api().get("/engine-rest/task/" + again.getId() + "/deployed-form", "cspl",
                "demo").getBody());
        assertThat(component(returned, "planNumber").path("defaultValue").asText()).isEqualTo("25/KH-LĐLĐ");
        assertThat(component(returned, "unitChoice_DISTRICT").path("defaultValue")).extracting(JsonNode::asText)
                .containsExactly("hoalu", "kimson");
        assertThat(component(returned, "unitChoice_SECTOR").path("defaultValue")).isEmpty();
        assertThat(api().post("/engine-rest/task/" + again.getId() + "/submit-form", "cspl", Map.of("variables",
                Map.of("units_DISTRICT", jsonValue("[\"hoalu\",\"kimson\",\"yenmo\"]")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(cycle(id).path("units")).extracting(JsonNode::asText).containsExactly("hoalu", "kimson", "yenmo");
    }

    @Test
    void theApiRevisesTheDraftAsTheFormDoesAndNotOnceSentForApproval() throws Exception {
        long id = started(List.of("hoalu"));
        ResponseEntity<String> revised = api().put("/api/cycles/" + id + "/plan", "cspl",
                Map.of("planNumber", "26/KH-LĐLĐ", "units", List.of("hoalu", "yenmo")));
        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(revised.getBody()).path("planNumber").asText()).isEqualTo("26/KH-LĐLĐ");
        assertThat(cycle(id).path("units")).hasSize(2);

        ResponseEntity<String> otherTemplate = api().put("/api/cycles/" + id + "/plan", "cspl",
                Map.of("template", "mau-khac"));
        assertThat(otherTemplate.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(otherTemplate.getBody()).path("message").asText()).contains("không đổi được");
        assertThat(api().put("/api/cycles/" + id + "/plan", "thuongtruc", Map.of("planNumber", "27/KH-LĐLĐ"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(api().post("/api/cycles/" + id + "/plan/submit", "cspl", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> late = api().put("/api/cycles/" + id + "/plan", "cspl", Map.of("planNumber", "27/KH-LĐLĐ"));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(cycle(id).path("planNumber").asText()).isEqualTo("26/KH-LĐLĐ");
    }

    private long started(List<String> units) throws Exception {
        ResponseEntity<String> created = api().post("/api/cycles", "cspl", Map.of("units", units));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("id").asLong();
    }

    private Task task(long cycleId, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(cycleId)).taskDefinitionKey(key)
                .singleResult();
    }

    private JsonNode cycle(long id) throws Exception {
        return json.readTree(api().get("/api/cycles/" + id, "cspl", "demo").getBody());
    }

    private static JsonNode component(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no field " + key);
    }

    private static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static Map<String, Object> jsonValue(String value) {
        return Map.of("value", value, "type", "Json");
    }
}
