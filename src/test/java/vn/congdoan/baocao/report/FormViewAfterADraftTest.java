package vn.congdoan.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.ReportBodies;

/**
 * A unit's task is created in a transaction that read the report when the instance started; a draft
 * saved in between is what the form shows, not a conflict that fails the engine's job.
 */
class FormViewAfterADraftTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;
    @Autowired
    ReportService reports;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theFormShowsADraftSavedAfterTheReportWasFirstRead() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu"));

        ReportView shown = new TransactionTemplate(transactions).execute(status -> {
            reports.assignment(cycle, "hoalu");
            api.put("/api/cycles/" + cycle + "/reports/hoalu/draft", "hoalu",
                    ReportBodies.body(Map.of("I01", Map.of("2016", 7)), Map.of("P1.I.1", "Bản nháp mới.")));
            return reports.viewForForm(cycle, "hoalu");
        });

        assertThat(shown.sections()).containsEntry("P1.I.1", "Bản nháp mới.");
        assertThat(shown.values().get("I01")).containsEntry("2016", 7L);
    }
}
