package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.WebappSession;

/**
 * Every user task of every model, completed by its rightful user with each variable that a listener,
 * delegate or expression reads: what the task's form does not declare is refused (400, in Vietnamese)
 * and nothing moves — no other unit's report, no decision, no status, no variable of any instance.
 */
class TaskFieldsTamperingTest extends EmbeddedAppTest {

    private static final String ATTACKER = "hoalu";
    private static final String VICTIM = "yenmo";
    private static final List<String> UNITS = List.of("tpninhbinh", ATTACKER, VICTIM);
    private static final Instant AFTER_CUT_OFF = Instant.parse("2020-08-26T17:00:00Z");
    private static final Pattern EXPRESSION_NAME = Pattern.compile("[$#]\\{\\s*!?([a-zA-Z][a-zA-Z0-9]*)");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> tampered = new TreeSet<>();
    private long cycle;
    private long otherCycle;

    private ApiClient api() {
        return new ApiClient(http);
    }

    @Test
    void noCompletionSetsWhatItsFormDoesNotDeclare() throws Exception {
        otherCycle = startCycle();
        cycle = startCycle();
        String base = "/api/cycles/" + cycle;

        tamper(ProcessIds.TASK_DRAFT_PLAN, String.valueOf(cycle), "cspl");
        ok(api().post(base + "/plan/submit", "cspl", null));
        tamper(ProcessIds.TASK_APPROVE_PLAN, String.valueOf(cycle), "thuongtruc");
        ok(api().post(base + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT")));
        Jobs.runAll(management);

        String attackerKey = ProcessIds.unitReportKey(cycle, ATTACKER);
        tamper(ProcessIds.TASK_FILL_REPORT, attackerKey, ATTACKER);
        otherDoorsRefused(attackerKey);
        declaredFieldsTouchOnlyTheTasksOwnReport(attackerKey);

        for (String unit : List.of(ATTACKER, VICTIM)) {
            ok(api().post(base + "/reports/" + unit + "/submit", unit, ReportBodies.complete()));
        }
        tamper(ProcessIds.TASK_REVIEW_REPORT, attackerKey, "cspl");
        // a decision sent by hand with spaces around it is the decision itself, recorded and routed alike
        ok(api().post("/engine-rest/task/" + openTask(ProcessIds.TASK_REVIEW_REPORT, attackerKey).getId()
                + "/submit-form", "cspl", Map.of("variables", Map.of(ProcessVariables.REPORT_DECISION,
                Map.of("value", " ACCEPT ", "type", "String")))));
        assertThat(report(ATTACKER).path("status").asText()).isEqualTo("ACCEPTED");
        ok(api().post(base + "/reports/" + VICTIM + "/review", "cspl", Map.of("decision", "ACCEPT")));
        Jobs.runAll(management);

        clock.set(AFTER_CUT_OFF);
        Jobs.runAll(management);
        tamper(ProcessIds.TASK_DECIDE_LATE_UNITS, String.valueOf(cycle), "thuongtruc");
        ok(api().post(base + "/late-units/decision", "thuongtruc", Map.of("decision", "CLOSE")));
        Jobs.runAll(management);

        tamper(ProcessIds.TASK_DRAFT_PROVINCE_REPORT, String.valueOf(cycle), "cspl");
        Map<String, String> sections = new LinkedHashMap<>();
        ReportBodies.TEXT_SECTIONS.forEach(s -> sections.put(s, "Tỉnh: " + s));
        ok(api().post(base + "/province-report/submit", "cspl", Map.of("sections", sections)));
        tamper(ProcessIds.TASK_APPROVE_PROVINCE_REPORT, String.valueOf(cycle), "thuongtruc");
        ok(api().post(base + "/province-report/review", "thuongtruc", Map.of("decision", "ACCEPT")));
        tamper(ProcessIds.TASK_RECORD_SUBMISSION, String.valueOf(cycle), "cspl");

        assertThat(tampered).isEqualTo(userTasksOfEveryModel());
    }

    /** The rightful user sends each variable the application reads, one at a time, through /engine-rest. */
    private void tamper(String taskKey, String businessKey, String user) throws Exception {
        Task task = openTask(taskKey, businessKey);
        Set<String> declared = TaskForms.of(taskKey).orElseThrow().fields();
        String before = snapshot();
        for (String name : namesTheApplicationReads()) {
            if (declared.contains(name)) {
                continue;
            }
            ResponseEntity<String> refused = api().post("/engine-rest/task/" + task.getId() + "/complete", user,
                    Map.of("variables", Map.of(name, hostile(name))));
            assertThat(refused.getStatusCode()).as(taskKey + " with " + name + ": " + refused.getBody())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(refused.getBody()).path("message").asText())
                    .contains("«" + name + "»", "không có gì thay đổi");
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as(taskKey + " still open").isOne();
        }
        assertThat(snapshot()).as("nothing moved at " + taskKey).isEqualTo(before);
        tampered.add(taskKey);
    }

    /** Every door to a task's variables, including the webapps' copy of the API that Tasklist calls. */
    private void otherDoorsRefused(String businessKey) throws Exception {
        Task task = openTask(ProcessIds.TASK_FILL_REPORT, businessKey);
        String before = snapshot();
        String path = "/engine-rest/task/" + task.getId();
        Map<String, Object> takeOver = Map.of(ProcessVariables.UNIT_CODE, hostile(ProcessVariables.UNIT_CODE));
        List<ResponseEntity<String>> answers = new ArrayList<>();
        answers.add(api().post(path + "/submit-form", ATTACKER, Map.of("variables", takeOver)));
        answers.add(api().put(path + "/variables/" + ProcessVariables.UNIT_CODE, ATTACKER,
                hostile(ProcessVariables.UNIT_CODE)));
        answers.add(api().put(path + "/localVariables/" + ProcessVariables.UNIT_CODE, ATTACKER,
                hostile(ProcessVariables.UNIT_CODE)));
        answers.add(api().post(path + "/variables", ATTACKER, Map.of("modifications", takeOver)));
        answers.add(api().post(path + "/localVariables", ATTACKER, Map.of("modifications", takeOver)));
        answers.add(http.exchange(path + "/variables/" + ProcessVariables.UNIT_CODE, HttpMethod.DELETE,
                new org.springframework.http.HttpEntity<>(login()), String.class));
        answers.add(api().post(path + "/bpmnError", ATTACKER, Map.of("errorCode", "X")));
        answers.add(api().post(path + "/bpmnEscalation", ATTACKER, Map.of("escalationCode", "X")));
        answers.add(api().post(path + "/complete", ATTACKER, Map.of("variables", Map.of(ProcessVariables.REPORT_ACTION,
                Map.of("value", "{\"a\":1}", "type", "Object", "valueInfo", Map.of("objectTypeName",
                        "java.util.HashMap", "serializationDataFormat", "application/json"))))));
        WebappSession session = WebappSession.login(http, ATTACKER, "demo");
        answers.add(http.exchange("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
                HttpMethod.POST, session.json(Map.of("variables", takeOver)), String.class));
        for (ResponseEntity<String> answer : answers) {
            assertThat(answer.getStatusCode().is4xxClientError()).as(answer.toString()).isTrue();
        }
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** The form's own fields, sent with hostile values, reach the task's own report and nothing else. */
    private void declaredFieldsTouchOnlyTheTasksOwnReport(String businessKey) throws Exception {
        Task task = openTask(ProcessIds.TASK_FILL_REPORT, businessKey);
        String victimBefore = victimSnapshot();
        Map<String, Object> variables = new TreeMap<>();
        for (String name : TaskForms.of(ProcessIds.TASK_FILL_REPORT).orElseThrow().fields()) {
            variables.put(name, Map.of("value", VICTIM, "type", "String"));
        }
        variables.put(ProcessVariables.FORM_SECTIONS, Map.of("value", "{\"s01\":\"" + VICTIM + "\"}", "type", "Json"));
        variables.put(ProcessVariables.FORM_EXPLANATIONS, Map.of("value", "{}", "type", "Json"));
        variables.put(ProcessVariables.FORM_VALUES, Map.of("value", "{\"I01\":{\"p2016\":\"7\"}}", "type", "Json"));
        variables.remove(ProcessVariables.DRAFT_VERSION);
        ResponseEntity<String> badAction = api().post("/engine-rest/task/" + task.getId() + "/submit-form", ATTACKER,
                Map.of("variables", variables));
        assertThat(badAction.getStatusCode()).as(badAction.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badAction.getBody()).path("message").asText()).contains("«" + VICTIM + "»");

        variables.put(ProcessVariables.REPORT_ACTION, Map.of("value", ProcessVariables.ACTION_DRAFT, "type", "String"));
        ResponseEntity<String> draft = api().post("/engine-rest/task/" + task.getId() + "/submit-form", ATTACKER,
                Map.of("variables", variables));
        assertThat(draft.getStatusCode().is2xxSuccessful()).as(draft.getBody()).isTrue();
        JsonNode own = report(ATTACKER);
        assertThat(own.path("sections").path("P1.I.1").asText()).isEqualTo(VICTIM);
        assertThat(own.path("values").path("I01").path("2016").asInt()).isEqualTo(7);
        assertThat(victimSnapshot()).isEqualTo(victimBefore);
    }

    private String victimSnapshot() throws Exception {
        return report(VICTIM).toString() + openTask(ProcessIds.TASK_FILL_REPORT,
                ProcessIds.unitReportKey(cycle, VICTIM)).getId()
                + new TreeMap<>(runtime.getVariables(instance(ProcessIds.unitReportKey(cycle, VICTIM)))).toString();
    }

    /** The cycles as the API shows them, and every variable and task of every instance the engine runs. */
    private String snapshot() throws Exception {
        StringBuilder all = new StringBuilder();
        for (long id : List.of(cycle, otherCycle)) {
            String base = "/api/cycles/" + id;
            all.append(api().get(base, "cspl", "demo").getBody())
                    .append(api().get(base + "/progress", "cspl", "demo").getBody())
                    .append(api().get(base + "/notifications", "cspl", "demo").getBody())
                    .append(api().get(base + "/province-report", "cspl", "demo").getBody());
            for (String unit : UNITS) {
                all.append(api().get(base + "/reports/" + unit, "cspl", "demo").getBody());
            }
        }
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().orderByProcessInstanceId().asc().list()) {
            all.append(instance.getBusinessKey()).append(new TreeMap<>(runtime.getVariables(instance.getId())));
        }
        tasks.createTaskQuery().orderByTaskId().asc().list().forEach(t -> all.append(t.getId())
                .append(t.getTaskDefinitionKey()).append(t.getAssignee()).append(t.getDueDate()));
        return all.toString();
    }

    /** Every variable name a listener, delegate or expression of ours reads. */
    private static Set<String> namesTheApplicationReads() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Field field : ProcessVariables.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().startsWith("ACTION_")) {
                names.add((String) field.get(null));
            }
        }
        names.add(UnitReportForm.LAYOUT);
        for (Path model : bpmnModels()) {
            Matcher matcher = EXPRESSION_NAME.matcher(Files.readString(model));
            while (matcher.find()) {
                if (!matcher.group(1).equals("execution") && !matcher.group(1).endsWith("Delegate")
                        && !matcher.group(1).endsWith("Listener")) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    private static Set<String> userTasksOfEveryModel() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (Path model : bpmnModels()) {
            Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)
                    .forEach(task -> keys.add(task.getId()));
        }
        return keys;
    }

    private static List<Path> bpmnModels() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private Object hostile(String name) {
        if (name.equals(ProcessVariables.CYCLE_ID)) {
            return Map.of("value", otherCycle, "type", "Long");
        }
        if (name.endsWith("At")) {
            return Map.of("value", "2020-06-01T00:00:00.000+0700", "type", "Date");
        }
        if (name.endsWith("Valid")) {
            return Map.of("value", true, "type", "Boolean");
        }
        String value = name.endsWith("Decision") ? "ACCEPT" : name.endsWith("Action") ? "SUBMIT" : VICTIM;
        return Map.of("value", value, "type", "String");
    }

    private long startCycle() throws Exception {
        ResponseEntity<String> created = api().post("/api/cycles", "cspl", CycleRequests.withUnits(UNITS));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("id").asLong();
    }

    private Task openTask(String taskKey, String businessKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey + " open for " + businessKey).isNotNull();
        return task;
    }

    private String instance(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(ProcessIds.PROCESS_UNIT_REPORT).singleResult().getId();
    }

    private JsonNode report(String unit) throws Exception {
        return json.readTree(api().get("/api/cycles/" + cycle + "/reports/" + unit, "cspl", "demo").getBody());
    }

    private static org.springframework.http.HttpHeaders login() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth(ATTACKER, "demo");
        return headers;
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
