package vn.congdoan.baocao.pdf;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.H2TestDatabase;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.TestClock;
import vn.congdoan.baocao.support.TestClockConfiguration;
import vn.congdoan.baocao.support.Zips;

/**
 * On a server without LibreOffice the application runs, says in the submission form that PDF output is
 * off, answers a PDF download with 503 and a sentence, and sends the report as .docx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=nooffice",
        "app.demo.live-cycle=false", "app.pdf.office-home=/nonexistent/libreoffice"})
@Import(TestClockConfiguration.class)
class WithoutLibreOfficeTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2TestDatabase.register(registry, "nooffice");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestClock clock;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    @Test
    void theReportGoesAsWordAndThePdfIsSaidToBeOff() throws Exception {
        clock.set(TestClock.START);
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.awaitingSubmission(api, management);
        String base = "/api/cycles/" + cycle;

        Task submission = tasks.createTaskQuery().taskDefinitionKey(ProcessIds.TASK_RECORD_SUBMISSION)
                .processVariableValueEquals(ProcessVariables.CYCLE_ID, cycle).singleResult();
        String form = new ObjectMapper().readTree(tasks.getVariableLocal(submission.getId(),
                ProcessVariables.SUBMISSION_PACKAGE).toString()).path("text").asText();
        assertThat(form).contains("Bản PDF đang tắt: máy chủ chưa cài LibreOffice nên không xuất được bản PDF.",
                "[báo cáo của tỉnh (Word)]", "[cả hồ sơ (.zip)](/api/cycles/" + cycle + "/documents/package.zip)");

        ResponseEntity<String> pdf = api.get(base + "/documents/plan.pdf", "cspl", "demo");
        assertThat(pdf.getStatusCode().value()).isEqualTo(503);
        assertThat(pdf.getBody()).contains("Máy chủ chưa cài LibreOffice nên không xuất được bản PDF.");

        IssuedCycles.submit(api, management, cycle);
        assertThat(Zips.entries(api.getBytes(base + "/documents/package.zip", "cspl").getBody()).keySet())
                .containsExactly("bao-cao-tinh-dot-" + cycle + ".docx", "tong-hop-so-lieu-dot-" + cycle + ".xlsx");
    }

}
