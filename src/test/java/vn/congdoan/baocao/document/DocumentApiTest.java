package vn.congdoan.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.ReportBodies;

/** A unit's report as .docx, re-opened with POI: page, header, title, sections in order, appendix figures. */
class DocumentApiTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    @Test
    @SuppressWarnings("unchecked")
    void aUnitsReportIsTheOfficialLayoutWithItsTextsAndFigures() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu", "cdn-yte"));
        Map<String, Object> body = ReportBodies.complete();
        String decomposed = Normalizer.normalize("Đối thoại định kỳ được duy trì", Normalizer.Form.NFD);
        String typed = "Cấp ủy quan tâm <chỉ đạo> & hỗ trợ 👍\n\n- Ý thứ nhất;\n- " + decomposed + ".";
        ((Map<String, Object>) body.get("sections")).put("P1.I.1", typed);
        // pasted from another program: a tab, Word's manual line break, a bell that XML cannot hold
        ((Map<String, Object>) body.get("sections")).put("P1.I.2", "Khó khăn:\tthiếu cán bộ\u000Bchuyên trách\u0007.");
        ((Map<String, Object>) ((Map<String, Object>) body.get("values")).get("I02")).put("2019", 1_234_567);
        body.put("explanations", Map.of("V12", "Năm 2019 tập huấn trực tuyến toàn tỉnh."));
        assertThat(api.post("/api/cycles/" + cycle + "/reports/hoalu/submit", "hoalu", body).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode stored = new ObjectMapper().readTree(
                api.get("/api/cycles/" + cycle + "/reports/hoalu", "hoalu", "demo").getBody());

        String path = "/api/cycles/" + cycle + "/reports/hoalu/report.docx";
        assertThat(api.getBytes(path, "cdn-yte").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<byte[]> response = api.getBytes(path, "hoalu");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(Documents.CONTENT_TYPE);

        try (XWPFDocument document = Docx.open(response.getBody(), "bao-cao-hoalu.docx")) {
            Docx.assertOfficialPages(document);
            Docx.assertHeading(document, List.of("LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ",
                    "Số:        /BC-LĐLĐ"), "…………, ngày 11 tháng 6 năm 2020");

            List<String> texts = Docx.texts(document);
            assertThat(texts.subList(0, 2)).containsExactly("BÁO CÁO", "Sơ kết 05 năm thực hiện Nghị quyết số 02/NQ-ĐCT "
                    + "ngày 17/11/2015 của Đoàn chủ tịch Tổng Liên đoàn về đẩy mạnh đối thoại tại doanh nghiệp, giai đoạn 2016-2020");
            XWPFParagraph title = document.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO"))
                    .findFirst().orElseThrow();
            Docx.assertRun(title, 14, true, false);
            // the outline in order, each text under its heading, as typed, in NFC
            assertThat(texts.subList(2, 11)).containsExactly(
                    "Phần thứ nhất: Đánh giá kết quả 05 năm thực hiện Nghị quyết",
                    "I. Đặc điểm chung tác động tới việc tổ chức thực hiện Nghị quyết",
                    "1. Thuận lợi",
                    "Cấp ủy quan tâm <chỉ đạo> & hỗ trợ 👍",
                    "- Ý thứ nhất;",
                    "- Đối thoại định kỳ được duy trì.",
                    "2. Khó khăn",
                    "Khó khăn:\tthiếu cán bộ",
                    "chuyên trách.");
            assertThat(texts).allMatch(t -> Normalizer.isNormalized(t, Normalizer.Form.NFC));
            XWPFParagraph text = document.getParagraphs().stream().filter(p -> p.getText().startsWith("Cấp ủy quan tâm"))
                    .findFirst().orElseThrow();
            Docx.assertRun(text, 14, false, false);
            assertThat(text.getIndentationFirstLine()).isEqualTo(567);
            assertThat(texts).contains("Phần thứ hai: Phương hướng, nhiệm vụ và giải pháp thực hiện Nghị quyết trong thời gian tới",
                    "Nội dung mục P2.II.", "PHỤ LỤC", "Bảng số liệu về kết quả thực hiện NQ 02/NQ-ĐCT",
                    "(Kèm theo Báo cáo số …… ngày 11 tháng 6 năm 2020 của Liên đoàn Lao động huyện Hoa Lư)");
            // recipients beside the signature block; the unit's chair signs, the name written by hand
            Docx.assertClosing(document, List.of("- Thường trực LĐLĐ tỉnh;", "- Ban CSPL & QHLĐ LĐLĐ tỉnh;", "- Lưu: VT."),
                    List.of("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"));

            // the appendix table: every figure as stored, totals by rule
            XWPFTable table = Docx.lastTable(document);
            assertThat(Docx.cells(table, 0)).containsExactly("TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Năm 2016", "Năm 2017",
                    "Năm 2018", "Năm 2019", "Tính đến 30/6/2020", "Tổng số");
            assertThat(Docx.cells(table, 1).subList(0, 2)).containsExactly("1", "Tuyên truyền tập huấn về đối thoại tại DN");
            Docx.assertRowsKeptWhole(table);
            Map<String, List<String>> byLabel = new LinkedHashMap<>();
            for (int r = 1; r < table.getNumberOfRows(); r++) {
                byLabel.put(Docx.cells(table, r).get(1), Docx.cells(table, r));
            }
            stored.path("values").fields().forEachRemaining(indicator -> {
                String label = labelOf(indicator.getKey());
                List<String> row = byLabel.get(label);
                assertThat(row).as(indicator.getKey()).isNotNull();
                List<String> expected = new ArrayList<>();
                indicator.getValue().forEach(v -> expected.add(String.format(java.util.Locale.ROOT, "%,d", v.asLong())
                        .replace(',', '.')));
                assertThat(row.subList(3, 8)).as(indicator.getKey()).containsExactlyElementsOf(expected);
            });
            assertThat(byLabel.get("Số người tham dự tập huấn").subList(3, 9))
                    .containsExactly("50", "50", "50", "1.234.567", "50", "1.234.767");
            assertThat(byLabel.get("Tổng số DN do địa phương, ngành trực tiếp quản lý").get(8)).isEqualTo("100");
        }
    }

    private static String labelOf(String code) {
        return vn.congdoan.baocao.support.SampleTables.NQ02.indicators().stream().filter(i -> i.code().equals(code))
                .findFirst().orElseThrow().label();
    }
}
