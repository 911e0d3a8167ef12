package vn.congdoan.baocao.process.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.support.SampleTables;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.TotalRule;

/** The forms a cycle gets: exactly its cells, labels and totals, for the built-in template and a large one. */
class ReportFormGeneratorTest {

    private static final Pattern LAYOUT_PATH = Pattern.compile("reportLayout\\.(\\w+)");

    @Test
    void theUnitFormHasACellPerIndicatorAndPeriodOfTheCycleAndNothingElse() {
        checkUnitForm(SampleTables.FORM);
        checkUnitForm(SampleTables.LARGE_FORM);
    }

    @Test
    void theBuiltInFormIsOneLinePerIndicatorWithThePeriodsAsColumns() {
        FormSchema schema = unitForm(SampleTables.FORM);
        assertThat(components(schema, "text").stream().filter(c -> "Row_Header".equals(row(c))).map(FormComponent::text))
                .containsExactly("**Nội dung chỉ tiêu** (đơn vị tính)", "**Kỳ trước**\n\n{{reportLayout.earlier.heading}}",
                        "**Năm 2016**", "**Năm 2017**", "**Năm 2018**", "**Năm 2019**", "**Tính đến 30/6/2020**",
                        "**Tổng số**");
        List<FormComponent> row = schema.components().stream().filter(c -> "Row_I05".equals(row(c))).toList();
        assertThat(row).extracting(FormComponent::id).containsExactly("Text_Label_I05", "Text_Earlier_I05",
                "Cell_I05_p2016", "Cell_I05_p2017", "Cell_I05_p2018", "Cell_I05_p2019", "Cell_I05_p2020H1",
                "Text_Total_I05");
        // five periods and the earlier figure do not fit two columns each: they share what the name and total leave
        assertThat(row).extracting(c -> c.layout().columns()).containsExactly(3, null, null, null, null, null, null, 3);
        assertThat(row.get(2).label()).isNull();
        // the earlier figure is text, shown only when the task's layout has the unit's earlier figures
        assertThat(row.get(1).type()).isEqualTo("text");
        assertThat(row.get(1).key()).isNull();
        assertThat(row.get(1).text()).isEqualTo("{{reportLayout.earlier.rows.I05}}");
        assertThat(row.get(1).conditional().hide()).isEqualTo("=reportLayout.earlier = null");
        // a stock's total is its last period, said under the figure
        assertThat(row.get(7).text()).contains("values.I05.p2020H1").doesNotContain("values.I05.p2016")
                .endsWith("số của kỳ cuối");
        // a flow's total sums the row's cells, whichever periods they are
        assertThat(byId(schema, "Text_Total_I01").text()).contains("sum(").contains("get entries(values.I01)")
                .endsWith("cộng các kỳ");
        assertThat(byId(schema, "Text_Group_I05").text()).isEqualTo("**3. Tổ chức HN NLĐ, đối thoại — 3.1. Hội nghị người lao động**");
    }

    @Test
    void fourPeriodsAndTheEarlierFigureKeepTwoColumnsEach() {
        ReportForm fourYears = new ReportForm(SampleTables.NQ02, SampleTables.SEED_PERIODS.subList(0, 4));
        List<FormComponent> row = unitForm(fourYears).components().stream().filter(c -> "Row_I01".equals(row(c))).toList();
        assertThat(row).extracting(c -> c.layout().columns()).containsExactly(3, 2, 2, 2, 2, 2, 3);
        assertThat(row.stream().mapToInt(c -> c.layout().columns()).sum()).isEqualTo(16);
    }

    @Test
    void theReviewTableTakesTheColumnsWithTheEarlierFiguresWhenTheLayoutHasThem() {
        FormComponent table = byId(ReportFormGenerator.reviewReport("r", SampleTables.FORM, "reportDecision",
                "reportComment"), "Table_Values");
        assertThat(table.columnsExpression()).isEqualTo("=reportLayout.tableColumns");
        assertThat(ReportFormGenerator.tableColumnsWithEarlier(SampleTables.FORM, "Tính đến 30/6/2020"))
                .extracting(FormComponent.Column::key)
                .containsExactly("label", "earlier", "p2016", "p2017", "p2018", "p2019", "p2020H1", "total");
        assertThat(ReportFormGenerator.tableColumnsWithEarlier(SampleTables.FORM, "Tính đến 30/6/2020").get(1).label())
                .isEqualTo("Kỳ trước: Tính đến 30/6/2020");
    }

    @Test
    void aCopiedRowShowsItsSourceAsTypedAndHasNoInput() {
        FormSchema schema = unitForm(SampleTables.FORM);
        assertThat(keys(schema)).noneMatch(key -> key.startsWith("values.I18."));
        assertThat(byId(schema, "Cell_I18_p2017").type()).isEqualTo("text");
        assertThat(byId(schema, "Cell_I18_p2017").text()).isEqualTo("{{values.I16.p2017}}");
        assertThat(byId(schema, "Text_Label_I18").text()).contains("tự động, không nhập");
        assertThat(byId(schema, "Text_Total_I18").text()).contains("get entries(values.I16)");
    }

    @Test
    void manyPeriodsGoUnderTheRowNameEightToALineEachWithItsName() {
        FormSchema schema = unitForm(SampleTables.LARGE_FORM);
        List<FormComponent> cells = schema.components().stream().filter(c -> c.id().startsWith("Cell_I07_")).toList();
        assertThat(cells).hasSize(10);
        assertThat(cells).extracting(FormComponent::label).containsExactly("Quý I/2021", "Quý II/2021", "Quý III/2021",
                "Quý IV/2021", "Quý I/2022", "Quý II/2022", "Quý III/2022", "Quý IV/2022", "Quý I/2023", "Quý II/2023");
        assertThat(cells).extracting(FormComponent::row).containsExactly("Row_I07_1", "Row_I07_1", "Row_I07_1",
                "Row_I07_1", "Row_I07_1", "Row_I07_1", "Row_I07_1", "Row_I07_1", "Row_I07_2", "Row_I07_2");
        assertThat(byId(schema, "Text_Label_I07").layout().row()).isEqualTo("Row_I07");
        assertThat(byId(schema, "Text_Total_I07").layout().row()).isEqualTo("Row_I07");
    }

    @Test
    void theReadOnlyFormsShowTheTableWithThePeriodsAsColumnsAndHaveNoCell() {
        for (ReportForm form : List.of(SampleTables.FORM, SampleTables.LARGE_FORM)) {
            for (FormSchema schema : List.of(
                    ReportFormGenerator.reviewReport("r", form, "reportDecision", "reportComment"),
                    ReportFormGenerator.provinceReport("p", form, "provinceAction"),
                    ReportFormGenerator.approveProvinceReport("a", form, "provinceDecision", "provinceComment"))) {
                assertThat(keys(schema)).noneMatch(key -> key.startsWith(ReportFormKeys.VALUES));
                FormComponent table = byId(schema, "Table_Values");
                assertThat(table.dataSource()).isEqualTo("=" + ReportFormKeys.TABLE);
                List<String> expected = new ArrayList<>(List.of("label"));
                form.periods().forEach(p -> expected.add("p" + p.code()));
                expected.add("total");
                assertThat(table.columns()).extracting(FormComponent.Column::key).containsExactlyElementsOf(expected);
                assertThat(table.columns().get(1).label()).isEqualTo(form.periods().get(0).label());
                assertThat(keys(schema)).contains("sections.s01",
                        "sections.s" + String.format("%02d", form.textSections().size()));
            }
        }
    }

    @Test
    void everyLayoutEntryAFormReadsIsAFieldOfTheLayoutRecord() {
        Set<String> fields = Arrays.stream(ReportLayout.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        for (ReportForm form : List.of(SampleTables.FORM, SampleTables.LARGE_FORM)) {
            for (FormSchema schema : List.of(unitForm(form),
                    ReportFormGenerator.reviewReport("r", form, "reportDecision", "reportComment"),
                    ReportFormGenerator.provinceReport("p", form, "provinceAction"),
                    ReportFormGenerator.approveProvinceReport("a", form, "provinceDecision", "provinceComment"))) {
                Matcher used = LAYOUT_PATH.matcher(schema.toJson());
                int count = 0;
                while (used.find()) {
                    assertThat(fields).as(schema.id()).contains(used.group(1));
                    count++;
                }
                assertThat(count).isPositive();
            }
        }
    }

    @Test
    void aSchemaReadsBackAsItWasWritten() {
        FormSchema schema = unitForm(SampleTables.LARGE_FORM);
        assertThat(FormSchema.fromJson(schema.toJson())).isEqualTo(schema);
        assertThat(schema.schemaVersion()).isEqualTo(16);
    }

    private static void checkUnitForm(ReportForm form) {
        FormSchema schema = unitForm(form);
        Set<String> expected = new HashSet<>();
        for (Indicator indicator : form.enteredIndicators()) {
            for (Period period : form.periods()) {
                expected.add("values." + indicator.code() + ".p" + period.code());
            }
        }
        Set<String> cells = keys(schema).stream().filter(key -> key.startsWith("values.")).collect(Collectors.toSet());
        assertThat(cells).isEqualTo(expected);
        assertThat(components(schema, "textfield")).hasSize(expected.size())
                .allSatisfy(cell -> assertThat(cell.conditional()).isNull());
        // conditions only on the few messages and explanation boxes, and on the earlier figures (the unit's, not the
        // cycle's): never on a cell
        assertThat(schema.components().stream().filter(c -> c.conditional() != null)
                .filter(c -> !c.id().startsWith("Text_Earlier_") && !c.id().equals("Text_Header_Earlier")).count())
                .isLessThanOrEqualTo(5 + 2 * ReportFormGenerator.warningRules(form).size() + 1 + 1);
        assertThat(schema.components().stream().filter(c -> c.id().startsWith("Text_Earlier_")).count())
                .isEqualTo(form.indicators().size());
        Set<String> ids = new HashSet<>();
        schema.components().forEach(c -> assertThat(ids.add(c.id())).as(c.id()).isTrue());
        for (Indicator indicator : form.indicators()) {
            FormComponent total = byId(schema, "Text_Total_" + indicator.code());
            assertThat(total.text()).endsWith(indicator.total() == TotalRule.LAST ? "số của kỳ cuối" : "cộng các kỳ");
            assertThat(byId(schema, "Text_Label_" + indicator.code()).text()).contains(indicator.label())
                    .contains("(" + indicator.unit() + ")");
        }
        List<String> sectionLabels = form.textSections().stream().map(s -> s.heading()).toList();
        assertThat(components(schema, "textarea").stream().filter(c -> c.key().startsWith("sections."))
                .map(FormComponent::label)).containsExactlyElementsOf(sectionLabels);
        assertThat(byId(schema, "Field_DraftVersion").expression()).isEqualTo("=reportLayout.draftVersion");
        assertThat(byId(schema, "Field_DraftVersion").computeOn()).isEqualTo("presubmit");
        assertThat(byId(schema, "Field_Action").values()).extracting(FormComponent.Choice::value)
                .containsExactly("DRAFT", "SUBMIT");
    }

    private static FormSchema unitForm(ReportForm form) {
        return ReportFormGenerator.unitReport("form-unit-report-cycle-1", form, "reportAction");
    }

    private static List<String> keys(FormSchema schema) {
        return schema.components().stream().map(FormComponent::key).filter(k -> k != null).toList();
    }

    private static List<FormComponent> components(FormSchema schema, String type) {
        return schema.components().stream().filter(c -> c.type().equals(type)).toList();
    }

    private static FormComponent byId(FormSchema schema, String id) {
        return schema.components().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + id));
    }

    private static String row(FormComponent component) {
        return component.layout() == null ? null : component.layout().row();
    }
}
