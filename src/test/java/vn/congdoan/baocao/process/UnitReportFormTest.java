package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.report.ReportBody;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.system.YamlResources;
import vn.congdoan.baocao.template.OutlineSection;
import vn.congdoan.baocao.template.Severity;
import vn.congdoan.baocao.template.TemplateDefinition;

class UnitReportFormTest {

    private final ReportForm form = new ReportForm(
            YamlResources.read(new ClassPathResource("templates/nq02-2016-2020.yaml"), TemplateDefinition.class),
            List.of(new Period("2016", "Năm 2016"), new Period("2020H1", "Tính đến 30/6/2020")));

    @Test
    void fieldsGoInAndComeBackByRowAndPeriod() {
        // far longer than the 4,000 characters a String variable holds
        String longText = "Giải pháp: \"đối thoại\" & <b>\n- ý một\n".repeat(400);
        ReportContent content = new ReportContent(Map.of("I02", Map.of("2020H1", 45L)),
                Map.of("P2.II", longText), Map.of("V11", "Lớp tập huấn trực tuyến."));
        Map<String, Object> fields = UnitReportForm.fields(form, content);
        assertThat(fields).containsEntry("v_r02_p2", 45).containsEntry("v_r02_p1", null)
                .containsKey("sections").containsKey("explanations").hasSize(22 * 2 + 2);
        assertThat(UnitReportForm.sectionKey(12)).isEqualTo("sections.s12");

        ReportBody read = UnitReportForm.read(form, fields);
        assertThat(read.values().get("I02")).containsEntry("2020H1", 45);
        assertThat(read.values()).doesNotContainKey("I18");
        assertThat(read.sections()).containsEntry("P2.II", longText).containsEntry("P1.I.1", "");
        assertThat(read.explanations()).containsExactly(Map.entry("V11", "Lớp tập huấn trực tuyến."));
    }

    @Test
    void aWarningRuleGetsItsBoxWhenItWarnsOrWasExplainedAndTheReviewerSeesBoth() {
        List<Violation> warnings = List.of(new Violation("V05", Severity.WARNING, "I10", "2016", null,
                "Năm 2016: … khác … (V05)"));
        JsonNode layout = UnitReportForm.layout(form, "Hoa Lư", List.of(), null, warnings,
                Map.of("V11", "Lớp tập huấn trực tuyến."));
        // the template's warning rules, in order: V05, V11, V12
        assertThat(layout.path("explain").get(0).asText()).startsWith("Giải trình cảnh báo V05 (");
        assertThat(layout.path("explain").get(1).asText()).startsWith("Giải trình cảnh báo V11 (");
        assertThat(layout.path("explain").get(2).isNull()).isTrue();
        assertThat(layout.path("warnings").asText()).isEqualTo("- Năm 2016: … khác … (V05)\n  *Đơn vị chưa giải trình.*");
        assertThat(UnitReportForm.explanationKey(2)).isEqualTo("explanations.w02");
    }

    @Test
    void layoutNamesRowsPeriodsSectionsAndListsBlanksByRow() {
        List<Violation> refused = List.of(
                Violation.blank("I01", "2016", "…"), Violation.blank("I01", "2020H1", "…"),
                Violation.section("P2.I", "Mục «I. Phương hướng nhiệm vụ» chưa có nội dung."));
        JsonNode layout = UnitReportForm.layout(form, "Hoa Lư · Kế hoạch số 23/KH-LĐLĐ", refused, "Sửa lại.",
                List.of(), Map.of());
        assertThat(layout.path("periods").get(1).asText()).isEqualTo("Tính đến 30/6/2020");
        assertThat(layout.path("rows").get(0).path("heading").asText())
                .isEqualTo("1. Tuyên truyền tập huấn về đối thoại tại DN");
        assertThat(layout.path("rows").get(4).path("heading").asText())
                .isEqualTo("3. Tổ chức HN NLĐ, đối thoại — 3.1. Hội nghị người lao động");
        assertThat(layout.path("rows").get(5).path("heading").isNull()).isTrue();
        assertThat(layout.path("rows").get(17).path("copy").asBoolean()).isTrue();
        assertThat(layout.path("rows").get(17).path("label").asText()).endsWith("(tự động, bằng dòng «"
                + form.indicatorsByCode().get("I16").label() + "»)");
        assertThat(layout.path("title").asText()).isEqualTo("Hoa Lư · Kế hoạch số 23/KH-LĐLĐ");
        assertThat(layout.path("sections").get(0).path("title").asText()).isEqualTo("1. Thuận lợi");
        assertThat(layout.path("sections").get(0).path("heading").asText())
                .isEqualTo("Phần thứ nhất: Đánh giá kết quả 05 năm thực hiện Nghị quyết"
                        + " — I. Đặc điểm chung tác động tới việc tổ chức thực hiện Nghị quyết");
        assertThat(layout.path("sections").get(7).path("hints").asText()).isEqualTo("- Những tồn tại, hạn chế\n- Nguyên nhân");
        assertThat(layout.path("sections").get(0).path("hints").isNull()).isTrue();
        assertThat(new OutlineSection("S1", null, "1.", "Mục", "Câu dẫn.", List.of("Ý một", "Ý hai")).guidance())
                .containsExactly("Câu dẫn.", "- Ý một", "- Ý hai");
        // back to "II." after 3.1 … 3.3: its heading is not repeated before "4."
        assertThat(layout.path("sections").get(7).path("title").asText()).startsWith("4. ");
        assertThat(layout.path("sections").get(7).path("heading").isNull()).isTrue();
        assertThat(layout.path("violations").asText()).isEqualTo(
                "- «Số lớp tập huấn» (I01) chưa nhập số liệu: Năm 2016, Tính đến 30/6/2020.\n"
                        + "- Mục «I. Phương hướng nhiệm vụ» chưa có nội dung.");
        assertThat(layout.path("returnComment").asText()).isEqualTo("Sửa lại.");
    }
}
