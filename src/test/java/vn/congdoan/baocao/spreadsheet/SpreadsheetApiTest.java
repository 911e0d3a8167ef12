package vn.congdoan.baocao.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.ErrorAnswers;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.WebappSession;

/** The table as Excel through the API: download, upload (raw and multipart), refusals, the province workbook. */
class SpreadsheetApiTest extends EmbeddedAppTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @SuppressWarnings("unchecked")
    void aUnitDownloadsFillsOfflineAndUploadsItsTable() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu", "cdn-yte"));
        String table = "/api/cycles/" + cycle + "/reports/hoalu/table.xlsx";
        Map<String, Object> draft = ReportBodies.complete();
        ((Map<String, Object>) draft.get("values")).remove("I22");
        assertThat(api.put("/api/cycles/" + cycle + "/reports/hoalu/draft", "hoalu", draft).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<byte[]> download = api.getBytes(table, "hoalu");
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentType().toString()).isEqualTo(TableWorkbooks.CONTENT_TYPE);
        assertThat(download.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("bang-so-lieu-hoalu-dot-" + cycle + ".xlsx");
        assertThat(api.getBytes(table, "cdn-yte").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.getBytes(table, "cspl").getStatusCode()).isEqualTo(HttpStatus.OK);
        int i22 = 35;
        byte[] filled;
        try (XSSFWorkbook workbook = TableFiles.open(download.getBody())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(8).getCell(3).getNumericCellValue()).as("pre-filled with the draft").isEqualTo(2);
            assertThat(sheet.getRow(i22).getCell(1).getStringCellValue()).startsWith("Số cuộc tranh chấp lao động");
            assertThat(sheet.getRow(i22).getCell(3).getCellType().name()).isEqualTo("BLANK");
            for (int p = 3; p <= 7; p++) {
                sheet.getRow(i22).getCell(p).setCellValue(p - 2);
            }
            filled = TableWorkbookTest.write(workbook);
        }

        // a bad cell refuses the whole upload and the draft stays as it was
        byte[] bad;
        try (XSSFWorkbook workbook = TableFiles.open(filled)) {
            workbook.getSheetAt(0).getRow(18).getCell(5).setCellValue("abc");
            bad = TableWorkbookTest.write(workbook);
        }
        ResponseEntity<String> refused = putRaw(table, "hoalu", bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(messages(refused)).containsExactly("Ô F19 (I08, Năm 2018): «abc» không phải số nguyên");
        assertThat(report(cycle).path("values").path("I22").path("2016").isNull()).isTrue();
        // another unit's file, or a file that is no spreadsheet
        ResponseEntity<byte[]> yte = api.getBytes("/api/cycles/" + cycle + "/reports/cdn-yte/table.xlsx", "cspl");
        ResponseEntity<String> wrongUnit = putRaw(table, "hoalu", yte.getBody());
        assertThat(wrongUnit.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(wrongUnit.getBody()).path("message").asText()).startsWith("Tệp là bảng số liệu của đơn vị «cdn-yte»");
        assertThat(putRaw(table, "hoalu", "hello".getBytes()).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(putRaw(table, "cdn-yte", filled).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // over 5 MB: 413, raw or multipart
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        ResponseEntity<String> tooLarge = putRaw(table, "hoalu", huge);
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(json.readTree(tooLarge.getBody()).path("message").asText()).startsWith("Tệp tải lên quá lớn: tối đa 5 MB");
        assertThat(putPart(table, "hoalu", huge).getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(report(cycle).path("values").path("I22").path("2016").isNull()).isTrue();

        // the filled file, as a multipart upload: the figures change, the texts stay
        ResponseEntity<String> uploaded = putPart(table, "hoalu", filled);
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode hoalu = report(cycle);
        assertThat(hoalu.path("values").path("I22").path("2016").asInt()).isEqualTo(1);
        assertThat(hoalu.path("values").path("I22").path("2020H1").asInt()).isEqualTo(5);
        assertThat(hoalu.path("values").path("I01").path("2016").asInt()).isEqualTo(2);
        assertThat(hoalu.path("sections").path("P1.I.1").asText()).isEqualTo("Nội dung mục P1.I.1.");
        // and as a raw body: the same file stores the same figures
        assertThat(putRaw(table, "hoalu", filled).getStatusCode()).isEqualTo(HttpStatus.OK);
        // I22 now rises 1, 2, 3, 4, 5: the outlier rule warns, so an explanation goes with the submission
        Map<String, Object> explanation = Map.of("values", report(cycle).path("values"), "sections",
                report(cycle).path("sections"), "explanations", Map.of("V12", "Tranh chấp tăng theo số doanh nghiệp mới."));
        assertThat(api.post("/api/cycles/" + cycle + "/reports/hoalu/submit", "hoalu",
                json.convertValue(explanation, Map.class)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(putRaw(table, "hoalu", filled).getStatusCode()).as("submitted: no more uploads")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.post("/api/cycles/" + cycle + "/reports/hoalu/review", "cspl", Map.of("decision", "ACCEPT"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Jobs.runAll(management);

        // the province workbook: consolidated sheet, the accepted unit's sheet, the units without a report
        assertThat(api.getBytes("/api/cycles/" + cycle + "/aggregate.xlsx", "hoalu").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<byte[]> aggregate = api.getBytes("/api/cycles/" + cycle + "/aggregate.xlsx", "cspl");
        assertThat(aggregate.getStatusCode()).isEqualTo(HttpStatus.OK);
        // kept for a look in LibreOffice (src/test/scripts/render-files.sh)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/tables"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/tables/aggregate.xlsx"), aggregate.getBody());
        try (XSSFWorkbook workbook = TableFiles.open(aggregate.getBody())) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp toàn tỉnh");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Liên đoàn Lao động huyện Hoa Lư");
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("Đơn vị chưa có báo cáo");
            XSSFSheet province = workbook.getSheetAt(0);
            assertThat(province.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Tổng hợp toàn tỉnh: 1 đơn vị có báo cáo được chấp nhận (số liệu tạm tính, đang thu nhận báo cáo)");
            assertThat(province.getRow(i22).getCell(7).getNumericCellValue()).isEqualTo(5);
            assertThat(province.getRow(i22).getCell(8).getNumericCellValue()).isEqualTo(15);
            assertThat(province.getRow(i22).getCell(7).getCellStyle().getLocked()).isTrue();
            XSSFSheet missing = workbook.getSheetAt(2);
            assertThat(missing.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Công đoàn ngành Y tế tỉnh Ninh Bình");
            assertThat(missing.getRow(3).getCell(1).getStringCellValue()).isEqualTo("cdn-yte");
            assertThat(missing.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Chưa có báo cáo được chấp nhận");
        }
    }

    @Test
    void theUploadPageSendsTheFileWithTheTasklistLogin() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu"));
        String table = "/api/cycles/" + cycle + "/reports/hoalu/table.xlsx";
        ResponseEntity<String> page = http.getForEntity("/bang-so-lieu.html", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Tải bảng đã điền lên", "/api/session");

        WebappSession tasklist = WebappSession.login(http, "hoalu", "demo");
        JsonNode session = json.readTree(http.exchange("/api/session", HttpMethod.GET, tasklist.request(false),
                String.class).getBody());
        assertThat(session.path("user").asText()).isEqualTo("hoalu");
        String token = session.path("csrfToken").asText();
        assertThat(token).isNotBlank();
        byte[] file = api.getBytes(table, "hoalu").getBody();
        MediaType xlsx = MediaType.parseMediaType(TableWorkbooks.CONTENT_TYPE);
        assertThat(http.exchange(table, HttpMethod.PUT, tasklist.bytes(file, xlsx, null), String.class).getStatusCode())
                .as("the session alone does not authorize a change").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.exchange(table, HttpMethod.PUT, tasklist.bytes(file, xlsx, "wrong"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> uploaded = http.exchange(table, HttpMethod.PUT, tasklist.bytes(file, xlsx, token), String.class);
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(uploaded.getBody()).path("unitName").asText()).isEqualTo("Liên đoàn Lao động huyện Hoa Lư");
    }


    @Test
    void aHostileFileIsRefusedWithAMessageAndTheDraftStays() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu"));
        String table = "/api/cycles/" + cycle + "/reports/hoalu/table.xlsx";
        api.put("/api/cycles/" + cycle + "/reports/hoalu/draft", "hoalu",
                ReportBodies.body(Map.of("I01", Map.of("2016", 4)), Map.of("P1.I.1", "Đã lưu.")));
        String saved = api.get("/api/cycles/" + cycle + "/reports/hoalu", "hoalu", "demo").getBody();
        byte[] file = api.getBytes(table, "hoalu").getBody();

        ResponseEntity<String> bomb = putRaw(table, "hoalu", TableFiles.zipBomb(file, 300L * 1024 * 1024));
        assertThat(message(bomb, HttpStatus.PAYLOAD_TOO_LARGE)).startsWith("Tệp Excel giải nén ra quá lớn");
        assertThat(message(putPart(table, "hoalu", new byte[0]), HttpStatus.UNPROCESSABLE_ENTITY))
                .startsWith("Tệp tải lên rỗng (0 byte)");
        assertThat(message(putRaw(table, "hoalu", new byte[0]), HttpStatus.UNPROCESSABLE_ENTITY))
                .startsWith("Tệp tải lên rỗng (0 byte)");
        ResponseEntity<String> dangling = putRaw(table, "hoalu", TableFiles.withPart(file, TableFiles.UNIT_SHEET,
                xml -> xml.replace("<c r=\"E9\" s=\"10\"/>", "<c r=\"E9\" s=\"10\" t=\"s\"><v>9999</v></c>")));
        message(dangling, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(messages(dangling)).singleElement().asString().startsWith("Ô E9 (I01, Năm 2017): ô trỏ tới một chuỗi "
                + "không có trong tệp");
        assertThat(api.get("/api/cycles/" + cycle + "/reports/hoalu", "hoalu", "demo").getBody()).isEqualTo(saved);
    }

    private static String message(ResponseEntity<String> response, HttpStatus status) {
        return ErrorAnswers.message(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                response.getBody(), status.value());
    }

    private ResponseEntity<String> putRaw(String path, String user, byte[] file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.parseMediaType(TableWorkbooks.CONTENT_TYPE));
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(file, headers), String.class);
    }

    private ResponseEntity<String> putPart(String path, String user, byte[] file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "bang-so-lieu.xlsx";
            }
        });
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(form, headers), String.class);
    }

    private JsonNode report(long cycle) throws IOException {
        return json.readTree(new ApiClient(http).get("/api/cycles/" + cycle + "/reports/hoalu", "hoalu", "demo").getBody());
    }

    private List<String> messages(ResponseEntity<String> response) throws IOException {
        List<String> messages = new ArrayList<>();
        json.readTree(response.getBody()).path("violations").forEach(v -> messages.add(v.path("message").asText()));
        return messages;
    }
}
