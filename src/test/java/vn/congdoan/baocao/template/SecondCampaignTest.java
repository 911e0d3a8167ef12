package vn.congdoan.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;

/**
 * A second, different campaign (another resolution, six other indicators, eight quarters, another outline and
 * rules) loaded through the API, previewed, and run as a whole cycle with its documents, with no code change.
 */
class SecondCampaignTest extends EmbeddedAppTest {

    private static final String CODE = "ct05-atvsld-2024-2025";
    private static final List<String> QUARTERS = List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2",
            "2025Q3", "2025Q4");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    @Test
    void aSecondCampaignLoadedThroughTheApiRunsAWholeCycleWithItsDocuments() throws Exception {
        byte[] yaml = new ClassPathResource("campaigns/ct05-atvsld-2024-2025.yaml").getContentAsByteArray();
        assertThat(upload(yaml, "cspl").getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> loaded = upload(yaml, "quantri");
        assertThat(loaded.getStatusCode().value()).as(loaded.getBody()).isIn(200, 201);
        assertThat(upload(yaml, "quantri").getBody()).contains("đã có với đúng nội dung này");
        ResponseEntity<String> changed = upload(new String(yaml, StandardCharsets.UTF_8)
                .replace("Số vụ tai nạn lao động", "Số vụ tai nạn lao động chết người").getBytes(StandardCharsets.UTF_8), "quantri");
        assertThat(changed.getStatusCode().value()).isEqualTo(409);
        assertThat(changed.getBody()).contains("Hãy ghi version: 2");

        JsonNode listed = JSON.readTree(new ApiClient(http).get("/api/templates", "hoalu", "demo").getBody());
        assertThat(listed.findValuesAsText("code")).contains(CODE, "nq02-2016-2020");

        // previews, before any cycle: the plan as the template's defaults make it, the blank table of eight quarters
        ApiClient api = new ApiClient(http);
        try (XWPFDocument plan = new XWPFDocument(new ByteArrayInputStream(
                api.getBytes("/api/templates/" + CODE + "/1/plan.docx", "cspl").getBody()))) {
            assertThat(texts(plan)).anyMatch(t -> t.contains("Kế hoạch sơ kết 02 năm thực hiện Chỉ thị số 05/CT-TLĐ"));
        }
        try (XSSFWorkbook table = new XSSFWorkbook(new ByteArrayInputStream(
                api.getBytes("/api/templates/" + CODE + "/1/table.xlsx", "cspl").getBody()))) {
            List<String> cells = cells(table.getSheetAt(0));
            assertThat(cells).contains("Quý I/2024", "Quý IV/2025", "Số an toàn, vệ sinh viên được tập huấn");
        }

        // a whole cycle on it
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("template", CODE);
        request.put("templateVersion", 1);
        request.put("units", List.of("cdn-yte", "cdn-giaoduc"));
        long cycle = IssuedCycles.issue(api, management, JSON.valueToTree(request));
        String base = "/api/cycles/" + cycle;
        JsonNode read = JSON.readTree(api.get(base, "cspl", "demo").getBody());
        assertThat(read.path("template").asText()).isEqualTo(CODE);
        assertThat(read.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(read.path("periods")).hasSize(8);

        Map<String, Object> bad = report(3, 1, 5);
        ResponseEntity<String> refused = api.post(base + "/reports/cdn-yte/submit", "cdn-yte", bad);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).contains("Quý I/2024: «Số vụ tai nạn lao động» (3) lớn hơn «Số người bị nạn» (1) (S01)");

        ok(api.post(base + "/reports/cdn-yte/submit", "cdn-yte", report(1, 2, 5)));
        ok(api.post(base + "/reports/cdn-giaoduc/submit", "cdn-giaoduc", report(2, 3, 7)));
        ok(api.post(base + "/reports/cdn-yte/review", "cspl", Map.of("decision", "ACCEPT")));
        ok(api.post(base + "/reports/cdn-giaoduc/review", "cspl", Map.of("decision", "ACCEPT")));
        Jobs.runAll(management);

        JsonNode aggregate = JSON.readTree(api.get(base + "/aggregate", "cspl", "demo").getBody());
        JsonNode injured = rowOf(aggregate, "A04");
        assertThat(injured.path("values").path("2025Q4").asLong()).isEqualTo(5);
        assertThat(injured.path("total").asLong()).isEqualTo(8 * 5);
        // LAST: each unit's last quarter, summed over the units (10 + 12)
        assertThat(rowOf(aggregate, "A05").path("total").asLong()).isEqualTo(22);

        Map<String, String> sections = Map.of("A.1", "Tỉnh: chỉ đạo.", "A.2", "Tỉnh: huấn luyện.", "B", "Tỉnh: năm 2027.");
        ok(api.post(base + "/province-report/submit", "cspl", Map.of("sections", sections)));
        ok(api.post(base + "/province-report/review", "thuongtruc", Map.of("decision", "ACCEPT")));
        ok(api.post(base + "/submission", "cspl", Map.of("documentNumber", "130/BC-LĐLĐ", "date", "2026-12-30",
                "sender", "Nguyễn Văn A", "recipientAddress", "tld@example.org")));
        Jobs.runAll(management);
        assertThat(JSON.readTree(api.get(base + "/progress", "giamsat", "demo").getBody()).path("stage").asText())
                .isEqualTo("CLOSED");

        try (XWPFDocument report = new XWPFDocument(new ByteArrayInputStream(
                api.getBytes(base + "/documents/province-report.docx", "cspl").getBody()))) {
            List<String> texts = texts(report);
            assertThat(texts).contains("Tỉnh: huấn luyện.", "I. Tình hình triển khai Chỉ thị", "Bảng số liệu về công tác an "
                    + "toàn, vệ sinh lao động theo Chỉ thị 05/CT-TLĐ");
            XWPFTable table = report.getTables().get(report.getTables().size() - 1);
            List<String> header = table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
            assertThat(header).contains("Quý I/2024", "Quý IV/2025", "Tổng số");
        }
        try (XWPFDocument unit = new XWPFDocument(new ByteArrayInputStream(
                api.getBytes(base + "/reports/cdn-yte/report.docx", "cspl").getBody()))) {
            assertThat(texts(unit)).contains("Nội dung mục A.2 của đơn vị.");
        }
    }

    @Test
    void aBrokenOrInconsistentTemplateIsRefusedWithEachProblemNamed() throws Exception {
        ResponseEntity<String> unreadable = upload("code: x\nversion: [1\n".getBytes(StandardCharsets.UTF_8), "quantri");
        assertThat(unreadable.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(unreadable.getBody()).path("message").asText()).startsWith("Không đọc được tệp YAML (dòng");

        ResponseEntity<String> unknownField = upload("code: x\nversion: 1\ncolour: red\n".getBytes(StandardCharsets.UTF_8), "quantri");
        assertThat(JSON.readTree(unknownField.getBody()).path("message").asText())
                .startsWith("Mẫu chiến dịch không có trường «colour» (dòng ");

        String yaml = new String(new ClassPathResource("campaigns/ct05-atvsld-2024-2025.yaml").getContentAsByteArray(),
                StandardCharsets.UTF_8).replace("code: ct05-atvsld-2024-2025", "code: ct05-sai")
                .replace("A03 <= A04", "A03 <= A09").replace("group: \"3\", label: \"Số an toàn, vệ sinh viên\"",
                        "group: \"7\", label: \"Số an toàn, vệ sinh viên\"");
        ResponseEntity<String> inconsistent = upload(yaml.getBytes(StandardCharsets.UTF_8), "quantri");
        assertThat(inconsistent.getStatusCode().value()).isEqualTo(422);
        List<String> problems = new ArrayList<>();
        JSON.readTree(inconsistent.getBody()).path("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).containsExactly("chỉ tiêu A05: nhóm «7» không có.",
                "quy tắc S01: biểu thức «A03 <= A09» dùng tên chưa biết «A09».");
        assertThat(JSON.readTree(new ApiClient(http).get("/api/templates", "cspl", "demo").getBody())
                .findValuesAsText("code")).doesNotContain("ct05-sai");
    }

    private Map<String, Object> report(int accidents, int injured, int officers) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> row = Map.of("A01", 1, "A02", 12, "A03", accidents, "A04", injured, "A05", officers + 5,
                "A06", officers);
        row.forEach((indicator, value) -> {
            Map<String, Object> periods = new LinkedHashMap<>();
            QUARTERS.forEach(q -> periods.put(q, value));
            values.put(indicator, periods);
        });
        values.put("A04", new LinkedHashMap<>(Map.of("2024Q1", injured, "2024Q2", injured, "2024Q3", injured,
                "2024Q4", injured, "2025Q1", injured, "2025Q2", injured, "2025Q3", injured, "2025Q4", injured)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", values);
        body.put("sections", Map.of("A.1", "Nội dung mục A.1 của đơn vị.", "A.2", "Nội dung mục A.2 của đơn vị.",
                "B", "Nội dung mục B của đơn vị."));
        body.put("explanations", Map.of());
        return body;
    }

    private ResponseEntity<String> upload(byte[] yaml, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        return http.exchange("/api/templates", HttpMethod.POST, new HttpEntity<>(yaml, headers), String.class);
    }

    private static void ok(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    }

    private static JsonNode rowOf(JsonNode aggregate, String indicator) {
        for (JsonNode row : aggregate.path("rows")) {
            if (row.path("indicator").asText().equals(indicator)) {
                return row;
            }
        }
        throw new AssertionError("no row " + indicator);
    }

    private static List<String> texts(XWPFDocument document) {
        List<String> texts = new ArrayList<>(document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                c.getParagraphs().forEach(p -> texts.add(p.getText())))));
        return texts;
    }

    private static List<String> cells(XSSFSheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        }
        return cells;
    }
}
