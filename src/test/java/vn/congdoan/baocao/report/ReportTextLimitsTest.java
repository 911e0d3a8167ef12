package vn.congdoan.baocao.report;

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

import vn.congdoan.baocao.review.ReviewLog;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.ErrorAnswers;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.MigrationColumns;
import vn.congdoan.baocao.support.ReportBodies;

/** A text longer than its column is refused by name, and the rest of what was sent is kept as the draft. */
class ReportTextLimitsTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theLimitsAreTheColumnsOfTheMigrations() {
        Map<String, Integer> columns = MigrationColumns.sizes();
        assertThat(columns).containsEntry("report_section.body", WrittenTexts.MAX_LENGTH)
                .containsEntry("report_explanation.body", WrittenTexts.MAX_LENGTH)
                .containsEntry("province_report_section.body", WrittenTexts.MAX_LENGTH)
                .containsEntry("review.comment", ReviewLog.MAX_COMMENT);
    }

    @Test
    void aSubmittedSectionTooLongForItsColumnIsNamedAndTheRestIsKept() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu"));
        String base = "/api/cycles/" + cycle + "/reports/hoalu";
        api.put(base + "/draft", "hoalu", ReportBodies.body(Map.of(), Map.of("P1.I.1", "Bản trước.")));

        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("P1.I.1", "x".repeat(WrittenTexts.MAX_LENGTH + 1));
        sections.put("P1.I.2", "Khó khăn: thiếu cán bộ.");
        Map<String, Object> body = ReportBodies.body(Map.of("I01", Map.of("2016", 7)), sections);
        body.put("explanations", Map.of("V05", "Có loại hình doanh nghiệp khác."));
        ResponseEntity<String> refused = api.post(base + "/submit", "hoalu", body);

        assertThat(ErrorAnswers.message(refused.getStatusCode().value(), contentType(refused), refused.getBody(), 413))
                .startsWith("Đã lưu bản nháp, trừ nội dung không lưu được");
        JsonNode violation = json.readTree(refused.getBody()).path("violations").get(0);
        assertThat(violation.path("section").asText()).isEqualTo("P1.I.1");
        assertThat(violation.path("message").asText())
                .isEqualTo("Mục «1. Thuận lợi» dài 200 001 ký tự, quá giới hạn 200 000 ký tự.");
        JsonNode kept = report(api, base);
        assertThat(kept.path("status").asText()).isEqualTo("DRAFT");
        assertThat(kept.path("values").path("I01").path("2016").asInt()).isEqualTo(7);
        assertThat(kept.path("sections").path("P1.I.2").asText()).isEqualTo("Khó khăn: thiếu cán bộ.");
        assertThat(kept.path("explanations").path("V05").asText()).isEqualTo("Có loại hình doanh nghiệp khác.");
        assertThat(kept.path("sections").path("P1.I.1").asText()).as("the text stored before stays")
                .isEqualTo("Bản trước.");
    }

    @Test
    void anExplanationTooLongOrATextWithNulIsNamedAndTheRestIsKept() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu"));
        String base = "/api/cycles/" + cycle + "/reports/hoalu";
        Map<String, Object> body = ReportBodies.body(Map.of("I02", Map.of("2017", 40)),
                Map.of("P2.I", "Phương hướng\u0000 mới", "P2.II", "Giải pháp.", "P1.II.5", "Bài học \ud800."));
        body.put("explanations", Map.of("V11", "y".repeat(WrittenTexts.MAX_LENGTH + 5)));
        ResponseEntity<String> refused = api.put(base + "/draft", "hoalu", body);

        // a NUL is no length: 422, not 413
        ErrorAnswers.message(refused.getStatusCode().value(), contentType(refused), refused.getBody(), 422);
        assertThat(json.readTree(refused.getBody()).path("violations").findValuesAsText("message")).containsExactlyInAnyOrder(
                "Mục «5. Một số bài học kinh nghiệm» chứa ký tự không hợp lệ (nửa cặp thay thế UTF-16, như \\ud800), "
                        + "không lưu được.",
                "Mục «I. Phương hướng nhiệm vụ» chứa ký tự NUL (U+0000), không lưu được.",
                "Giải trình cho quy tắc V11 dài 200 005 ký tự, quá giới hạn 200 000 ký tự.");
        JsonNode kept = report(api, base);
        assertThat(kept.path("values").path("I02").path("2017").asInt()).isEqualTo(40);
        assertThat(kept.path("sections").path("P2.II").asText()).isEqualTo("Giải pháp.");
        assertThat(kept.path("sections").has("P2.I")).isFalse();
        assertThat(kept.path("sections").has("P1.II.5")).isFalse();
        assertThat(kept.path("explanations").has("V11")).isFalse();
    }

    private JsonNode report(ApiClient api, String base) throws Exception {
        return json.readTree(api.get(base, "hoalu", "demo").getBody());
    }

    private static String contentType(ResponseEntity<String> response) {
        return String.valueOf(response.getHeaders().getContentType());
    }
}
