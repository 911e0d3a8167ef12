package vn.congdoan.baocao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.report.ReportBody;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.support.SampleTables;
import vn.congdoan.baocao.system.BadRequestException;

/** The few variables of a generated report form: the figures, texts and table go in and come back. */
class CycleReportFieldsTest {

    @Test
    void theUnitFormHoldsTheReportInThreeValuesAndReadsItBack() {
        String longText = "Giải pháp: \"đối thoại\" & <b>\n- ý một\n".repeat(400);
        ReportContent content = new ReportContent(Map.of("I02", Map.of("2020H1", 45L), "I18", Map.of("2016", 9L)),
                Map.of("P2.II", longText), Map.of("V11", "Lớp tập huấn trực tuyến."));
        Map<String, Object> fields = CycleReportFields.unitFields(SampleTables.FORM, content);
        assertThat(fields).containsOnlyKeys("values", "sections", "explanations");
        JsonNode values = CycleReportFields.json(fields.get("values"));
        assertThat(values.path("I02").path("p2020H1").asLong()).isEqualTo(45);
        assertThat(values.path("I02").path("p2016").isNull()).isTrue();
        assertThat(values.has("I18")).as("a copied row is shown from its source").isFalse();
        assertThat(values.size()).isEqualTo(21);

        ReportBody read = CycleReportFields.read(SampleTables.FORM, fields);
        assertThat(read.values().get("I02")).containsEntry("2020H1", 45L).containsEntry("2016", null);
        assertThat(read.values()).doesNotContainKey("I18");
        assertThat(read.sections()).containsEntry("P2.II", longText).containsEntry("P1.I.1", "");
        assertThat(read.explanations()).containsExactly(Map.entry("V11", "Lớp tập huấn trực tuyến."));
    }

    @Test
    void figuresComeBackAsTypedWithDotsBetweenThousandsReadAsVietnameseWriteThem() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("values", SpinValues.jsonValue("{\"I01\":{\"p2016\":\"1.234.567\",\"p2017\":\" 12 \","
                + "\"p2018\":\"1.5\",\"p2019\":\"12a\",\"p2020H1\":7.5},\"X99\":{\"p2016\":1},\"I02\":{\"q1\":3}}").create());
        ReportBody read = CycleReportFields.read(SampleTables.FORM, fields);
        assertThat(read.values().get("I01")).containsEntry("2016", "1234567").containsEntry("2017", "12")
                .containsEntry("2018", "1.5").containsEntry("2019", "12a");
        assertThat(read.values().get("I01").get("2020H1")).hasToString("7.5");
        // what the cycle does not have goes to the checks by name, which refuse it
        assertThat(read.values()).containsKey("X99");
        assertThat(read.values().get("I02")).containsKey("q1");
    }

    @Test
    void valuesThatAreNoTableAreRefusedWithAMessage() {
        assertThatThrownBy(() -> CycleReportFields.read(SampleTables.FORM,
                Map.of("values", SpinValues.jsonValue("[1,2]").create())))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Bảng số liệu gửi lên không đúng dạng");
        assertThatThrownBy(() -> CycleReportFields.read(SampleTables.FORM, Map.of("values", "không phải JSON")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("không phải JSON");
    }

    @Test
    void theReadOnlyTableWritesFiguresAsVietnameseDoWithEachRowsTotal() {
        Map<String, Map<String, Long>> values = new HashMap<>(SampleTables.consistent());
        values.put("I01", new java.util.LinkedHashMap<>(Map.of("2016", 1_234_567L, "2017", 1L, "2018", 1L,
                "2019", 1L, "2020H1", 999_999_999L)));
        JsonNode rows = CycleReportFields.json(CycleReportFields.table(SampleTables.FORM, values));
        JsonNode heading = rows.get(0);
        assertThat(heading.path("label").asText()).isEqualTo("1. TUYÊN TRUYỀN TẬP HUẤN VỀ ĐỐI THOẠI TẠI DN");
        JsonNode i01 = rows.get(1);
        assertThat(i01.path("label").asText()).isEqualTo("I01. Số lớp tập huấn (Lớp) — tổng: cộng các kỳ");
        assertThat(i01.path("p2016").asText()).isEqualTo("1.234.567");
        assertThat(i01.path("p2020H1").asText()).isEqualTo("999.999.999");
        assertThat(i01.path("total").asText()).isEqualTo("1.001.234.569");
        JsonNode i03 = rows.findParents("label").stream().filter(r -> r.path("label").asText().startsWith("I03."))
                .findFirst().orElseThrow();
        assertThat(i03.path("label").asText()).endsWith("tổng: số của kỳ cuối");
        assertThat(i03.path("total").asText()).isEqualTo("100");
    }
}
