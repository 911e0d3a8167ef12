package vn.congdoan.baocao.campaign;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import vn.congdoan.baocao.process.BareEngine;
import vn.congdoan.baocao.process.BareModels;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.security.ProvinceGroups;
import vn.congdoan.baocao.support.StatementCounter;

/**
 * The bare models on the bare engine through {@code /engine-rest}, as a client of a plain engine runs them: a
 * step is "find the task, complete it with the decision its gateway reads" (two requests, one call). The
 * validation the application does in a service task is the caller's: it sends the outcome with the submission.
 */
final class BareCampaign implements CampaignShape {

    private static final String POLICY_DEPT = ProvinceGroups.POLICY_DEPT;
    private static final String LEADERSHIP = ProvinceGroups.LEADERSHIP;

    private final String restUrl;
    private final BenchmarkHttp http;
    private final StatementCounter statements;
    private final AtomicLong keys = new AtomicLong();

    BareCampaign(String restUrl, BenchmarkHttp http, StatementCounter statements) {
        this.restUrl = restUrl;
        this.http = http;
        this.statements = statements;
    }

    /** The users the calls log in as, besides the units. */
    static List<String> users() {
        return List.of(POLICY_DEPT, LEADERSHIP);
    }

    @Override
    public String name() {
        return "bare";
    }

    @Override
    public String schema() {
        return BareEngine.SCHEMA;
    }

    @Override
    public long statements() {
        return statements.count();
    }

    @Override
    public Campaign start(List<String> units) {
        long key = keys.incrementAndGet();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ProcessVariables.CYCLE_ID, Map.of("value", key, "type", "Long"));
        variables.put(BareModels.UNITS_VARIABLE, Map.of("value", json(units), "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.util.ArrayList<java.lang.String>",
                        "serializationDataFormat", "application/json")));
        String instance = http.post(restUrl + "/process-definition/key/" + ProcessIds.PROCESS_CAMPAIGN + "/start",
                        BareEngine.ADMIN, BareEngine.PASSWORD,
                        Map.of("businessKey", String.valueOf(key), "variables", variables))
                .expectOk("start a campaign").json().path("id").asText();
        complete(singleTask("processInstanceId=" + instance, ProcessIds.TASK_DRAFT_PLAN, POLICY_DEPT), POLICY_DEPT,
                Map.of()).expectOk("submit the plan");
        return new Campaign(String.valueOf(key), instance);
    }

    @Override
    public void approvePlan(Campaign campaign) {
        String task = singleTask("processInstanceId=" + campaign.processInstanceId(), ProcessIds.TASK_APPROVE_PLAN,
                LEADERSHIP);
        complete(task, LEADERSHIP, Map.of(ProcessVariables.PLAN_DECISION, "ACCEPT")).expectOk("approve the plan");
    }

    @Override
    public BenchmarkHttp.Answer submit(Campaign campaign, String unit) {
        return findAndComplete(unitKey(campaign, unit), ProcessIds.TASK_FILL_REPORT, unit,
                Map.of(ProcessVariables.REPORT_ACTION, ProcessVariables.ACTION_SUBMIT,
                        ProcessVariables.REPORT_VALID, true));
    }

    @Override
    public BenchmarkHttp.Answer accept(Campaign campaign, String unit) {
        return findAndComplete(unitKey(campaign, unit), ProcessIds.TASK_REVIEW_REPORT, POLICY_DEPT,
                Map.of(ProcessVariables.REPORT_DECISION, "ACCEPT"));
    }

    private static String unitKey(Campaign campaign, String unit) {
        return ProcessIds.unitReportKey(Long.parseLong(campaign.key()), unit);
    }

    private BenchmarkHttp.Answer findAndComplete(String businessKey, String taskKey, String user,
                                                 Map<String, Object> variables) {
        BenchmarkHttp.Answer found = http.get(tasksUrl("processInstanceBusinessKey="
                + URLEncoder.encode(businessKey, StandardCharsets.UTF_8), taskKey), user, BareEngine.PASSWORD);
        if (!found.ok()) {
            return found;
        }
        JsonNode tasks = found.json();
        if (tasks.size() != 1) {
            return new BenchmarkHttp.Answer(404, "{\"type\":\"TaskNotFound\",\"found\":" + tasks.size() + "}");
        }
        return complete(tasks.get(0).path("id").asText(), user, variables);
    }

    private String singleTask(String filter, String taskKey, String user) {
        JsonNode tasks = http.get(tasksUrl(filter, taskKey), user, BareEngine.PASSWORD).expectOk("find " + taskKey)
                .json();
        if (tasks.size() != 1) {
            throw new IllegalStateException(tasks.size() + " tasks " + taskKey + " for " + filter);
        }
        return tasks.get(0).path("id").asText();
    }

    private String tasksUrl(String filter, String taskKey) {
        return restUrl + "/task?" + filter + "&taskDefinitionKey=" + taskKey;
    }

    private BenchmarkHttp.Answer complete(String task, String user, Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        variables.forEach((name, value) -> values.put(name, Map.of("value", value)));
        return http.post(restUrl + "/task/" + task + "/complete", user, BareEngine.PASSWORD,
                Map.of("variables", values));
    }

    private static String json(Object value) {
        try {
            return BenchmarkHttp.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
