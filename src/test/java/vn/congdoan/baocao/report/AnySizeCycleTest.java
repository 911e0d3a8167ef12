package vn.congdoan.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.process.forms.ReportFormKeys;
import vn.congdoan.baocao.spreadsheet.TableLinks;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.ReportBodies;

/**
 * Any size of table runs through the whole campaign on the forms made for its cycle: the test
 * template of 60 indicators, 10 periods and 30 sections, and the built-in one with 12 monthly periods.
 * The units fill their generated forms as Tasklist submits them.
 */
class AnySizeCycleTest extends EmbeddedAppTest {

    private static final List<String> UNITS = List.of("hoalu", "kimson");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTemplateOfSixtyIndicatorsTenPeriodsAndThirtySectionsRunsThroughTheCampaign() throws Exception {
        ObjectNode request = CycleRequests.withUnits(UNITS);
        request.put("template", "thu-nghiem-60x10");
        Map<String, Long> figures = new LinkedHashMap<>();
        for (int i = 1; i <= 59; i++) {
            figures.put(String.format("I%02d", i), i == 1 ? 100L : i == 2 ? 50L : 10L);
        }
        runCampaign(request, figures, 10, 30, 60);
    }

    @Test
    void aCycleOfTwelveMonthsRunsThroughTheCampaign() throws Exception {
        ObjectNode request = CycleRequests.withUnits(UNITS);
        ArrayNode periods = request.putArray("periods");
        for (int month = 1; month <= 12; month++) {
            periods.addObject().put("code", String.format("2021T%02d", month)).put("label", "Tháng " + month + "/2021");
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        ReportBodies.CONSISTENT_ROW.forEach((code, value) -> figures.put(code, value.longValue()));
        runCampaign(request, figures, 12, 12, 22);
    }

    private void runCampaign(ObjectNode request, Map<String, Long> figures, int periods, int sections, int indicators)
            throws Exception {
        long cycle = IssuedCycles.issue(api(), management, request);
        String base = "/api/cycles/" + cycle;
        List<String> sectionCodes = new ArrayList<>();
        for (String unit : UNITS) {
            String task = tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, unit))
                    .taskDefinitionKey(ProcessIds.TASK_FILL_REPORT).singleResult().getId();
            JsonNode form = json.readTree(api().get("/engine-rest/task/" + task + "/deployed-form", unit, "demo").getBody());
            assertThat(form.path("id").asText()).isEqualTo(ProcessIds.FORM_UNIT_REPORT + "-cycle-" + cycle);
            List<String> cells = new ArrayList<>();
            form.path("components").forEach(c -> {
                if (c.path("key").asText().startsWith("values.")) {
                    cells.add(c.path("key").asText());
                }
            });
            assertThat(cells).hasSize(figures.size() * periods);
            assertThat(tasks.getVariablesLocal(task)).hasSizeLessThanOrEqualTo(5);
            // the unit's group and dates come from the report as the task is created, not from variables
            assertThat(tasks.getVariables(task).keySet()).containsExactlyInAnyOrder(ProcessVariables.CYCLE_ID,
                    ProcessVariables.UNIT_CODE, ReportFormKeys.VALUES, ReportFormKeys.SECTIONS,
                    ReportFormKeys.EXPLANATIONS, ReportFormKeys.LAYOUT);
            assertThat(tasks.getIdentityLinksForTask(task)).extracting(IdentityLink::getGroupId).contains(unit);
            assertThat(tasks.createTaskQuery().taskId(task).singleResult().getDueDate()).isNotNull();

            JsonNode report = json.readTree(api().get(base + "/reports/" + unit, unit, "demo").getBody());
            ObjectNode values = json.createObjectNode();
            figures.forEach((code, value) -> {
                ObjectNode row = values.putObject(code);
                report.path("values").path(code).fieldNames().forEachRemaining(period -> row.put("p" + period, value));
            });
            assertThat(form.path("components").findValuesAsText("key").stream().filter(k -> k.startsWith("sections.")))
                    .hasSize(sections);
            ObjectNode texts = json.createObjectNode();
            for (int s = 1; s <= sections; s++) {
                texts.put(String.format("s%02d", s), "Nội dung mục " + s + " của " + unit + ".");
            }
            Map<String, Object> variables = Map.of(
                    "values", Map.of("value", values.toString(), "type", "Json"),
                    "sections", Map.of("value", texts.toString(), "type", "Json"),
                    "reportAction", Map.of("value", "SUBMIT", "type", "String"));
            ResponseEntity<String> submitted = api().post("/engine-rest/task/" + task + "/submit-form", unit,
                    Map.of("variables", variables));
            assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
            JsonNode stored = json.readTree(api().get(base + "/reports/" + unit, unit, "demo").getBody());
            assertThat(stored.path("status").asText()).isEqualTo("SUBMITTED");
            assertThat(stored.path("values").size()).isEqualTo(indicators);
            assertThat(stored.path("sections").size()).isEqualTo(sections);
            sectionCodes.clear();
            stored.path("sections").fieldNames().forEachRemaining(sectionCodes::add);
            assertThat(api().post(base + "/reports/" + unit + "/review", "cspl", Map.of("decision", "ACCEPT"))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        Jobs.runAll(management);

        String draft = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(cycle))
                .taskDefinitionKey(ProcessIds.TASK_DRAFT_PROVINCE_REPORT).singleResult().getId();
        JsonNode table = json.readTree(tasks.getVariableLocal(draft, "reportTable").toString());
        JsonNode first = table.get(1);
        assertThat(first.path("label").asText()).startsWith("I01.");
        assertThat(first.size()).isEqualTo(periods + 2);
        long expectedTotal = figures.get("I01") * UNITS.size() * periods;
        assertThat(first.path("total").asText()).isEqualTo(String.format("%,d", expectedTotal).replace(',', '.'));

        Map<String, String> provinceTexts = new LinkedHashMap<>();
        sectionCodes.forEach(code -> provinceTexts.put(code, "Tỉnh: " + code));
        assertThat(provinceTexts).hasSize(sections);
        assertThat(api().post(base + "/province-report/submit", "cspl", Map.of("sections", provinceTexts))
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(api().post(base + "/province-report/review", "thuongtruc", Map.of("decision", "ACCEPT"))
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(api().get(Documents.provinceReportLink(cycle), "cspl", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api().get(TableLinks.aggregate(cycle), "cspl", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> recorded = api().post(base + "/submission", "cspl", Map.of("documentNumber", "95/BC-LĐLĐ",
                "date", "2020-09-14", "sender", "Nguyễn Văn A", "recipientAddress", "tld@example.org"));
        assertThat(recorded.getStatusCode().is2xxSuccessful()).as(recorded.getBody()).isTrue();
        Jobs.runAll(management);
        assertThat(json.readTree(api().get(base + "/progress", "cspl", "demo").getBody()).path("stage").asText())
                .isEqualTo("CLOSED");
    }

    private ApiClient api() {
        return new ApiClient(http);
    }
}
