package vn.congdoan.baocao.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;

/** The unit list exported and imported as .xlsx and .csv, with a dry run, every bad row named, all or nothing. */
class UnitImportTest extends EmbeddedAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Thư điện tử,Hoạt động từ ngày,"
            + "Đến ngày,Mã đơn vị kế tục\n";

    @Autowired
    TestRestTemplate http;

    @Test
    void theExportReadsBackAsAnImportThatChangesNothing() throws Exception {
        ApiClient api = new ApiClient(http);
        ResponseEntity<byte[]> xlsx = api.getBytes("/api/units.xlsx", "quantri");
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("danh-muc-don-vi.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheet("Đơn vị");
            assertThat(cells(sheet.getRow(0))).containsExactly("Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên",
                    "Thư điện tử", "Hoạt động từ ngày", "Đến ngày", "Mã đơn vị kế tục");
            Row hoalu = rowOf(sheet, "hoalu");
            assertThat(cells(hoalu)).containsExactly("hoalu", "Liên đoàn Lao động huyện Hoa Lư", "DISTRICT", "ldld-ninhbinh",
                    "hoalu@ninhbinh.example.org", "1/4/1992", "30/6/2025", "");
            assertThat(hoalu.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        }
        JsonNode again = JSON.readTree(upload(xlsx.getBody(), "quantri", true).getBody());
        assertThat(again.path("applied").asBoolean()).isFalse();
        assertThat(again.path("changes")).isEmpty();

        byte[] csv = api.getBytes("/api/units.csv", "quantri").getBody();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã đơn vị,Tên đơn vị,").contains(
                "hoalu,Liên đoàn Lao động huyện Hoa Lư,DISTRICT,ldld-ninhbinh,hoalu@ninhbinh.example.org,1992-04-01,2025-06-30,");
        assertThat(JSON.readTree(upload(csv, "quantri", false).getBody()).path("changes")).isEmpty();
    }

    @Test
    void aDryRunListsTheChangesAndAppliesNothingThenTheImportAppliesThem() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        String csv = HEADER
                + "cum-" + tag + ",Cụm công đoàn khu vực phía Bắc,ZONE,ldld-ninhbinh,cum@example.org,1/7/2025,,\n"
                + "xa-" + tag + ",\"Công đoàn xã Gia Hưng, huyện cũ Gia Viễn\",COMMUNE,cum-" + tag + ",,2025-07-01,,\n";

        JsonNode dry = JSON.readTree(upload(csv.getBytes(StandardCharsets.UTF_8), "quantri", true).getBody());
        assertThat(dry.path("applied").asBoolean()).isFalse();
        assertThat(dry.path("changes").get(1).asText()).isEqualTo("Thêm «xa-" + tag + "» Công đoàn xã Gia Hưng, huyện cũ "
                + "Gia Viễn (Công đoàn xã, phường, đặc khu), trực thuộc «cum-" + tag + "», hoạt động từ 1/7/2025.");
        ApiClient api = new ApiClient(http);
        assertThat(api.get("/api/units/xa-" + tag, "quantri", "demo").getStatusCode().value()).isEqualTo(404);

        JsonNode done = JSON.readTree(upload(csv.getBytes(StandardCharsets.UTF_8), "quantri", false).getBody());
        assertThat(done.path("applied").asBoolean()).isTrue();
        assertThat(JSON.readTree(api.get("/api/units/xa-" + tag, "quantri", "demo").getBody()).path("parent").asText())
                .isEqualTo("cum-" + tag);

        String renamed = HEADER.replace(',', ';') + "cum-" + tag + ";Cụm công đoàn phía Bắc;ZONE;ldld-ninhbinh;cum@example.org;"
                + "1/7/2025;;\n";
        assertThat(JSON.readTree(upload(renamed.getBytes(StandardCharsets.UTF_8), "quantri", false).getBody())
                .path("changes").get(0).asText()).isEqualTo("«cum-" + tag + "»: đổi tên «Cụm công đoàn khu vực phía Bắc» "
                + "thành «Cụm công đoàn phía Bắc».");
    }

    @Test
    void everyBadRowIsNamedAndNoRowIsApplied() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        String csv = HEADER
                + "tot-" + tag + ",Công đoàn đúng,ZONE,ldld-ninhbinh,,1/7/2025,,\n"
                + "\n"
                + "ngay-" + tag + ",Công đoàn sai ngày,ZONE,ldld-ninhbinh,,31/2/2025,,\n"
                + "cha-" + tag + ",Công đoàn sai cấp trên,ZONE,khong-co,,1/7/2025,,\n"
                + "tot-" + tag + ",Trùng mã,ZONE,,,1/7/2025,,\n";

        ResponseEntity<String> refused = upload(csv.getBytes(StandardCharsets.UTF_8), "quantri", false);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        List<String> problems = new ArrayList<>();
        JSON.readTree(refused.getBody()).path("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).containsExactly(
                "Dòng 4 (đơn vị «ngay-" + tag + "»), cột «Hoạt động từ ngày»: «31/2/2025» không phải một ngày (viết "
                        + "1/7/2025 hoặc 2025-07-01).",
                "Dòng 5 (đơn vị «cha-" + tag + "»): đơn vị cấp trên «khong-co» không có trong danh mục.",
                "Dòng 6 (đơn vị «tot-" + tag + "»): mã «tot-" + tag + "» đã có ở dòng 2 (đơn vị «tot-" + tag + "»).");
        assertThat(new ApiClient(http).get("/api/units/tot-" + tag, "quantri", "demo").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aFormulaInANameIsWrittenSoThatASpreadsheetShowsItAndReadBackAsTyped() throws Exception {
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        String name = "=HYPERLINK(\"http://example.org\",\"Bấm\")";
        String csv = HEADER + "cong-" + tag + ",\"" + name.replace("\"", "\"\"") + "\",ZONE,ldld-ninhbinh,,1/7/2025,,\n";
        assertThat(upload(csv.getBytes(StandardCharsets.UTF_8), "quantri", false).getStatusCode().value()).isEqualTo(200);

        String exported = new String(new ApiClient(http).getBytes("/api/units.csv", "quantri").getBody(), StandardCharsets.UTF_8);
        assertThat(exported).contains("cong-" + tag + ",\"'=HYPERLINK(").doesNotContain("cong-" + tag + ",\"=HYPERLINK(");
        assertThat(JSON.readTree(upload(exported.getBytes(StandardCharsets.UTF_8), "quantri", true).getBody())
                .path("changes")).isEmpty();
    }

    @Test
    void aFileThatIsNoUnitListIsRefusedWithAMessage() throws Exception {
        assertThat(upload(HEADER.getBytes(StandardCharsets.UTF_8), "cspl", true).getStatusCode().value()).isEqualTo(403);
        assertThat(message(upload(new byte[0], "quantri", true))).startsWith("Tệp tải lên rỗng");
        assertThat(message(upload((HEADER + "a,Công đoàn,ZONE,,,1/7/2025,,\n").getBytes(Charset.forName("windows-1258")),
                "quantri", true))).contains("không phải mã UTF-8");
        assertThat(message(upload("code;ten\n".getBytes(StandardCharsets.UTF_8), "quantri", true)))
                .contains("Dòng 1 phải là dòng tiêu đề").contains("cột 2 đang là «ten», cần «Tên đơn vị»");
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(upload(ole, "quantri", true).getStatusCode().value()).isEqualTo(400);
        assertThat(message(upload(new byte[] {'P', 'K', 3, 4, 1, 2}, "quantri", true))).contains("Không đọc được tệp Excel");
    }

    private ResponseEntity<String> upload(byte[] file, String user, boolean dryRun) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return http.exchange("/api/units/import?dryRun=" + dryRun, HttpMethod.POST, new HttpEntity<>(file, headers),
                String.class);
    }

    private static String message(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        return JSON.readTree(answer.getBody()).path("message").asText();
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }
}
