package vn.congdoan.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.process.ProcessIds;
import vn.congdoan.baocao.spreadsheet.TableWorkbooks;
import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.ReportBodies;

/**
 * Two cycles of the built-in template, 2016-2020 and 2021-2025: a unit of both sees its accepted 2020 figures
 * beside the new ones, in its form, its Excel table, the reviewer's form and the API, and V12 compares its
 * first year with them; a unit formed from three sees their sum, said as such; one formed from two whose one
 * report was not accepted sees the other's, said to be short; one that succeeded a unit that succeeded the one
 * that took part sees that one's; a new unit sees nothing of the kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarlierFiguresTest extends EmbeddedAppTest {

    private static final List<String> YEARS = List.of("2021", "2022", "2023", "2024", "2025");
    private static final String SUFFIX = "-" + System.nanoTime() % 100000;
    /** Took part in both cycles. */
    private static final String SAME = "kcn-a" + SUFFIX;
    /** Merged into {@link #MERGED} after the first cycle, every report accepted. */
    private static final List<String> THREE = List.of("kcn-b" + SUFFIX, "kcn-c" + SUFFIX, "kcn-d" + SUFFIX);
    private static final String MERGED = "kcn-bcd" + SUFFIX;
    /** Merged into {@link #SHORT}: the first one's report accepted, the second's never sent. */
    private static final List<String> TWO = List.of("kcn-e" + SUFFIX, "kcn-f" + SUFFIX);
    private static final String SHORT = "kcn-ef" + SUFFIX;
    private static final String NEW = "xa-moi" + SUFFIX;
    /** Took part in the first cycle, then succeeded by {@link #BETWEEN} (no cycle), succeeded by {@link #LATEST}. */
    private static final String CHAIN = "kcn-g" + SUFFIX;
    private static final String BETWEEN = "kcn-h" + SUFFIX;
    private static final String LATEST = "kcn-k" + SUFFIX;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    private long first;
    private long second;

    @BeforeAll
    void twoCycles() throws Exception {
        unit(SAME, "Công đoàn Khu công nghiệp Gián Khẩu", "ZONE", "2000-01-01");
        unit(THREE.get(0), "Công đoàn Khu công nghiệp Khánh Phú", "ZONE", "2000-01-01");
        unit(THREE.get(1), "Công đoàn Khu công nghiệp Tam Điệp", "ZONE", "2000-01-01");
        unit(THREE.get(2), "Công đoàn Khu công nghiệp Phúc Sơn", "ZONE", "2000-01-01");
        unit(TWO.get(0), "Công đoàn Khu công nghiệp Khánh Cư", "ZONE", "2000-01-01");
        unit(TWO.get(1), "Công đoàn Khu công nghiệp Sơn Hà", "ZONE", "2000-01-01");

        unit(CHAIN, "Công đoàn Khu công nghiệp Gián Khẩu II", "ZONE", "2000-01-01");
        List<String> firstUnits = new ArrayList<>(List.of(SAME, CHAIN));
        firstUnits.addAll(THREE);
        firstUnits.addAll(TWO);
        first = IssuedCycles.issue(api(), management, CycleRequests.withUnits(firstUnits));
        // the same unit's 2020 figures: consistent, I03 (a stock) higher in the last period
        Map<String, Object> same = seedReport(1);
        period(same, "I03").put("2020H1", 201);
        accept(first, SAME, same);
        accept(first, THREE.get(0), seedReport(20));
        accept(first, THREE.get(1), seedReport(30));
        accept(first, THREE.get(2), seedReport(40));
        accept(first, TWO.get(0), seedReport(5));
        accept(first, CHAIN, seedReport(7));

        reorganise(THREE, MERGED, "Công đoàn các Khu công nghiệp phía Nam");
        reorganise(TWO, SHORT, "Công đoàn các Khu công nghiệp phía Bắc");
        unit(NEW, "Công đoàn xã Gia Phong", "COMMUNE", "2025-07-01");
        unit(BETWEEN, "Công đoàn Khu công nghiệp Gián Khẩu mở rộng", "ZONE", "2023-01-01");
        end(CHAIN, "2022-12-31", BETWEEN);
        unit(LATEST, "Công đoàn Khu công nghiệp Gián Khẩu (mới)", "ZONE", "2025-07-01");
        end(BETWEEN, "2025-06-30", LATEST);

        clock.set(Instant.parse("2025-07-15T02:00:00Z"));
        second = IssuedCycles.issue(api(), management, secondCycle(List.of(SAME, MERGED, SHORT, NEW, LATEST)));
    }

    @Test
    @Order(1)
    void theApiShowsTheEarlierCyclesAcceptedFiguresOfTheUnitOrSummedOverItsPredecessors() throws Exception {
        JsonNode same = report(SAME).path("earlier");
        assertThat(same.path("cycle").asLong()).isEqualTo(first);
        assertThat(same.path("period").path("label").asText()).isEqualTo("Tính đến 30/6/2020");
        assertThat(same.path("values").path("I02").path("2020H1").asLong()).isEqualTo(50);
        assertThat(same.path("values").path("I03").path("2020H1").asLong()).isEqualTo(201);
        assertThat(same.path("values").path("I03").path("2019").asLong()).isEqualTo(100);
        assertThat(same.path("values")).hasSize(22);
        assertThat(same.path("caption").asText()).isEqualTo("Số liệu đã được chấp nhận của đơn vị trong đợt báo cáo số "
                + first + " «Sơ kết 05 năm thực hiện Nghị quyết số 02/NQ-ĐCT ngày 17/11/2015 của Đoàn chủ tịch Tổng Liên "
                + "đoàn về đẩy mạnh đối thoại tại doanh nghiệp, giai đoạn 2016-2020» (Kế hoạch số 23/KH-LĐLĐ ngày 11/6/2020).");

        JsonNode merged = report(MERGED).path("earlier");
        assertThat(merged.path("cycle").asLong()).isEqualTo(first);
        // 20 + 30 + 40 times the consistent column: I01 is 2, I05 is 100
        assertThat(merged.path("values").path("I01").path("2020H1").asLong()).isEqualTo(180);
        assertThat(merged.path("values").path("I05").path("2016").asLong()).isEqualTo(9000);
        assertThat(merged.path("units").findValuesAsText("unit")).containsExactlyElementsOf(THREE);
        assertThat(merged.path("units").findValuesAsText("counted")).containsOnly("true");
        assertThat(merged.path("caption").asText()).startsWith("Tổng số liệu đã được chấp nhận của 3 đơn vị tiền thân: "
                + "«Công đoàn Khu công nghiệp Khánh Phú», «Công đoàn Khu công nghiệp Tam Điệp», «Công đoàn Khu công "
                + "nghiệp Phúc Sơn» trong đợt báo cáo số " + first + " «");

        JsonNode partial = report(SHORT).path("earlier");
        assertThat(partial.path("values").path("I01").path("2020H1").asLong()).isEqualTo(10);
        assertThat(partial.path("units").findValuesAsText("status")).containsExactly("ACCEPTED", "NOT_STARTED");
        assertThat(partial.path("caption").asText()).startsWith("Số liệu đã được chấp nhận của đơn vị tiền thân «Công "
                + "đoàn Khu công nghiệp Khánh Cư» trong đợt báo cáo số " + first + " «")
                .endsWith("; chưa tính «Công đoàn Khu công nghiệp Sơn Hà» (báo cáo chưa được chấp nhận), nên số liệu "
                        + "này chưa đủ.");

        // through a unit that took part in no cycle, to the one that did
        JsonNode chain = report(LATEST).path("earlier");
        assertThat(chain.path("values").path("I01").path("2020H1").asLong()).isEqualTo(14);
        assertThat(chain.path("caption").asText()).startsWith("Số liệu đã được chấp nhận của đơn vị tiền thân «Công đoàn "
                + "Khu công nghiệp Gián Khẩu II» trong đợt báo cáo số " + first + " «");

        assertThat(report(NEW).has("earlier")).isFalse();
        // the earlier cycle sees no later one
        assertThat(json.readTree(api().get("/api/cycles/" + first + "/reports/" + SAME, "cspl", "demo").getBody())
                .has("earlier")).isFalse();
    }

    @Test
    @Order(2)
    void v12ComparesTheFirstYearWithTheEarlierFiguresOnlyWhenTheyAreComplete() throws Exception {
        String base = "/api/cycles/" + second + "/reports/";
        Map<String, Object> merged = newReport(90);
        YEARS.forEach(year -> period(merged, "I01").put(year, 541));
        ok(api().put(base + MERGED + "/draft", MERGED, merged));
        assertThat(warnings(report(MERGED))).containsExactly("Năm 2021: «Số lớp tập huấn» (541) lớn hơn 3 lần số liệu "
                + "kỳ trước (180, Tính đến 30/6/2020 của đợt báo cáo số " + first + ", tổng của 3 đơn vị) (V12)");

        // a sum short of a unit is not compared: 200 after 10 raises nothing
        ok(api().put(base + SHORT + "/draft", SHORT, newReport(100)));
        assertThat(warnings(report(SHORT))).isEmpty();
        ok(api().put(base + NEW + "/draft", NEW, newReport(100)));
        assertThat(warnings(report(NEW))).isEmpty();
    }

    @Test
    @Order(3)
    void theUnitsFormShowsTheEarlierFiguresReadOnlyAndOnlyForAUnitThatHasThem() throws Exception {
        String task = fillTask(SAME);
        JsonNode layout = json.readTree(tasks.getVariableLocal(task, "reportLayout").toString());
        JsonNode earlier = layout.path("earlier");
        assertThat(earlier.path("heading").asText()).isEqualTo("Tính đến 30/6/2020");
        assertThat(earlier.path("rows").path("I02").asText()).isEqualTo("50");
        assertThat(earlier.path("rows").path("I03").asText()).isEqualTo("201");
        assertThat(earlier.path("caption").asText()).startsWith("Số liệu đã được chấp nhận của đơn vị trong đợt báo cáo số "
                + first);
        assertThat(json.readTree(tasks.getVariableLocal(fillTask(MERGED), "reportLayout").toString())
                .path("earlier").path("rows").path("I05").asText()).isEqualTo("9.000");
        assertThat(json.readTree(tasks.getVariableLocal(fillTask(NEW), "reportLayout").toString()).has("earlier")).isFalse();

        JsonNode form = json.readTree(api().get("/engine-rest/task/" + task + "/deployed-form", SAME, "demo").getBody());
        List<JsonNode> earlierCells = new ArrayList<>();
        form.path("components").forEach(c -> {
            if (c.path("id").asText().startsWith("Text_Earlier_")) {
                earlierCells.add(c);
            }
        });
        assertThat(earlierCells).hasSize(22).allSatisfy(c -> {
            assertThat(c.path("type").asText()).isEqualTo("text");
            assertThat(c.has("key")).isFalse();
            assertThat(c.path("conditional").path("hide").asText()).isEqualTo("=reportLayout.earlier = null");
        });

        // the layout is the application's: a completion that sends it is refused whole
        ResponseEntity<String> refused = api().post("/engine-rest/task/" + task + "/complete", SAME, Map.of("variables",
                Map.of("reportLayout", Map.of("value", "{\"earlier\":{\"rows\":{\"I02\":\"1\"}}}", "type", "Json"))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("message").asText()).contains("«reportLayout»");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    @Order(4)
    void theExcelTableHasTheEarlierFiguresBeforeTheYearsAndAnUploadNeverReadsThem() throws Exception {
        String table = "/api/cycles/" + second + "/reports/" + SAME + "/table.xlsx";
        byte[] file = api().getBytes(table, SAME).getBody();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(5).getCell(3))).isEqualTo("Kỳ trước");
            assertThat(text.formatCellValue(sheet.getRow(6).getCell(3))).isEqualTo("Tính đến 30/6/2020");
            assertThat(text.formatCellValue(sheet.getRow(6).getCell(4))).isEqualTo("Năm 2021");
            assertThat(text.formatCellValue(sheet.getRow(4).getCell(0))).startsWith("Cột «Kỳ trước» (Tính đến 30/6/2020): "
                    + "Số liệu đã được chấp nhận của đơn vị trong đợt báo cáo số " + first).endsWith("khi tải bảng lên không "
                    + "được đọc.");
            Row i02 = rowOf(sheet, "Số người tham dự tập huấn");
            Row i03 = rowOf(sheet, "Tổng số DN thuộc đối tượng thực hiện đối thoại, trong đó");
            assertThat(i02.getCell(3).getNumericCellValue()).isEqualTo(50);
            assertThat(i03.getCell(3).getNumericCellValue()).isEqualTo(201);
            assertThat(i02.getCell(3).getCellStyle().getLocked()).isTrue();
            assertThat(i02.getCell(4).getCellStyle().getLocked()).isFalse();
            // the unit types 2021 and changes the earlier figure (past the sheet's protection)
            i02.getCell(4).setCellValue(61);
            i02.getCell(3).setCellValue(999);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        ResponseEntity<String> uploaded = putFile(table, SAME, filled);
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode report = report(SAME);
        assertThat(report.path("values").path("I02").path("2021").asLong()).isEqualTo(61);
        assertThat(report.path("earlier").path("values").path("I02").path("2020H1").asLong()).isEqualTo(50);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(api().getBytes(
                "/api/cycles/" + second + "/reports/" + NEW + "/table.xlsx", NEW).getBody()))) {
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(workbook.getSheetAt(0).getRow(6).getCell(3))).isEqualTo("Năm 2021");
            Row note = workbook.getSheetAt(0).getRow(4);
            assertThat(note == null ? "" : text.formatCellValue(note.getCell(0))).isEmpty();
        }
    }

    @Test
    @Order(5)
    void aSubmissionWarnedByV12AgainstTheEarlierFiguresIsExplainedAndTheReviewerSeesThemBeside() throws Exception {
        String base = "/api/cycles/" + second + "/reports/" + SAME;
        Map<String, Object> body = newReport(1);
        YEARS.forEach(year -> period(body, "I02").put(year, 151));
        ResponseEntity<String> refused = api().post(base + "/submit", SAME, body);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        List<String> messages = new ArrayList<>();
        json.readTree(refused.getBody()).path("violations").forEach(v -> messages.add(v.path("message").asText()));
        String jump = "Năm 2021: «Số người tham dự tập huấn» (151) lớn hơn 3 lần số liệu kỳ trước (50, Tính đến 30/6/2020 "
                + "của đợt báo cáo số " + first + ") (V12)";
        String fall = "Năm 2021: «Tổng số DN thuộc đối tượng thực hiện đối thoại, trong đó» giảm hơn một nửa so với kỳ "
                + "trước, từ 201 (Tính đến 30/6/2020 của đợt báo cáo số " + first + ") xuống 100 (V12)";
        assertThat(messages).containsExactlyInAnyOrder(jump, fall,
                "Cảnh báo V12 cần có lời giải trình (vì sao số liệu như vậy) thì báo cáo mới nộp được.");

        body.put("explanations", Map.of("V12", "Năm 2021 tập huấn trực tuyến; ba doanh nghiệp giải thể."));
        ok(api().post(base + "/submit", SAME, body));
        Jobs.runAll(management);
        String review = tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(second, SAME))
                .taskDefinitionKey(ProcessIds.TASK_REVIEW_REPORT).singleResult().getId();
        JsonNode layout = json.readTree(tasks.getVariableLocal(review, "reportLayout").toString());
        assertThat(layout.path("warnings").asText()).contains(jump, fall);
        assertThat(layout.path("tableColumns").findValuesAsText("key")).containsExactly("label", "earlier", "p2021",
                "p2022", "p2023", "p2024", "p2025", "total");
        assertThat(layout.path("tableColumns").get(1).path("label").asText()).isEqualTo("Kỳ trước: Tính đến 30/6/2020");
        assertThat(layout.path("earlier").path("caption").asText()).startsWith("Số liệu đã được chấp nhận của đơn vị");
        JsonNode rows = json.readTree(tasks.getVariableLocal(review, "reportTable").toString());
        JsonNode i02 = null;
        for (JsonNode row : rows) {
            if (row.path("label").asText().startsWith("I02.")) {
                i02 = row;
            }
        }
        assertThat(i02.path("earlier").asText()).isEqualTo("50");
        assertThat(i02.path("p2021").asText()).isEqualTo("151");
        JsonNode form = json.readTree(api().get("/engine-rest/task/" + review + "/deployed-form", "cspl", "demo").getBody());
        assertThat(form.toString()).contains("\"columnsExpression\":\"=reportLayout.tableColumns\"");
        ok(api().post(base + "/review", "cspl", Map.of("decision", "ACCEPT")));
    }

    private void unit(String code, String name, String kind, String validFrom) {
        ResponseEntity<String> created = api().post("/api/units", "quantri", Map.of("code", code, "name", name,
                "kind", kind, "parent", "ldld-ninhbinh", "validFrom", validFrom));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        user(code);
    }

    /** The unit's person, in the unit's group, password demo. */
    private void user(String code) {
        User user = identity.newUser(code);
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(code, code);
    }

    private void end(String code, String lastDay, String successor) {
        ResponseEntity<String> ended = api().post("/api/units/" + code + "/end", "quantri", Map.of("validTo", lastDay,
                "successor", successor));
        assertThat(ended.getStatusCode().value()).as(ended.getBody()).isEqualTo(200);
    }

    private void reorganise(List<String> ended, String successor, String name) {
        Map<String, Object> body = Map.of("units", ended, "validTo", "2025-06-30", "successor",
                Map.of("code", successor, "name", name, "kind", "ZONE", "parent", "ldld-ninhbinh"));
        ResponseEntity<String> done = api().post("/api/units/reorganisations", "quantri", body);
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
        user(successor);
    }

    private static ObjectNode secondCycle(List<String> units) {
        ObjectNode request = CycleRequests.withUnits(units);
        request.put("planNumber", "31/KH-LĐLĐ").put("planDate", "2025-07-15").put("cutOff", "2025-08-27")
                .put("title", "Sơ kết 05 năm thực hiện Nghị quyết số 02/NQ-ĐCT, giai đoạn 2021-2025");
        request.putObject("deadlines").put("unitReview", "2025-08-15").put("unitReport", "2025-08-20")
                .put("provinceReview", "2025-09-10").put("submission", "2025-09-15");
        var periods = request.putArray("periods");
        YEARS.forEach(year -> periods.addObject().put("code", year).put("label", "Năm " + year));
        return request;
    }

    private void accept(long cycle, String unit, Map<String, Object> body) throws Exception {
        ok(api().post("/api/cycles/" + cycle + "/reports/" + unit + "/submit", unit, body));
        Jobs.runAll(management);
        String review = tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(cycle, unit))
                .taskDefinitionKey(ProcessIds.TASK_REVIEW_REPORT).singleResult().getId();
        // with earlier figures or without, the reviewer's table has its columns (the form reads them here)
        assertThat(json.readTree(tasks.getVariableLocal(review, "reportLayout").toString()).path("tableColumns")
                .findValuesAsText("key")).as("the reviewer's columns of %s in cycle %s", unit, cycle)
                .startsWith("label").endsWith("total").hasSizeGreaterThan(2);
        ok(api().post("/api/cycles/" + cycle + "/reports/" + unit + "/review", "cspl", Map.of("decision", "ACCEPT")));
        Jobs.runAll(management);
    }

    /** The seed's complete report, every figure times {@code factor}. */
    private static Map<String, Object> seedReport(int factor) {
        return scaled(ReportBodies.SEED_PERIODS, factor);
    }

    /** A complete report of the second cycle, every figure times {@code factor}. */
    private static Map<String, Object> newReport(int factor) {
        return scaled(YEARS, factor);
    }

    private static Map<String, Object> scaled(List<String> periods, int factor) {
        Map<String, Object> values = new LinkedHashMap<>();
        ReportBodies.CONSISTENT_ROW.forEach((indicator, value) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            periods.forEach(p -> row.put(p, value * factor));
            values.put(indicator, row);
        });
        Map<String, Object> sections = new LinkedHashMap<>();
        ReportBodies.TEXT_SECTIONS.forEach(s -> sections.put(s, "Nội dung mục " + s + "."));
        return ReportBodies.body(values, sections);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> period(Map<String, Object> body, String indicator) {
        return (Map<String, Object>) ((Map<String, Object>) body.get("values")).get(indicator);
    }

    private JsonNode report(String unit) throws Exception {
        ResponseEntity<String> answer = api().get("/api/cycles/" + second + "/reports/" + unit, unit, "demo");
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private static List<String> warnings(JsonNode report) {
        List<String> warnings = new ArrayList<>();
        report.path("ruleViolations").forEach(v -> warnings.add(v.path("message").asText()));
        return warnings;
    }

    private String fillTask(String unit) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ProcessIds.unitReportKey(second, unit))
                .taskDefinitionKey(ProcessIds.TASK_FILL_REPORT).singleResult().getId();
    }

    private static Row rowOf(XSSFSheet sheet, String label) {
        DataFormatter text = new DataFormatter();
        for (Row row : sheet) {
            if (label.equals(text.formatCellValue(row.getCell(1)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private ResponseEntity<String> putFile(String path, String user, byte[] file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.parseMediaType(TableWorkbooks.CONTENT_TYPE));
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(file, headers), String.class);
    }

    private ApiClient api() {
        return new ApiClient(http);
    }

    private static void ok(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
    }
}
