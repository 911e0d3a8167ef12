package vn.congdoan.baocao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.congdoan.baocao.support.ApiClient;
import vn.congdoan.baocao.support.CycleRequests;
import vn.congdoan.baocao.support.EmbeddedAppTest;

/**
 * The plan as .docx, re-opened with POI: the seed's plan line by line from the cycle's data, its
 * outline (Appendix 01) and blank table (Appendix 02); another cycle's data gives another plan.
 */
class PlanDocumentTest extends EmbeddedAppTest {

    static final String TITLE = "Sơ kết 05 năm thực hiện Nghị quyết số 02/NQ-ĐCT ngày 17/11/2015 của Đoàn chủ tịch "
            + "Tổng Liên đoàn về đẩy mạnh đối thoại tại doanh nghiệp, giai đoạn 2016-2020";

    /** The seed's plan, sections I–IV, as every paragraph of the text reads (the header and closing are tables). */
    static final List<String> SEED_BODY = List.of(
            "KẾ HOẠCH",
            TITLE,
            "Thực hiện Kế hoạch số 44/KH-TLĐ ngày 21/5/2020 của Tổng Liên đoàn lao động Việt Nam về việc Sơ kết 05 năm "
                    + "thực hiện Nghị quyết số 02/NQ-ĐCT ngày 17/11/2015 của Đoàn Chủ tịch Tổng Liên đoàn lao động Việt Nam, "
                    + "khóa XI về đẩy mạnh đối thoại tại doanh nghiệp (Nghị quyết số 02); Liên đoàn Lao động tỉnh ban hành "
                    + "Kế hoạch sơ kết 05 năm thực hiện Nghị quyết số 02 như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Sơ kết đánh giá những kết quả đạt được và những tồn tại, hạn chế sau 05 năm thực hiện Nghị quyết số 02; "
                    + "làm rõ nguyên nhân và rút ra bài học kinh nghiệm trong công tác lãnh đạo, chỉ đạo đối với các cấp "
                    + "công đoàn và sự phối hợp của cấp ủy, chính quyền, các cơ quan, đơn vị đồng cấp trong tổ chức thực hiện.",
            "2. Nghiên cứu, đề xuất những giải pháp tiếp tục nâng cao chất lượng, hiệu quả hoạt động công đoàn tham gia "
                    + "đối thoại tại doanh nghiệp trong giai đoạn tới, nhất là khi Bộ Luật Lao động năm 2019 có hiệu lực.",
            "3. Việc tổ chức sơ kết phải đảm bảo thiết thực, hiệu quả, tiết kiệm.",
            "II. NỘI DUNG SƠ KẾT",
            "1. Công tác triển khai chỉ đạo",
            "2. Kết quả thực hiện Nghị quyết số 02 (số lượng, tác động của tổ chức đối thoại tại doanh nghiệp với hoạt động "
                    + "công đoàn; những tồn tại hạn chế, nguyên nhân, bài học kinh nghiệm)",
            "3. Đề xuất các giải pháp thực hiện trong thời gian tới.",
            "4. Những kiến nghị với cơ quan có thẩm quyền (trong đó làm rõ việc tiếp tục thực hiện Nghị quyết số 02 hoặc "
                    + "ban hành văn bản khác)",
            "III. HÌNH THỨC SƠ KẾT VÀ THỜI GIAN THỰC HIỆN",
            "1. Đối với Liên đoàn Lao động tỉnh: Căn cứ tình hình thực tế tổ chức sơ kết việc thực hiện Nghị quyết 02 gắn "
                    + "với việc tổ chức các hoạt động khác, như: Hội nghị chuyên đề, tập huấn nghiệp vụ....",
            "Thời gian hoàn thành: Xong trước ngày 10 tháng 9 năm 2020",
            "2. Đối với Liên đoàn Lao động các huyện, thành phố, Công đoàn ngành: Xây dựng báo cáo và tổ chức sơ kết việc "
                    + "thực hiện Nghị quyết 02 phù hợp với tình hình thực tế của đơn vị.",
            "Thời gian hoàn thành: Xong trước ngày 15 tháng 8 năm 2020.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Liên đoàn Lao động tỉnh",
            "- Ban hành Kế hoạch tổ chức sơ kết việc thực hiện Nghị quyết số 02, chỉ đạo đôn đốc, hướng dẫn Liên đoàn Lao "
                    + "động các huyện, thành phố, các công đoàn ngành triển khai thực hiện.",
            "- Ban Chính sách pháp luật và QHLĐ tham mưu hình thức tổ chức sơ kết và xây dựng báo cáo gửi về Tổng Liên đoàn "
                    + "trước ngày 15/9/2020.",
            "2. Liên đoàn Lao động các huyện, thành phố, các công đoàn ngành",
            "Tổ chức sơ kết 05 năm thực hiện Nghị quyết ở cấp mình và gửi Báo cáo về Liên đoàn Lao động tỉnh trước ngày "
                    + "20/8/2020 (theo Đề cương và Phụ lục đính kèm)",
            "Liên đoàn Lao động tỉnh đề nghị Liên đoàn các huyện, thành phố và công đoàn ngành nghiêm túc triển khai thực "
                    + "hiện kế hoạch./.");

    /** Appendix 01 as the seed writes it, "đối thoại" where the seed says "đổi mới". */
    static final List<String> SEED_OUTLINE = List.of(
            "Phụ lục số 01",
            "(Kèm theo Kế hoạch số 23 ngày 11 tháng 6 năm 2020 của LĐLĐ tỉnh)",
            "ĐỀ CƯƠNG",
            "Báo cáo sơ kết 05 năm thực hiện Nghị quyết 02/NQ-ĐCT (khóa XI) về đẩy mạnh đối thoại tại doanh nghiệp, "
                    + "giai đoạn 2016-2020",
            "Phần thứ nhất",
            "Đánh giá kết quả 05 năm thực hiện Nghị quyết",
            "I. Đặc điểm chung tác động tới việc tổ chức thực hiện Nghị quyết",
            "1. Thuận lợi",
            "2. Khó khăn",
            "II. Kết quả thực hiện Nghị quyết",
            "1. Công tác chỉ đạo",
            "2. Công tác tuyên truyền, vận động tập huấn.",
            "3. Kết quả đạt được (số lượng, chất lượng)",
            "Kết quả đạt được sau 5 năm thực hiện Nghị quyết trong từng loại hình doanh nghiệp.",
            "3.1. Đánh giá kết quả tham gia tổ chức thực hiện đối thoại tại doanh nghiệp.",
            "- Tham gia xây dựng quy chế đối thoại tại doanh nghiệp; quy chế phối hợp công tác giữa doanh nghiệp với BCH CĐCS",
            "- Công tác phối hợp tổ chức Hội nghị Người lao động (số lượng, chất lượng)",
            "- Công tác phối hợp tổ chức đối thoại tại doanh nghiệp theo định kỳ và đối thoại đột xuất (số lượng, chất lượng)",
            "3.2. Đánh giá tác động việc thực hiện đối thoại tại doanh nghiệp",
            "- Thực hiện nhiệm vụ chuyên môn, xây dựng và phát triển doanh nghiệp;",
            "- Tổ chức phong trào thi đua yêu nước;",
            "- Vai trò làm chủ của cán bộ, công chức, viên chức và người lao động.",
            "- Hiệu quả thực hiện các chế độ, chính sách liên quan đến quyền và lợi ích của người lao động, cải thiện đời sống "
                    + "của người lao động tại cơ sở;",
            "- Xây dựng quan hệ lao động hài hòa ổn định và tiến bộ giữa người sử dụng lao động và người lao động trong khu "
                    + "vực doanh nghiệp;",
            "- Xây dựng Đảng, chính quyền trong sạch vững mạnh; lòng tin của quần chúng với cấp ủy Đảng, chính quyền và công đoàn.",
            "3.3. Đánh giá vai trò của công đoàn trong việc xây dựng và thực hiện quy chế đối thoại tại doanh nghiệp",
            "4. Những tồn tại, hạn chế và nguyên nhân",
            "- Những tồn tại, hạn chế",
            "- Nguyên nhân",
            "5. Một số bài học kinh nghiệm",
            "6. Một số đề xuất, kiến nghị",
            "- Các cấp ủy đảng, chính quyền đồng cấp;",
            "- Tổng Liên đoàn",
            "- Đảng, Nhà nước",
            "Phần thứ hai",
            "Phương hướng, nhiệm vụ và giải pháp thực hiện Nghị quyết trong thời gian tới",
            "I. Phương hướng nhiệm vụ",
            "II. Một số giải pháp",
            "Phụ lục số 02",
            "(Kèm theo Kế hoạch số 23 ngày 11 tháng 6 năm 2020 của LĐLĐ tỉnh)",
            "Bảng số liệu về kết quả thực hiện NQ 02/NQ-ĐCT");

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSeedsPlanComesFromTheCyclesData() throws Exception {
        ApiClient api = new ApiClient(http);
        long cycle = json.readTree(api.post("/api/cycles", "cspl", CycleRequests.withUnits(List.of("hoalu", "cdn-yte")))
                .getBody()).path("id").asLong();
        String path = "/api/cycles/" + cycle + "/documents/plan.docx";
        assertThat(api.getBytes(path, "kimson").getStatusCode()).as("a unit not taking part").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.getBytes(path, "hoalu").getStatusCode()).as("a draft is the province's").isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<byte[]> draft = api.getBytes(path, "thuongtruc");
        assertThat(draft.getStatusCode()).as("leadership reads the draft it approves").isEqualTo(HttpStatus.OK);
        api.post("/api/cycles/" + cycle + "/plan/submit", "cspl", null);
        api.post("/api/cycles/" + cycle + "/plan/review", "thuongtruc", Map.of("decision", "ACCEPT"));
        assertThat(api.getBytes(path, "hoalu").getStatusCode()).as("a unit taking part reads the plan issued")
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<byte[]> response = api.getBytes(path, "cspl");
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(Documents.CONTENT_TYPE);

        try (XWPFDocument document = Docx.open(response.getBody(), "ke-hoach.docx")) {
            Docx.assertOfficialPages(document);
            Docx.assertHeading(document, List.of("TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", "Số: 23/KH-LĐLĐ"),
                    "Ninh Bình, ngày 11 tháng 6 năm 2020");
            assertThat(document.getProperties().getCoreProperties().getCreator()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH");
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Kế hoạch " + TITLE);
            List<String> texts = Docx.texts(document);
            assertThat(texts.subList(0, SEED_BODY.size())).containsExactlyElementsOf(SEED_BODY);
            Docx.assertRun(Docx.paragraph(document, "KẾ HOẠCH"), 14, true, false);
            Docx.assertRun(Docx.paragraph(document, TITLE), 14, true, false);
            Docx.assertRun(Docx.paragraph(document, "I. MỤC ĐÍCH, YÊU CẦU"), 14, true, false);
            Docx.assertRun(Docx.paragraph(document, "3. Việc tổ chức sơ kết phải đảm bảo thiết thực, hiệu quả, tiết kiệm."),
                    14, false, false);
            assertThat(Docx.paragraph(document, SEED_BODY.get(3)).getIndentationFirstLine()).isEqualTo(567);
            // the seed's emphasis: the resolution's short name in italics, the units' deadline in bold
            assertThat(emphasised(Docx.paragraph(document, SEED_BODY.get(2)), false)).containsExactly("Nghị quyết số 02");
            assertThat(emphasised(Docx.paragraph(document, SEED_BODY.get(22)), true)).containsExactly("trước ngày 20/8/2020");

            Docx.assertClosing(document, List.of("- LĐLĐ các huyện thành phố;", "- Các CĐN;", "- Lưu: VT, CSPL & QHLĐ."),
                    List.of("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Trần Kim Long"));

            // Appendix 01 and Appendix 02 (landscape) each a section of its own, numbered on its own
            assertThat(texts.subList(SEED_BODY.size(), texts.size())).containsExactlyElementsOf(SEED_OUTLINE);
            XWPFParagraph appendix = Docx.paragraph(document, "Phụ lục số 01");
            int at = document.getParagraphs().indexOf(appendix);
            assertThat(document.getParagraphs().get(at - 1).getCTP().getPPr().isSetSectPr()).isTrue();
            assertThat(document.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().isSetSectPr())).as("the text, Appendix 01, then Appendix 02").hasSize(2);
            Docx.assertRun(appendix, 14, true, false);
            Docx.assertRun(Docx.paragraph(document, SEED_OUTLINE.get(1)), 13, false, true);
            Docx.assertRun(Docx.paragraph(document, "ĐỀ CƯƠNG"), 14, true, false);
            assertThat(String.join("\n", texts)).doesNotContain("đổi mới").doesNotContain("TULĐTT");

            XWPFTable table = Docx.lastTable(document);
            assertThat(Docx.cells(table, 0)).containsExactly("TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Năm 2016",
                    "Năm 2017", "Năm 2018", "Năm 2019", "Tính đến 30/6/2020", "Tổng số");
            assertThat(table.getNumberOfRows()).isEqualTo(1 + 7 + 22);
            Docx.assertRowsKeptWhole(table);
            assertThat(Docx.cells(table, 19)).containsExactly("", "Tổng số DN có tổ chức đối thoại đột xuất", "DN",
                    "", "", "", "", "", "");
            assertThat(Docx.cells(table, 24).subList(0, 3)).containsExactly("4", "Ký kết TƯLĐTT", "");
            for (int r = 1; r < table.getNumberOfRows(); r++) {
                assertThat(Docx.cells(table, r).subList(3, 9)).as("row " + r + " is blank").allMatch(String::isEmpty);
            }
        }
    }

    @Test
    void anotherCycleGivesItsOwnNumberDatesDeadlinesAndPeriods() throws Exception {
        ApiClient api = new ApiClient(http);
        ObjectNode request = CycleRequests.withUnits(List.of("hoalu"));
        request.put("planNumber", "15/KH-LĐLĐ").put("planDate", "2024-02-05").put("deadlineMeans", "ON_DAY")
                .put("cutOff", "2024-08-27");
        ObjectNode deadlines = request.putObject("deadlines");
        deadlines.put("unitReview", "2024-08-15").put("unitReport", "2024-08-20T17:00:00+07:00")
                .put("provinceReview", "2024-09-10").put("submission", "2024-09-15");
        var periods = request.putArray("periods");
        periods.addObject().put("code", "2022").put("label", "Năm 2022");
        periods.addObject().put("code", "2023").put("label", "Năm 2023");
        periods.addObject().put("code", "2024H1").put("label", "6 tháng đầu năm 2024");
        request.putObject("signer").put("name", "Nguyễn Thị Hà");
        request.putArray("recipients").add("Các CĐN").add("Lưu: VT");
        ResponseEntity<String> created = api.post("/api/cycles", "cspl", request);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        long cycle = json.readTree(created.getBody()).path("id").asLong();

        byte[] file = api.getBytes("/api/cycles/" + cycle + "/documents/plan.docx", "cspl").getBody();
        try (XWPFDocument document = Docx.open(file, "ke-hoach-2024.docx")) {
            Docx.assertHeading(document, List.of("TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH", "Số: 15/KH-LĐLĐ"),
                    "Ninh Bình, ngày 05 tháng 02 năm 2024");
            List<String> texts = Docx.texts(document);
            assertThat(texts).contains("Thời gian hoàn thành: Xong chậm nhất ngày 10 tháng 9 năm 2024",
                    "Thời gian hoàn thành: Xong chậm nhất ngày 15 tháng 8 năm 2024.",
                    "- Ban Chính sách pháp luật và QHLĐ tham mưu hình thức tổ chức sơ kết và xây dựng báo cáo gửi về "
                            + "Tổng Liên đoàn chậm nhất ngày 15/9/2024.",
                    "Tổ chức sơ kết 05 năm thực hiện Nghị quyết ở cấp mình và gửi Báo cáo về Liên đoàn Lao động tỉnh "
                            + "trước 17 giờ 00 ngày 20/8/2024 (theo Đề cương và Phụ lục đính kèm)",
                    "(Kèm theo Kế hoạch số 15 ngày 05 tháng 02 năm 2024 của LĐLĐ tỉnh)");
            Docx.assertClosing(document, List.of("- Các CĐN;", "- Lưu: VT."),
                    List.of("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hà"));
            assertThat(Docx.cells(Docx.lastTable(document), 0)).containsExactly("TT", "Nội dung chỉ tiêu", "Đơn vị tính",
                    "Năm 2022", "Năm 2023", "6 tháng đầu năm 2024", "Tổng số");
        }
    }

    private static List<String> emphasised(XWPFParagraph paragraph, boolean bold) {
        return paragraph.getRuns().stream().filter(run -> bold ? run.isBold() : run.isItalic()).map(XWPFRun::text).toList();
    }
}
