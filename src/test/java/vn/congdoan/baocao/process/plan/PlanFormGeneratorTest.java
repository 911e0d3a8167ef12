package vn.congdoan.baocao.process.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.process.forms.FormComponent;
import vn.congdoan.baocao.process.forms.FormSchema;

/** The plan's forms: the values shown in the fields, units by kind and name, periods as rows, deadlines said. */
class PlanFormGeneratorTest {

    @Test
    void theStartFormShowsTheTemplatesValuesInItsFields() {
        FormSchema form = PlanFormSamples.startForm();
        assertThat(form.id()).isEqualTo("form-start-cycle");
        FormComponent template = byKey(form, "template");
        assertThat(template.type()).isEqualTo("select");
        assertThat(template.defaultValue()).isEqualTo("nq02-2016-2020");
        assertThat(template.values()).extracting(FormComponent.Choice::label)
                .containsExactly("Sơ kết Nghị quyết 02", "Sơ kết Nghị quyết 09");
        assertThat(byKey(form, "planNumber").defaultValue()).isEqualTo("23/KH-LĐLĐ");
        assertThat(byKey(form, "planDate").defaultValue()).isEqualTo("2020-06-11");
        assertThat(byKey(form, "planDate").subtype()).isEqualTo("date");
        assertThat(byKey(form, "signerName").defaultValue()).isEqualTo("Trần Kim Long");
        assertThat(byKey(form, "recipientsText").defaultValue()).isEqualTo("LĐLĐ các huyện thành phố\nLưu: VT");
        assertThat(byKey(form, "timeZone").defaultValue()).isEqualTo("Asia/Ho_Chi_Minh");
        // reminders as people write them, said back in a sentence
        assertThat(byKey(form, "remindersBefore").defaultValue()).isEqualTo("5, 12 giờ");
        assertThat(byKey(form, "remindersOverdueEvery").defaultValue()).isEqualTo("2");
        assertThat(byId(form, "Text_RemindersInWords").text()).contains("{{remindersBefore}} ngày trước hạn");
        assertThat(form.components()).extracting(FormComponent::key).filteredOn(key -> key != null)
                .allMatch(PlanFormFields::isField).doesNotHaveDuplicates();
    }

    @Test
    void unitsAreTickedByNameKindByKindAmongThoseValidOnThePlanDate() {
        FormSchema form = PlanFormSamples.startForm();
        List<FormComponent> lists = form.components().stream().filter(c -> "checklist".equals(c.type())).toList();
        // the levels from the top, then the sectors; the province itself reports to nobody
        assertThat(lists).extracting(FormComponent::label).containsExactly(
                "Liên đoàn Lao động huyện, thành phố, thị xã", "Công đoàn xã, phường, đặc khu",
                "Công đoàn ngành và tương đương");
        FormComponent districts = lists.get(0);
        assertThat(districts.key()).isEqualTo("unitChoice_DISTRICT");
        // by name, Vietnamese order: Hoa Lư before Yên Khánh
        assertThat(districts.valuesExpression()).containsSubsequence("Liên đoàn Lao động huyện Hoa Lư",
                "Liên đoàn Lao động huyện Yên Khánh");
        assertThat(districts.valuesExpression()).contains("validTo: \"2025-06-30\"")
                .contains("date(validFrom) <= date(planDate)").contains("date(validTo) >= date(planDate)")
                .doesNotContain("Ninh Bình\", value: \"ldld-ninhbinh\"");
        assertThat(districts.conditional().hide()).startsWith("=count(");
        // the cycle's own units ticked; a kind of which none was chosen shows none ticked
        assertThat(districts.defaultValue()).isEqualTo(List.of("hoalu"));
        assertThat(lists.get(1).defaultValue()).isEqualTo(List.of());
        assertThat(lists.get(2).defaultValue()).isEqualTo(List.of("cdn-yte"));
        // what is sent is the ticks among the units shown
        FormComponent sent = byKey(form, "units_DISTRICT");
        assertThat(sent.type()).isEqualTo("expression");
        assertThat(sent.computeOn()).isEqualTo("presubmit");
        assertThat(sent.expression()).contains("unitChoice_DISTRICT[list contains(");
    }

    @Test
    void withoutUnitsChosenEveryUnitIsTicked() {
        FormSchema form = PlanFormGenerator.startForm("form-start-cycle",
                List.of(new PlanFormGenerator.TemplateChoice("nq02-2016-2020", "Sơ kết")),
                withoutUnits(PlanFormSamples.VALUES), PlanFormSamples.UNITS);
        assertThat(byKey(form, "unitChoice_DISTRICT").defaultValue()).isEqualTo(List.of("hoalu", "yenkhanh"));
    }

    @Test
    void periodsAreRowsWithSpareRowsToAddOne() {
        FormSchema form = PlanFormSamples.startForm();
        assertThat(byKey(form, "periodCode1").defaultValue()).isEqualTo("2019");
        assertThat(byKey(form, "periodLabel2").defaultValue()).isEqualTo("Tính đến 30/6/2020");
        assertThat(byKey(form, "periodCode1").row()).isEqualTo(byKey(form, "periodLabel1").row());
        assertThat(form.components()).extracting(FormComponent::key).filteredOn(k -> k != null && k.startsWith("periodCode"))
                .hasSize(2 + PlanFormGenerator.SPARE_PERIOD_ROWS);
        assertThat(byKey(form, "periodCode3").defaultValue()).isNull();
    }

    @Test
    void eachDeadlineIsADayWithItsMeaningSaidBesideIt() {
        FormSchema form = PlanFormSamples.startForm();
        FormComponent unitReview = byKey(form, "unitReviewDeadline");
        assertThat(unitReview.type()).isEqualTo("datetime");
        assertThat(unitReview.defaultValue()).isEqualTo("2020-08-15");
        FormComponent meaning = byId(form, "Text_UnitReviewMeans");
        assertThat(meaning.row()).isEqualTo(unitReview.row());
        assertThat(meaning.text()).contains("«trước ngày ").contains("hạn chót hết ngày ")
                .contains("date(unitReviewDeadline) - duration(\"P1D\")").contains("deadlineMeans = \"ON_DAY\"");
        // an instant the API was given stays an instant: a day would move it to the end of the day
        FormComponent unitReport = byKey(form, "unitReportDeadline");
        assertThat(unitReport.type()).isEqualTo("textfield");
        assertThat(unitReport.defaultValue()).isEqualTo("2020-08-20T17:00:00+07:00");
    }

    @Test
    void theDraftFormHasThePlansFieldsButNotItsTemplate() {
        FormSchema form = PlanFormSamples.draftForm();
        assertThat(form.id()).isEqualTo("form-draft-plan-cycle-1");
        assertThat(form.components()).extracting(FormComponent::key).doesNotContain("template")
                .contains("planNumber", "unitChoice_SECTOR", "units_SECTOR", "periodCode1", "cutOff")
                .filteredOn(key -> key != null).allMatch(PlanFormFields::isDraftField);
    }

    private static FormComponent byKey(FormSchema form, String key) {
        return form.components().stream().filter(c -> key.equals(c.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key));
    }

    private static FormComponent byId(FormSchema form, String id) {
        return form.components().stream().filter(c -> id.equals(c.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + id));
    }

    private static vn.congdoan.baocao.cycle.CycleParameters withoutUnits(vn.congdoan.baocao.cycle.CycleParameters v) {
        return new vn.congdoan.baocao.cycle.CycleParameters(v.template(), v.templateVersion(), v.planNumber(), v.planDate(), v.place(),
                v.superior(), v.issuer(), v.title(), v.legalBasis(), v.resolution(), v.periods(), null, v.deadlines(),
                v.deadlineMeans(), v.cutOff(), v.timeZone(), v.reminders(), v.signer(), v.recipients(),
                v.reportRecipients(), v.nationalAddress());
    }
}
