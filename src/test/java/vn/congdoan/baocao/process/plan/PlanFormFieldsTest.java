package vn.congdoan.baocao.process.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.system.BadRequestException;

/** The plan forms' fields read into the API's body: what the form showed is what the cycle gets. */
class PlanFormFieldsTest {

    @Test
    void aFieldSentBlankIsBlankAndAFieldNotSentIsLeftToTheTemplate() {
        Map<String, Object> form = new HashMap<>();
        form.put("planNumber", " 24/KH-LĐLĐ ");
        form.put("superior", "");
        form.put("planDate", null);
        ObjectNode request = PlanFormFields.read(form);
        assertThat(request.path("planNumber").asText()).isEqualTo("24/KH-LĐLĐ");
        assertThat(request.path("superior").isTextual()).isTrue();
        assertThat(request.path("superior").asText()).isEmpty();
        assertThat(request.path("planDate").asText()).isEmpty();
        assertThat(request.has("title")).isFalse();
        assertThat(request.has("units")).isFalse();
        assertThat(request.has("periods")).isFalse();
    }

    @Test
    void theUnitsSentAreThoseOfEveryKindAndTheBoxesAsTickedAreNotRead() {
        Map<String, Object> form = new HashMap<>();
        form.put("units_DISTRICT", SpinValues.jsonValue("[\"hoalu\",\"yenmo\"]").create());
        form.put("units_SECTOR", "[\"cdn-yte\"]");
        form.put("units_COMMUNE", null);
        form.put("unitChoice_DISTRICT", SpinValues.jsonValue("[\"hoalu\",\"yenmo\",\"kimson\"]").create());
        ObjectNode request = PlanFormFields.read(form);
        assertThat(request.path("units")).extracting(node -> node.asText())
                .containsExactlyInAnyOrder("hoalu", "yenmo", "cdn-yte");
        form.replaceAll((name, value) -> name.startsWith("units_") ? "[]" : value);
        assertThat(PlanFormFields.read(form).path("units")).isEmpty();
        form.put("units_SECTOR", SpinValues.jsonValue("{\"a\":1}").create());
        assertThatThrownBy(() -> PlanFormFields.read(form)).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Trường «units_SECTOR» cần danh sách mã đơn vị (mảng JSON)");
    }

    @Test
    void periodsAreReadRowByRowAndABlankRowIsNoPeriod() {
        Map<String, Object> form = new HashMap<>();
        form.put("periodCode1", "2021");
        form.put("periodLabel1", "Năm 2021");
        form.put("periodCode2", "");
        form.put("periodLabel2", "");
        form.put("periodCode10", "2025");
        form.put("periodLabel10", "Năm 2025");
        form.put("periodCode3", "2022");
        form.put("periodLabel3", "");
        ObjectNode request = PlanFormFields.read(form);
        assertThat(request.path("periods").toString()).isEqualTo(
                "[{\"code\":\"2021\",\"label\":\"Năm 2021\"},{\"code\":\"2022\",\"label\":\"\"},"
                        + "{\"code\":\"2025\",\"label\":\"Năm 2025\"}]");
    }

    @Test
    void remindersInWordsBecomeDurationsAndBack() {
        ObjectNode request = PlanFormFields.read(Map.of("remindersBefore", "5, 1 ngày; 12 giờ",
                "remindersOverdueEvery", "2"));
        assertThat(request.path("reminders").toString())
                .isEqualTo("{\"before\":[\"P5D\",\"P1D\",\"PT12H\"],\"overdueEvery\":\"P2D\"}");
        assertThat(PlanFormFields.inWords("P5D")).isEqualTo("5");
        assertThat(PlanFormFields.inWords("PT12H")).isEqualTo("12 giờ");
        assertThat(PlanFormFields.inWords("P1W")).isEqualTo("P1W");
    }

    @Test
    void onlyThePlansFieldsAreFieldsAndTheDraftHasNoTemplate() {
        assertThat(PlanFormFields.isField("units_DISTRICT")).isTrue();
        assertThat(PlanFormFields.isField("unitChoice_SECTOR")).isTrue();
        assertThat(PlanFormFields.isField("periodLabel20")).isTrue();
        assertThat(PlanFormFields.isField("template")).isTrue();
        assertThat(PlanFormFields.isDraftField("template")).isFalse();
        assertThat(PlanFormFields.isField("units_district")).isFalse();
        assertThat(PlanFormFields.isField("periodCode0")).isFalse();
        assertThat(PlanFormFields.isField("periodCode100")).isFalse();
        assertThat(PlanFormFields.isField("cycleId")).isFalse();
    }
}
