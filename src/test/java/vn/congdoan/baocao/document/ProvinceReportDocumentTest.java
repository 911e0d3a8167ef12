package vn.congdoan.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.EmbeddedAppTest;

/**
 * The provincial report as .docx, re-opened with POI: the province's texts on the outline, the
 * cycle's signer and report recipients, the aggregated table equal to the API's, the missing unit
 * named and never counted; once the sending is recorded, its number and date.
 */
class ProvinceReportDocumentTest extends EmbeddedAppTest {

    private static final Instant CUT_OFF = Instant.parse("2020-08-26T16:59:59Z");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theProvincialReportHoldsTheTextsTheAggregateAndTheMissingUnits() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu", "cdn-yte"));
        String base = "/api/cycles/" + cycle;
        ok(api.post(base + "/reports/hoalu/submit", "hoalu", ReportBodies.complete()));
        ok(api.post(base + "/reports/hoalu/review", "cspl", Map.of("decision", "ACCEPT")));
        clock.set(CUT_OFF);
        Jobs.runAll(management);
        ok(api.post(base + "/late-units/decision", "thuongtruc", Map.of("decision", "CLOSE")));
        Jobs.runAll(management);

        Map<String, String> sections = new LinkedHashMap<>();
        ReportBodies.TEXT_SECTIONS.forEach(s -> sections.put(s, "Tỉnh: nội dung mục " + s + "."));
        String decomposed = Normalizer.normalize("Công đoàn cơ sở chủ động đề xuất đối thoại", Normalizer.Form.NFD);
        sections.put("P1.I.1", "Thuận lợi <b>không phải thẻ</b> & \"ngoặc\" 💪\n- " + decomposed + ";\n- Ý thứ hai.");
        String paragraph = "Đoạn văn dài về công tác chỉ đạo, phối hợp với chính quyền và người sử dụng lao động. ";
        String longSection = String.join("\n", java.util.Collections.nCopies(120, paragraph.repeat(4).strip()));
        sections.put("P1.II.1", longSection);
        ok(api.put(base + "/province-report/draft", "cspl", Map.of("sections", sections)));

        String path = base + "/documents/province-report.docx";
        assertThat(api.getBytes(path, "hoalu").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<byte[]> draft = api.getBytes(path, "thuongtruc");
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode aggregate = json.readTree(api.get(base + "/aggregate", "cspl", "demo").getBody());

        try (XWPFDocument document = Docx.open(draft.getBody(), "bao-cao-tinh.docx")) {
            Docx.assertOfficialPages(document);
            Docx.assertHeading(document, List.of("TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH",
                    "Số:        /BC-LĐLĐ"), "Ninh Bình, ngày …… tháng …… năm ……");
            List<String> texts = Docx.texts(document);
            assertThat(texts.subList(0, 9)).containsExactly("BÁO CÁO", PlanDocumentTest.TITLE,
                    "Phần thứ nhất: Đánh giá kết quả 05 năm thực hiện Nghị quyết",
                    "I. Đặc điểm chung tác động tới việc tổ chức thực hiện Nghị quyết",
                    "1. Thuận lợi",
                    "Thuận lợi <b>không phải thẻ</b> & \"ngoặc\" 💪",
                    "- Công đoàn cơ sở chủ động đề xuất đối thoại;",
                    "- Ý thứ hai.",
                    "2. Khó khăn");
            assertThat(texts.stream().filter(t -> t.equals(paragraph.repeat(4).strip()))).hasSize(120);
            assertThat(texts).containsSubsequence("1. Công tác chỉ đạo", paragraph.repeat(4).strip(),
                    "2. Công tác tuyên truyền, vận động tập huấn.", "Tỉnh: nội dung mục P1.II.2.");
            Docx.assertRun(Docx.paragraph(document, "Tỉnh: nội dung mục P1.II.2."), 14, false, false);
            Docx.assertClosing(document, List.of("- Tổng Liên đoàn Lao động Việt Nam (Ban Quan hệ lao động);",
                    "- Thường trực LĐLĐ tỉnh;", "- Lưu: VT, CSPL & QHLĐ."),
                    List.of("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Trần Kim Long"));

            // the appendix: the API's aggregate to the figure, the missing unit named under the table
            assertThat(texts).contains("PHỤ LỤC", "(Kèm theo Báo cáo số …… ngày …… tháng …… năm …… của LĐLĐ tỉnh)",
                    "(Tổng hợp từ báo cáo của 1/2 đơn vị)",
                    "Đơn vị không có báo cáo (không tính vào số liệu):");
            assertThat(texts.get(texts.size() - 1)).isEqualTo("- Công đoàn ngành Y tế tỉnh Ninh Bình");
            XWPFTable table = Docx.lastTable(document);
            Docx.assertRowsKeptWhole(table);
            Map<String, List<String>> byLabel = new HashMap<>();
            for (int r = 1; r < table.getNumberOfRows(); r++) {
                byLabel.put(Docx.cells(table, r).get(1), Docx.cells(table, r));
            }
            assertThat(aggregate.path("rows")).hasSize(22);
            for (JsonNode row : aggregate.path("rows")) {
                List<String> cells = byLabel.get(row.path("label").asText());
                assertThat(cells).as(row.path("indicator").asText()).isNotNull();
                for (int p = 0; p < ReportBodies.SEED_PERIODS.size(); p++) {
                    assertThat(cells.get(3 + p)).as(row.path("indicator").asText())
                            .isEqualTo(figure(row.path("values").path(ReportBodies.SEED_PERIODS.get(p)).asLong()));
                }
                assertThat(cells.get(8)).isEqualTo(figure(row.path("total").asLong()));
            }
        }

        ok(api.post(base + "/province-report/submit", "cspl", null));
        ok(api.post(base + "/province-report/review", "thuongtruc", Map.of("decision", "ACCEPT")));
        Jobs.runAll(management);
        ok(api.post(base + "/submission", "cspl", Map.of("documentNumber", "95/BC-LĐLĐ", "date", "2020-09-14",
                "sender", "Nguyễn Văn A", "recipientAddress", "tld@example.org")));
        try (XWPFDocument sent = Docx.open(api.getBytes(path, "cspl").getBody(), "bao-cao-tinh-da-gui.docx")) {
            Docx.assertHeading(sent, List.of("TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", "Số: 95/BC-LĐLĐ"),
                    "Ninh Bình, ngày 14 tháng 9 năm 2020");
            assertThat(Docx.texts(sent)).contains("(Kèm theo Báo cáo số 95 ngày 14 tháng 9 năm 2020 của LĐLĐ tỉnh)")
                    .doesNotContain("(Kèm theo Báo cáo số …… ngày …… tháng …… năm …… của LĐLĐ tỉnh)");
        }
    }

    private static String figure(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
