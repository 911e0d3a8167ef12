package vn.congdoan.baocao.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.report.WrittenTexts;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.ErrorAnswers;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.ReportBodies;

/** The provincial report's draft: the step it belongs to, and texts its columns cannot take. */
class ProvinceReportInputTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDraftOrSubmitBeforeItsStepIsAConflict() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu"));
        String base = "/api/cycles/" + cycle + "/province-report";
        for (ResponseEntity<String> early : List.of(
                api.put(base + "/draft", "cspl", Map.of("sections", Map.of("P1.I.1", "Sớm."))),
                api.post(base + "/submit", "cspl", Map.of("sections", Map.of("P1.I.1", "Sớm."))),
                api.post(base + "/submit", "cspl", null))) {
            assertThat(message(early, 409)).isEqualTo("Đợt báo cáo số " + cycle + " chưa đến bước dự thảo báo cáo của "
                    + "tỉnh: bước này mở khi mọi đơn vị đã được chấp nhận báo cáo hoặc đã khóa sổ, và số liệu đã được "
                    + "tổng hợp.");
        }
        assertThat(api.put("/api/cycles/999999/province-report/draft", "cspl", Map.of("sections", Map.of()))
                .getStatusCode().value()).as("an unknown cycle is still unknown").isEqualTo(404);
    }

    @Test
    void aSectionTooLongIsNamedAndTheRestIsKept() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = atProvinceReport(api);
        String base = "/api/cycles/" + cycle + "/province-report";
        api.put(base + "/draft", "cspl", Map.of("sections", Map.of("P1.I.1", "Bản trước.")));

        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("P1.I.1", "x".repeat(WrittenTexts.MAX_LENGTH + 1));
        sections.put("P1.I.2", "Khó khăn của tỉnh.");
        ResponseEntity<String> refused = api.put(base + "/draft", "cspl", Map.of("sections", sections));
        assertThat(message(refused, 413)).startsWith("Đã lưu bản nháp báo cáo của tỉnh, trừ nội dung không lưu được");
        assertThat(json.readTree(refused.getBody()).path("violations").findValuesAsText("message"))
                .containsExactly("Mục «1. Thuận lợi» dài 200 001 ký tự, quá giới hạn 200 000 ký tự.");
        JsonNode kept = json.readTree(api.get(base, "cspl", "demo").getBody());
        assertThat(kept.path("sections").path("P1.I.2").asText()).isEqualTo("Khó khăn của tỉnh.");
        assertThat(kept.path("sections").path("P1.I.1").asText()).isEqualTo("Bản trước.");

        // a code no outline has (longer than the column of codes, too) refuses the draft and stores nothing
        ResponseEntity<String> unknown = api.put(base + "/draft", "cspl",
                Map.of("sections", Map.of("P9." + "9".repeat(60), "Mục lạ.", "P1.I.2", "Đổi.")));
        assertThat(message(unknown, 422)).startsWith("Báo cáo của tỉnh chưa được lưu: Mục «P9.999");
        assertThat(json.readTree(api.get(base, "cspl", "demo").getBody()).path("sections").path("P1.I.2").asText())
                .isEqualTo("Khó khăn của tỉnh.");
    }

    private long atProvinceReport(ApiClient api) throws Exception {
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu"));
        api.post("/api/cycles/" + cycle + "/reports/hoalu/submit", "hoalu", ReportBodies.complete());
        api.post("/api/cycles/" + cycle + "/reports/hoalu/review", "cspl", Map.of("decision", "ACCEPT"));
        Jobs.runAll(management);
        return cycle;
    }

    private static String message(ResponseEntity<String> response, int status) {
        return ErrorAnswers.message(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                response.getBody(), status);
    }
}
