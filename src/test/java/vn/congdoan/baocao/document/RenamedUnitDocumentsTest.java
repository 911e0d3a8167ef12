package vn.congdoan.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;

/** A cycle keeps its units as they were when its plan was made: renaming or ending one later changes none of its documents. */
class RenamedUnitDocumentsTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    @Test
    void renamingAndEndingAUnitLaterChangesNoDocumentOfAnEarlierCycle() throws Exception {
        ApiClient api = new ApiClient(http);
        String code = "cdn-thunghiem-" + System.nanoTime() % 100000;
        assertThat(api.post("/api/units", "quantri", Map.of("code", code, "name", "Công đoàn ngành Thử nghiệm tỉnh Ninh Bình",
                "kind", "ZONE", "parent", "ldld-ninhbinh", "validFrom", "2000-01-01")).getStatusCode().value()).isEqualTo(201);
        long cycle = IssuedCycles.issue(api, management, List.of(code, "hoalu"));
        String report = "/api/cycles/" + cycle + "/reports/" + code + "/report.docx";
        String plan = "/api/cycles/" + cycle + "/documents/plan.docx";
        List<String> reportBefore = texts(api.getBytes(report, "cspl"));
        List<String> planBefore = texts(api.getBytes(plan, "cspl"));
        assertThat(reportBefore).anyMatch(t -> t.contains("Công đoàn ngành Thử nghiệm tỉnh Ninh Bình"));

        assertThat(api.put("/api/units/" + code, "quantri", Map.of("name", "Công đoàn Khối thử nghiệm"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(api.post("/api/units/" + code + "/end", "quantri", Map.of("validTo", "2025-06-30"))
                .getStatusCode().value()).isEqualTo(200);

        assertThat(texts(api.getBytes(report, "cspl"))).isEqualTo(reportBefore);
        assertThat(texts(api.getBytes(plan, "cspl"))).isEqualTo(planBefore);
        JsonNode progress = new ObjectMapper().readTree(api.get("/api/cycles/" + cycle + "/progress", "cspl", "demo").getBody());
        assertThat(progress.path("units").findValuesAsText("name")).contains("Công đoàn ngành Thử nghiệm tỉnh Ninh Bình")
                .doesNotContain("Công đoàn Khối thử nghiệm");
    }

    private static List<String> texts(ResponseEntity<byte[]> file) throws Exception {
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        try (XWPFDocument document = Docx.open(file.getBody(), "tai-lieu.docx")) {
            return Docx.texts(document);
        }
    }
}
