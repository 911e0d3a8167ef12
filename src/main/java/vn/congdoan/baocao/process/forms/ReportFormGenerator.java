package vn.congdoan.baocao.process.forms;

import static vn.congdoan.baocao.process.forms.FormComponent.radio;
import static vn.congdoan.baocao.process.forms.FormComponent.text;
import static vn.congdoan.baocao.process.forms.FormComponent.textArea;
import static vn.congdoan.baocao.process.forms.FormComponent.textField;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.process.ProcessVariables;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.review.Decision;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.IndicatorGroup;
import vn.congdoan.baocao.template.OutlineSection;
import vn.congdoan.baocao.template.Severity;
import vn.congdoan.baocao.template.TotalRule;
import vn.congdoan.baocao.template.ValidationRule;

/**
 * Writes a cycle's four report forms with exactly its indicators, periods, sections and warning
 * rules: a cell that is not in the cycle does not exist, so no field carries a condition of its own.
 * The one column that is a unit's and not the cycle's, the unit's figures of the earlier cycle, is text
 * shown only when the task's layout has them.
 * The unit's figures are text fields (a number field reports a pre-filled value as a change, and
 * every change evaluates the whole form again); each row's total is one FEEL template. The read-only
 * forms show the table as a table component whose rows the server formats.
 */
public final class ReportFormGenerator {

    /** Up to this many periods, a row of the table is one line: label, the periods, the total. */
    static final int PERIODS_ON_ONE_LINE = 5;
    /** With more periods, the cells go under the label, this many to a line, each with its period's name. */
    static final int CELLS_PER_LINE = 8;

    private final ReportForm form;
    private final List<ValidationRule> warningRules;

    private ReportFormGenerator(ReportForm form) {
        this.form = form;
        this.warningRules = warningRules(form);
    }

    /** The rules whose warnings a unit explains, in the template's order: their explanation boxes. */
    public static List<ValidationRule> warningRules(ReportForm form) {
        return form.template().rules().stream().filter(r -> r.severity() == Severity.WARNING).toList();
    }

    public static FormSchema unitReport(String formId, ReportForm form, String actionKey) {
        ReportFormGenerator generator = new ReportFormGenerator(form);
        List<FormComponent> components = new ArrayList<>();
        components.add(text("Text_Heading", "#### Báo cáo của đơn vị\n"
                + "Nhập số liệu và nội dung theo đề cương (số có thể gõ liền hoặc có dấu chấm ngăn cách hàng nghìn: "
                + "1234567 hay 1.234.567). Chọn **Lưu nháp** để lưu lên máy chủ và làm tiếp sau, hoặc **Nộp báo cáo** "
                + "khi đã đủ, rồi bấm nút **Hoàn thành** ở cuối biểu mẫu."));
        components.add(text("Text_Title", "**{{" + layout("title") + "}}**"));
        components.add(text("Text_DraftNote", "*{{" + layout("draftNote") + "}}*")
                .hiddenWhen(layout("draftNote") + " = null"));
        components.add(text("Text_ReturnComment", "**Ban CSPL & QHLĐ đã trả lại báo cáo với ý kiến:**\n\n{{"
                + layout("returnComment") + "}}").hiddenWhen(layout("returnComment") + " = null"));
        components.add(text("Text_Violations", "**Báo cáo chưa nộp được** (số liệu và nội dung đã được lưu thành "
                + "bản nháp):\n\n{{" + layout("violations") + "}}").hiddenWhen(layout("violations") + " = null"));
        components.add(text("Text_Links", "**Bảng số liệu bằng Excel:** [tải bảng về để điền]({{" + layout("tableUrl")
                + "}})"
                // a new tab, so that what is typed in this form stays
                + " · <a href=\"{{" + layout("uploadUrl") + "}}\" target=\"_blank\" rel=\"noopener\">tải bảng đã điền"
                + " lên</a> (trang mới). Sau khi tải lên, tải lại trang này (F5) để thấy số liệu mới."
                + " Bản in: [báo cáo (Word)]({{" + layout("reportUrl") + "}}) theo bản nháp đã lưu."
                + " Kế hoạch của tỉnh: [tải về (Word)]({{" + layout("planUrl") + "}})."));
        generator.addGrid(components);
        generator.addExplanations(components, "##### Giải trình cảnh báo về số liệu\n"
                + "Số liệu đã lưu có điểm cần giải trình; ghi lý do dưới từng cảnh báo.", "Giải trình của đơn vị");
        generator.addSections(components, false, false);
        components.add(FormComponent.computedOnSubmit("Field_DraftVersion", ReportFormKeys.DRAFT_VERSION,
                "=" + layout("draftVersion")));
        components.add(action(actionKey, "Nộp báo cáo"));
        return FormSchema.of(formId, components);
    }

    public static FormSchema reviewReport(String formId, ReportForm form, String decisionKey, String commentKey) {
        ReportFormGenerator generator = new ReportFormGenerator(form);
        List<FormComponent> components = new ArrayList<>();
        components.add(text("Text_Heading", "#### Xem xét báo cáo của đơn vị\n"
                + "Chấp nhận, hoặc trả lại kèm ý kiến nêu rõ cần sửa gì."));
        components.add(text("Text_Title", "**{{" + layout("title") + "}}**"));
        components.add(text("Text_Links", "[Tải bảng số liệu của đơn vị (Excel)]({{" + layout("tableUrl") + "}})"
                + " · [Tải báo cáo của đơn vị (Word)]({{" + layout("reportUrl") + "}})"));
        components.add(text("Text_Warnings", "**Cảnh báo về số liệu và giải trình của đơn vị:**\n\n{{"
                + layout("warnings") + "}}").hiddenWhen(layout("warnings") + " = null"));
        components.add(earlierNote());
        components.add(generator.table().withColumnsFrom("=" + layout("tableColumns")));
        generator.addSections(components, true, false);
        components.addAll(decision(decisionKey, commentKey, "Chấp nhận báo cáo"));
        return FormSchema.of(formId, components);
    }

    public static FormSchema provinceReport(String formId, ReportForm form, String actionKey) {
        ReportFormGenerator generator = new ReportFormGenerator(form);
        List<FormComponent> components = new ArrayList<>();
        components.add(text("Text_Heading", "#### Dự thảo báo cáo của tỉnh\n"
                + "Viết từng mục theo đề cương; bên dưới mỗi mục là nội dung các đơn vị đã viết. Bảng số liệu là số "
                + "tổng hợp, không sửa. Chọn **Lưu nháp** hoặc **Trình Thường trực duyệt**, rồi bấm nút hoàn thành "
                + "(Complete) ở cuối biểu mẫu."));
        components.add(text("Text_Title", "**{{" + layout("title") + "}}**"));
        components.add(text("Text_DraftNote", "*{{" + layout("draftNote") + "}}*")
                .hiddenWhen(layout("draftNote") + " = null"));
        addCoverage(components);
        // Thường trực's return, or the national federation's ("Tổng Liên đoàn trả lại: …")
        components.add(text("Text_ReturnComment", "**Báo cáo đã bị trả lại với ý kiến:**\n\n{{"
                + layout("returnComment") + "}}").hiddenWhen(layout("returnComment") + " = null"));
        components.add(text("Text_Violations", "**Chưa trình được** (nội dung đã được lưu thành bản nháp):\n\n{{"
                + layout("violations") + "}}").hiddenWhen(layout("violations") + " = null"));
        components.add(generator.table());
        generator.addExplanations(components, "##### Giải trình gửi Tổng Liên đoàn\n"
                + "Khi số liệu tổng hợp có cảnh báo theo một quy tắc của mẫu báo cáo, hoặc Tổng Liên đoàn yêu cầu giải "
                + "trình, ghi lý do dưới quy tắc đó. Phần giải trình được gửi kèm báo cáo lên hệ thống của Tổng Liên "
                + "đoàn.", "Giải trình của tỉnh");
        generator.addSections(components, false, true);
        components.add(action(actionKey, "Trình Thường trực duyệt"));
        return FormSchema.of(formId, components);
    }

    public static FormSchema approveProvinceReport(String formId, ReportForm form, String decisionKey,
                                                   String commentKey) {
        ReportFormGenerator generator = new ReportFormGenerator(form);
        List<FormComponent> components = new ArrayList<>();
        components.add(text("Text_Heading", "#### Duyệt báo cáo của tỉnh\n"
                + "Duyệt để gửi Tổng Liên đoàn, hoặc trả lại kèm ý kiến nêu rõ cần sửa gì."));
        components.add(text("Text_Title", "**{{" + layout("title") + "}}**"));
        addCoverage(components);
        components.add(generator.table());
        components.add(text("Text_Warnings", "**Giải trình gửi Tổng Liên đoàn:**\n\n{{" + layout("warnings") + "}}")
                .hiddenWhen(layout("warnings") + " = null"));
        generator.addSections(components, true, false);
        components.addAll(decision(decisionKey, commentKey, "Duyệt báo cáo"));
        return FormSchema.of(formId, components);
    }

    /** The columns of the read-only table: the row's name, each period, the total. */
    public static List<FormComponent.Column> tableColumns(ReportForm form) {
        List<FormComponent.Column> columns = new ArrayList<>();
        columns.add(new FormComponent.Column("Nội dung chỉ tiêu (đơn vị tính)", ReportFormKeys.TABLE_LABEL));
        for (Period period : form.periods()) {
            columns.add(new FormComponent.Column(period.label(), ReportFormKeys.periodEntry(period.code())));
        }
        columns.add(new FormComponent.Column("Tổng số", ReportFormKeys.TABLE_TOTAL));
        return columns;
    }

    /** The read-only table's columns with the earlier cycle's figures before the periods, under their period's name. */
    public static List<FormComponent.Column> tableColumnsWithEarlier(ReportForm form, String earlierHeading) {
        List<FormComponent.Column> columns = new ArrayList<>(tableColumns(form));
        columns.add(1, new FormComponent.Column("Kỳ trước: " + earlierHeading, ReportFormKeys.TABLE_EARLIER));
        return columns;
    }

    /** A row's name as the forms show it: code, label, unit and how its total is made. */
    public static String rowLabel(ReportForm form, Indicator indicator) {
        String copied = indicator.copyOf() == null ? "" : " — tự động, bằng dòng «"
                + form.indicatorsByCode().get(indicator.copyOf()).label() + "»";
        return indicator.code() + ". " + indicator.label() + " (" + indicator.unit() + ")" + copied + " — tổng: "
                + totalRule(indicator.total());
    }

    public static String totalRule(TotalRule rule) {
        return rule == TotalRule.LAST ? "số của kỳ cuối" : "cộng các kỳ";
    }

    /** The group heading above an indicator, or null when the indicator stays in the group of the one before. */
    public static List<String> groupHeadings(ReportForm form) {
        Map<String, IndicatorGroup> groups = form.template().groups().stream()
                .collect(Collectors.toMap(IndicatorGroup::number, Function.identity()));
        List<String> headings = new ArrayList<>();
        String previous = null;
        for (Indicator indicator : form.indicators()) {
            headings.add(Objects.equals(previous, indicator.group()) ? null : groupPath(groups, groups.get(indicator.group())));
            previous = indicator.group();
        }
        return headings;
    }

    private FormComponent table() {
        return FormComponent.table("Table_Values", "Bảng số liệu", "=" + ReportFormKeys.TABLE, tableColumns(form));
    }

    /** Where the earlier cycle's figures come from, above the table that shows them. */
    private static FormComponent earlierNote() {
        return text("Text_Earlier", "**Cột «Kỳ trước»:** {{" + layout("earlier.caption") + "}} Chỉ để đối chiếu, "
                + "không sửa được.").hiddenWhen(layout("earlier") + " = null");
    }

    private void addGrid(List<FormComponent> components) {
        components.add(text("Text_TableTitle", "##### Bảng số liệu"));
        components.add(earlierNote());
        boolean oneLine = form.periods().size() <= PERIODS_ON_ONE_LINE;
        // a line holds the earlier figure beside the periods at their width, or every figure takes an equal share
        Integer cellWidth = 3 + 2 * (form.periods().size() + 1) + 3 <= 16 ? 2 : null;
        if (oneLine) {
            components.add(text("Text_Header_Label", "**Nội dung chỉ tiêu** (đơn vị tính)").inRow("Row_Header", 3));
            components.add(text("Text_Header_Earlier", "**Kỳ trước**\n\n{{" + layout("earlier.heading") + "}}")
                    .hiddenWhen(layout("earlier") + " = null").inRow("Row_Header", cellWidth));
            for (Period period : form.periods()) {
                components.add(text("Text_Header_" + ReportFormKeys.periodEntry(period.code()), "**" + period.label() + "**")
                        .inRow("Row_Header", cellWidth));
            }
            components.add(text("Text_Header_Total", "**Tổng số**").inRow("Row_Header", 3));
        }
        List<String> headings = groupHeadings(form);
        List<Indicator> indicators = form.indicators();
        for (int r = 0; r < indicators.size(); r++) {
            Indicator indicator = indicators.get(r);
            String code = indicator.code();
            if (headings.get(r) != null) {
                components.add(text("Text_Group_" + code, "**" + headings.get(r) + "**"));
            }
            String row = "Row_" + code;
            String label = "**" + code + ".** " + indicator.label() + " (" + indicator.unit() + ")"
                    + (indicator.copyOf() == null ? "" : " — *tự động, không nhập: bằng dòng «"
                    + form.indicatorsByCode().get(indicator.copyOf()).label() + "»*");
            String source = indicator.copyOf() == null ? code : indicator.copyOf();
            FormComponent total = text("Text_Total_" + code, "**{{" + TotalFeel.formatted(total(source, indicator.total()))
                    + "}}**\n\n" + totalRule(indicator.total()));
            FormComponent earlier = text("Text_Earlier_" + code, (oneLine ? "" : "{{" + layout("earlier.heading")
                    + "}}\n\n") + "{{" + layout("earlier.rows." + code) + "}}").hiddenWhen(layout("earlier") + " = null");
            if (oneLine) {
                components.add(text("Text_Label_" + code, label).inRow(row, 3));
                components.add(earlier.inRow(row, cellWidth));
                components.addAll(cells(indicator, source, row, false, cellWidth));
                components.add(total.inRow(row, 3));
            } else {
                // the name takes what the earlier figure leaves
                components.add(text("Text_Label_" + code, label).inRow(row, null));
                components.add(earlier.inRow(row, 2));
                components.add(total.inRow(row, 4));
                List<FormComponent> cells = cells(indicator, source, row, true, 2);
                for (int c = 0; c < cells.size(); c++) {
                    components.add(cells.get(c).inRow(row + "_" + (c / CELLS_PER_LINE + 1), 2));
                }
            }
        }
    }

    private List<FormComponent> cells(Indicator indicator, String source, String row, boolean labelled, Integer width) {
        List<FormComponent> cells = new ArrayList<>();
        for (Period period : form.periods()) {
            String label = labelled ? period.label() : null;
            String id = "Cell_" + indicator.code() + "_" + ReportFormKeys.periodEntry(period.code());
            FormComponent cell = indicator.copyOf() == null
                    ? textField(id, ReportFormKeys.cell(indicator.code(), period.code()), label)
                    // a copied row has no input: it shows its source's cells as they are typed
                    : text(id, (labelled ? period.label() + "\n\n" : "") + "{{" + ReportFormKeys.cell(source, period.code())
                    + "}}");
            cells.add(labelled ? cell : cell.inRow(row, width));
        }
        return cells;
    }

    private String total(String indicatorCode, TotalRule rule) {
        return rule == TotalRule.LAST
                ? TotalFeel.figure(ReportFormKeys.cell(indicatorCode, form.periods().get(form.periods().size() - 1).code()))
                : TotalFeel.sum(ReportFormKeys.row(indicatorCode));
    }

    /** Each warning rule's explanation box, under the rule it explains; shown as the layout's {@code explain} says. */
    private void addExplanations(List<FormComponent> components, String heading, String label) {
        if (warningRules.isEmpty()) {
            return;
        }
        String none = warningRules.stream()
                .map(rule -> layout("explain") + "." + ReportFormKeys.explanationEntry(warningRules.indexOf(rule) + 1)
                        + " = null").collect(Collectors.joining(" and "));
        components.add(text("Text_ExplanationsTitle", heading).hiddenWhen(none));
        for (int k = 1; k <= warningRules.size(); k++) {
            ValidationRule rule = warningRules.get(k - 1);
            String entry = ReportFormKeys.explanationEntry(k);
            String explain = layout("explain") + "." + entry;
            components.add(text("Text_Warning_" + entry, "**Quy tắc " + rule.id() + ":** " + rule.description()
                    + "\n\n{{" + explain + "}}").hiddenWhen(explain + " = null"));
            components.add(textArea("Field_Explanation_" + entry, ReportFormKeys.EXPLANATIONS + "." + entry,
                    label + " (quy tắc " + rule.id() + ")")
                    .validated(new FormComponent.Validate(null, 4000)).hiddenWhen(explain + " = null"));
        }
    }

    private void addSections(List<FormComponent> components, boolean readonly, boolean withUnitTexts) {
        components.add(text("Text_SectionsTitle", "##### Nội dung báo cáo theo đề cương"));
        Map<String, OutlineSection> byCode = form.template().outline().stream()
                .collect(Collectors.toMap(OutlineSection::code, Function.identity()));
        // a heading once: coming back to a parent after its sub-items (3.1 … 3.3, then 4) repeats nothing
        Set<String> shownParents = new HashSet<>();
        List<OutlineSection> sections = form.textSections();
        for (int s = 1; s <= sections.size(); s++) {
            OutlineSection section = sections.get(s - 1);
            String entry = ReportFormKeys.sectionEntry(s);
            if (section.parent() != null && shownParents.add(section.parent())) {
                String heading = sectionPath(byCode, section.parent());
                if (heading != null) {
                    components.add(text("Text_Heading_" + entry, "**" + heading + "**"));
                }
            }
            FormComponent textarea = textArea("Field_Section_" + entry, ReportFormKeys.SECTIONS + "." + entry,
                    section.heading());
            components.add(readonly ? textarea.readOnly() : textarea);
            if (!readonly && !section.guidance().isEmpty()) {
                components.add(text("Text_Hints_" + entry, "*Gợi ý:*\n\n" + String.join("\n", section.guidance())));
            }
            if (withUnitTexts) {
                components.add(textArea("Field_UnitTexts_" + entry, ReportFormKeys.UNIT_TEXTS + "." + entry,
                        "Nội dung các đơn vị đã viết cho mục này").readOnly());
            }
        }
    }

    private static void addCoverage(List<FormComponent> components) {
        components.add(text("Text_Coverage", "[Tải báo cáo của tỉnh (Word), theo bản nháp đã lưu]({{"
                + layout("provinceReportUrl") + "}}) · [Tải bảng tổng hợp và bảng của từng đơn vị (Excel)]({{"
                + layout("aggregateUrl") + "}})\n\n{{" + layout("coverage") + "}}"));
    }

    /** Keep as a draft (the same form comes back) or submit. */
    private static FormComponent action(String key, String submitLabel) {
        return radio("Field_Action", key, "Thực hiện", List.of(
                new FormComponent.Choice("Lưu nháp (làm tiếp sau)", ProcessVariables.ACTION_DRAFT),
                new FormComponent.Choice(submitLabel, ProcessVariables.ACTION_SUBMIT)));
    }

    /** Accept, or return with a comment saying what to fix. */
    private static List<FormComponent> decision(String key, String commentKey, String acceptLabel) {
        return List.of(
                radio("Field_Decision", key, "Quyết định", List.of(
                        new FormComponent.Choice(acceptLabel, Decision.ACCEPT.name()),
                        new FormComponent.Choice("Trả lại để sửa", Decision.RETURN.name()))),
                textArea("Field_Comment", commentKey, "Ý kiến (cần sửa gì)")
                        .validated(new FormComponent.Validate(true, 4000))
                        .hiddenWhen(key + " != \"" + Decision.RETURN.name() + "\""));
    }

    static String layout(String field) {
        return ReportFormKeys.LAYOUT + "." + field;
    }

    /** A group's heading with its parents': "3. Tổ chức HN NLĐ, đối thoại — 3.1. Hội nghị người lao động". */
    public static String groupPath(Map<String, IndicatorGroup> groups, IndicatorGroup group) {
        List<String> path = new ArrayList<>();
        for (IndicatorGroup g = group; g != null; g = g.parent() == null ? null : groups.get(g.parent())) {
            path.add(0, g.number() + ". " + g.title());
        }
        return String.join(" — ", path);
    }

    /** An outline section's heading with its parents'; null for none. */
    public static String sectionPath(Map<String, OutlineSection> sections, String parentCode) {
        List<String> path = new ArrayList<>();
        for (OutlineSection s = sections.get(parentCode); s != null; s = s.parent() == null ? null : sections.get(s.parent())) {
            path.add(0, s.heading());
        }
        return path.isEmpty() ? null : String.join(" — ", path);
    }
}
