package vn.congdoan.baocao.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.H2TestDatabase;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.TestClock;
import vn.congdoan.baocao.support.TestClockConfiguration;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/**
 * A cycle of many units (its own database, so that the units stay out of the other tests): the texts
 * that name every unit are longer than the 4,000 characters an engine String variable holds.
 */
// an engine name of its own: the engine REST API of the shared test context finds its engine by the name "default"
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=largecycletest", "app.demo.live-cycle=false"})
@Import(TestClockConfiguration.class)
class LargeCycleTest {

    private static final int UNITS = 250;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2TestDatabase.register(registry, "large");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    UnitDirectory units;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @Autowired
    TestClock clock;

    @Test
    void aCycleOfManyUnitsStartsAndItsSummariesNameThemAll() throws Exception {
        clock.set(TestClock.START);
        List<String> codes = new ArrayList<>();
        List<UnitDetails> details = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            String code = String.format("ccs-%03d", i);
            codes.add(code);
            details.add(new UnitDetails(code, "Công đoàn cơ sở Doanh nghiệp số " + i, "COMMUNE", null, code, null,
                    LocalDate.of(2020, 1, 1), null));
        }
        units.addAll(details);

        ApiClient api = new ApiClient(http);
        ResponseEntity<String> started = api.post("/api/cycles", "cspl", CycleRequests.withUnits(codes));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        long cycle = new ObjectMapper().readTree(started.getBody()).path("id").asLong();
        Jobs.runAll(management);
        Task draft = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(cycle))
                .taskDefinitionKey(ProcessIds.TASK_DRAFT_PLAN).singleResult();
        TypedValue summary = tasks.getVariableLocalTyped(draft.getId(), "planSummary", false);
        String text = new ObjectMapper().readTree(summary.getValue().toString()).path("text").asText();
        assertThat(text.length()).isGreaterThan(4000);
        assertThat(text).contains("Đơn vị tham gia (250)", "Công đoàn cơ sở Doanh nghiệp số 250");
        assertThat(Map.of("type", summary.getType().getName())).containsEntry("type", "json");

        // at the cut-off, leadership's list of late units names all 250
        api.post("/api/cycles/" + cycle + "/plan/submit", "cspl", null);
        api.post("/api/cycles/" + cycle + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT"));
        Jobs.runAll(management);
        clock.set(Instant.parse("2020-08-27T01:00:00Z"));
        Jobs.runAll(management);
        Task late = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(cycle))
                .taskDefinitionKey(ProcessIds.TASK_DECIDE_LATE_UNITS).singleResult();
        String lateText = new ObjectMapper().readTree(tasks.getVariableLocalTyped(late.getId(), "lateUnitsSummary", false)
                .getValue().toString()).path("text").asText();
        assertThat(lateText.length()).isGreaterThan(4000);
        assertThat(lateText).contains("- Công đoàn cơ sở Doanh nghiệp số 250 (ccs-250): chưa bắt đầu");
    }
}
