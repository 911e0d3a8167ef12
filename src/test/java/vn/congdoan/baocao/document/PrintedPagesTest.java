package vn.congdoan.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.EmbeddedAppTest;
import vn.congdoan.baocao.support.IssuedCycles;
import vn.congdoan.baocao.support.Jobs;
import vn.congdoan.baocao.support.RenderedPages;
import vn.congdoan.baocao.support.RenderedPages.Page;
import vn.congdoan.baocao.support.ReportBodies;
import vn.congdoan.baocao.support.TestClock;

/**
 * The plan, a unit's report, the provincial report as sent and the province workbook, printed by
 * LibreOffice once each and read back page by page: no page is empty (a page number alone counts as
 * empty), the closing stays on one page, each appendix is numbered on its own from its second page,
 * the appendix table's header is on every page it covers, and figures read 1.234.567 in every file.
 * The texts are as long as those that pushed the signature's blank lines onto a page of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintedPagesTest extends EmbeddedAppTest {

    private static final Instant CUT_OFF = Instant.parse("2020-08-26T16:59:59Z");
    private static final String LAST_LINE = "Đề nghị Liên đoàn Lao động tỉnh quan tâm chỉ đạo.";
    private static final String LONG_NAME = "Công đoàn ngành Nông nghiệp và Phát triển nông thôn tỉnh Ninh Bình";
    private static final String PLAN = "ke-hoach.docx";
    private static final String UNIT_REPORT = "bao-cao-hoalu.docx";
    private static final String PROVINCE_REPORT = "bao-cao-tinh.docx";
    private static final String WORKBOOK = "tong-hop.xlsx";
    /** The header row of Appendix 02 as the text of the page reads it, up to its last period. */
    private static final String HEADER_END = "2019 30/6/2020";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ManagementService management;

    private Map<String, List<Page>> printed;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void printEveryDocumentOnce() throws Exception {
        clock.set(TestClock.START);
        ApiClient api = new ApiClient(http);
        long cycle = IssuedCycles.issue(api, management, List.of("hoalu", "tpninhbinh", "cdn-nongnghiep"));
        String base = "/api/cycles/" + cycle;

        Map<String, Object> hoalu = ReportBodies.complete();
        ((Map<String, Object>) hoalu.get("sections")).put("P2.II", filler(55) + "\n" + LAST_LINE);
        ((Map<String, Object>) ((Map<String, Object>) hoalu.get("values")).get("I02")).put("2019", 1_234_567);
        hoalu.put("explanations", Map.of("V12", "Năm 2019 tập huấn trực tuyến toàn tỉnh."));
        ok(api.post(base + "/reports/hoalu/submit", "hoalu", hoalu));
        ok(api.post(base + "/reports/tpninhbinh/submit", "tpninhbinh", ReportBodies.complete()));
        for (String unit : List.of("hoalu", "tpninhbinh")) {
            ok(api.post(base + "/reports/" + unit + "/review", "cspl", Map.of("decision", "ACCEPT")));
        }
        clock.set(CUT_OFF);
        Jobs.runAll(management);
        ok(api.post(base + "/late-units/decision", "thuongtruc", Map.of("decision", "CLOSE")));
        Jobs.runAll(management);

        Map<String, String> sections = new LinkedHashMap<>();
        ReportBodies.TEXT_SECTIONS.forEach(s -> sections.put(s, "Nội dung mục " + s + "."));
        sections.put("P2.II", filler(57));
        ok(api.put(base + "/province-report/draft", "cspl", Map.of("sections", sections)));
        ok(api.post(base + "/province-report/submit", "cspl", null));
        ok(api.post(base + "/province-report/review", "thuongtruc", Map.of("decision", "ACCEPT")));
        Jobs.runAll(management);
        ok(api.post(base + "/submission", "cspl", Map.of("documentNumber", "95/BC-LĐLĐ", "date", "2020-09-14",
                "sender", "Nguyễn Văn A", "recipientAddress", "tld@example.org")));

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PLAN, api.getBytes(base + "/documents/plan.docx", "cspl").getBody());
        files.put(UNIT_REPORT, api.getBytes(base + "/reports/hoalu/report.docx", "hoalu").getBody());
        files.put(PROVINCE_REPORT, api.getBytes(base + "/documents/province-report.docx", "cspl").getBody());
        files.put(WORKBOOK, api.getBytes(base + "/aggregate.xlsx", "cspl").getBody());
        printed = RenderedPages.of(files);
    }

    @Test
    void noPageIsEmptyOrOnlyItsNumber() {
        printed.forEach((file, pages) -> {
            assertThat(pages).as(file).isNotEmpty();
            assertThat(pages).as(file).allSatisfy(page -> assertThat(page.text()).as(file + " " + page).isNotBlank());
        });
    }

    @Test
    void thePlanAndEachOfItsAppendicesAreNumberedOnTheirOwn() {
        List<Page> pages = printed.get(PLAN);
        assertThat(folios(pages)).as(describe(pages)).containsExactly(null, "2", null, "2", null, "2");
        assertThat(pages.get(0).text()).contains("KẾ HOẠCH");
        assertThat(pages.get(1).text()).contains("Nơi nhận:", "PHÓ CHỦ TỊCH", "Trần Kim Long");
        assertThat(pages.get(2).text()).startsWith("Phụ lục số 01");
        assertThat(pages.get(4).text()).startsWith("Phụ lục số 02");
        assertTableHeaderOnEachPage(pages.subList(4, 6));
    }

    @Test
    void theUnitReportKeepsItsClosingOnOnePageAndNumbersItsAppendixOnItsOwn() {
        List<Page> pages = printed.get(UNIT_REPORT);
        int appendix = numberedOnTheirOwn(pages);
        // the closing is never split from the signature's lines, wherever the text ends
        Page closing = closingPage(pages.subList(0, appendix));
        assertThat(closing.text()).as(describe(pages)).contains("Nơi nhận:", "- Lưu: VT.", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH");
        assertThat(pages.get(appendix).text()).startsWith("PHỤ LỤC Bảng số liệu về kết quả thực hiện NQ 02/NQ-ĐCT "
                + "(Kèm theo Báo cáo số …… ngày 11 tháng 6 năm 2020 của Liên đoàn Lao động huyện Hoa Lư)");
        assertTableHeaderOnEachPage(pages.subList(appendix, pages.size()));
        assertThat(String.join(" ", texts(pages.subList(appendix, pages.size())))).contains("1.234.567")
                .doesNotContain("1,234,567");
    }

    @Test
    void theProvincialReportKeepsItsClosingOnOnePageAndNumbersItsAppendixOnItsOwn() {
        List<Page> pages = printed.get(PROVINCE_REPORT);
        int appendix = numberedOnTheirOwn(pages);
        Page closing = closingPage(pages.subList(0, appendix));
        assertThat(closing.text()).as(describe(pages)).contains("Nơi nhận:", "TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH",
                "Trần Kim Long");
        assertThat(pages.get(appendix).text()).startsWith("PHỤ LỤC Bảng số liệu về kết quả thực hiện NQ 02/NQ-ĐCT "
                + "(Kèm theo Báo cáo số 95 ngày 14 tháng 9 năm 2020 của LĐLĐ tỉnh)");
        assertTableHeaderOnEachPage(pages.subList(appendix, pages.size()));
        assertThat(pages.get(pages.size() - 1).text()).endsWith("Đơn vị không có báo cáo (không tính vào số liệu): - "
                + LONG_NAME);
    }

    /**
     * The report's pages are numbered from 2 with no number on the first, and the appendix again so;
     * answers where the appendix starts. How many pages the text takes depends on the fonts.
     */
    private static int numberedOnTheirOwn(List<Page> pages) {
        List<String> folios = folios(pages);
        int appendix = folios.subList(1, folios.size()).indexOf(null) + 1;
        assertThat(appendix).as(describe(pages)).isGreaterThan(1);
        for (int i = 0; i < folios.size(); i++) {
            int start = i < appendix ? 0 : appendix;
            assertThat(folios.get(i)).as(describe(pages)).isEqualTo(i == start ? null : String.valueOf(i - start + 1));
        }
        assertThat(folios.size() - appendix).as(describe(pages)).isGreaterThan(1);
        return appendix;
    }

    private static Page closingPage(List<Page> body) {
        List<Page> closing = body.stream().filter(page -> page.text().contains("Nơi nhận:")).toList();
        assertThat(closing).as(describe(body)).hasSize(1);
        return closing.get(0);
    }

    @Test
    void theWorkbookPrintsFiguresWithVietnameseSeparatorsAndTheLongNameWhole() {
        List<Page> pages = printed.get(WORKBOOK);
        String all = String.join(" ", texts(pages));
        assertThat(all).as(describe(pages)).contains("1.234.617", "1.234.567").doesNotContain("1,234,");
        Page missing = pages.get(pages.size() - 1);
        assertThat(missing.text()).as(describe(pages)).contains("Các đơn vị không có trong số liệu tổng hợp",
                "cdn-nongnghiep", "Không nộp báo cáo (khóa sổ)");
    }

    /**
     * The header row on every page the appendix table covers, and under it a whole row: a row cut by the
     * page would start the next page with the rest of its label ("thoại định kỳ"), a word in lower case.
     */
    private static void assertTableHeaderOnEachPage(List<Page> pages) {
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.text()).contains("TT Nội dung chỉ tiêu Đơn vị", HEADER_END);
            String firstRow = page.text().substring(page.text().indexOf(HEADER_END) + HEADER_END.length()).strip();
            assertThat(firstRow).as(page.toString()).matches("^[\\p{Lu}\\d].*");
        });
    }

    private static String filler(int lines) {
        return "Nội dung mục P2.II dài hơn. ".repeat(1 + lines * 3).strip();
    }

    private static List<String> folios(List<Page> pages) {
        List<String> folios = new ArrayList<>();
        pages.forEach(page -> folios.add(page.folio()));
        return folios;
    }

    private static List<String> texts(List<Page> pages) {
        return pages.stream().map(Page::text).toList();
    }

    private static String describe(List<Page> pages) {
        return String.join("\n", pages.stream().map(Page::toString)
                .map(page -> page.substring(0, Math.min(page.length(), 300))).toList());
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
