package vn.congdoan.baocao.process;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes forms/unit-report.form and forms/review-report.form: one static Camunda Form for every
 * template and cycle (see {@link UnitReportForm}), too regular to keep by hand. {@link ReportFormsTest}
 * checks that the files are what this produces.
 */
final class ReportFormsGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportFormsGenerator() {
    }

    static ObjectNode unitReportForm() {
        ObjectNode form = form(ProcessIds.FORM_UNIT_REPORT);
        ArrayNode components = form.putArray("components");
        components.add(text("Text_Heading", "#### Báo cáo của đơn vị\n"
                + "Nhập số liệu và nội dung theo đề cương. Chọn **Lưu nháp** để lưu lên máy chủ và làm tiếp sau, "
                + "hoặc **Nộp báo cáo** khi đã đủ. Bấm **Complete** để thực hiện."));
        components.add(text("Text_Title", "**{{reportLayout.title}}**"));
        components.add(hiddenUnless(text("Text_ReturnComment",
                "**Ban CSPL & QHLĐ đã trả lại báo cáo với ý kiến:**\n\n{{reportLayout.returnComment}}"),
                "reportLayout.returnComment = null"));
        components.add(hiddenUnless(text("Text_Violations",
                "**Báo cáo chưa nộp được** (số liệu và nội dung đã được lưu thành bản nháp):\n\n{{reportLayout.violations}}"),
                "reportLayout.violations = null"));
        components.add(text("Text_Excel", "**Bảng số liệu bằng Excel:** [tải bảng về để điền]({{reportLayout.tableUrl}})"
                // a new tab, so that what is typed in this form stays
                + " · <a href=\"{{reportLayout.uploadUrl}}\" target=\"_blank\" rel=\"noopener\">tải bảng đã điền lên</a>"
                + " (trang mới). Sau khi tải lên, tải lại trang này (F5) để thấy số liệu mới."
                + " Bản in: [báo cáo (Word)]({{reportLayout.reportUrl}}) theo bản nháp đã lưu."
                + " Kế hoạch của tỉnh: [tải về (Word)]({{reportLayout.planUrl}})."));
        for (int k = 1; k <= UnitReportForm.MAX_WARNING_RULES; k++) {
            String key = UnitReportForm.explanationKey(k);
            ObjectNode explanation = field("Field_" + key, key, "textarea", "=reportLayout.explain[" + k + "]");
            explanation.putObject("validate").put("maxLength", 4000);
            components.add(hiddenUnless(explanation, "reportLayout.explain[" + k + "] = null"));
        }
        addGrid(components, false);
        addSections(components, false, false);
        ObjectNode version = field("Field_DraftVersion", ProcessVariables.DRAFT_VERSION, "number",
                "Phiên bản bản nháp (tự động; nếu bản nháp đổi sau khi mở biểu mẫu, hệ thống báo để tải lại trang)");
        version.put("readonly", true);
        components.add(version);
        addAction(components, ProcessVariables.REPORT_ACTION, "Nộp báo cáo");
        return form;
    }

    static ObjectNode reviewReportForm() {
        ObjectNode form = form(ProcessIds.FORM_REVIEW_REPORT);
        ArrayNode components = form.putArray("components");
        components.add(text("Text_Heading", "#### Xem xét báo cáo của đơn vị\n"
                + "Chấp nhận, hoặc trả lại kèm ý kiến nêu rõ cần sửa gì."));
        components.add(text("Text_Title", "**{{reportLayout.title}}**"));
        components.add(text("Text_Excel", "[Tải bảng số liệu của đơn vị (Excel)]({{reportLayout.tableUrl}})"
                + " · [Tải báo cáo của đơn vị (Word)]({{reportLayout.reportUrl}})"));
        components.add(hiddenUnless(text("Text_Warnings", "**Cảnh báo về số liệu và giải trình của đơn vị:**\n\n"
                + "{{reportLayout.warnings}}"), "reportLayout.warnings = null"));
        addGrid(components, true);
        addSections(components, true, false);
        addDecision(components, ProcessVariables.REPORT_DECISION, ProcessVariables.REPORT_COMMENT, "Chấp nhận báo cáo");
        return form;
    }

    static ObjectNode provinceReportForm() {
        ObjectNode form = form(ProcessIds.FORM_PROVINCE_REPORT);
        ArrayNode components = form.putArray("components");
        components.add(text("Text_Heading", "#### Dự thảo báo cáo của tỉnh\n"
                + "Viết từng mục theo đề cương; bên dưới mỗi mục là nội dung các đơn vị đã viết. Bảng số liệu là số "
                + "tổng hợp, không sửa. Chọn **Lưu nháp** hoặc **Trình Thường trực duyệt**, rồi bấm **Complete**."));
        components.add(text("Text_Title", "**{{reportLayout.title}}**"));
        addCoverageAndMessages(components, "Thường trực đã trả lại báo cáo với ý kiến:");
        addGrid(components, true);
        addSections(components, false, true);
        addAction(components, ProcessVariables.PROVINCE_ACTION, "Trình Thường trực duyệt");
        return form;
    }

    static ObjectNode approveProvinceReportForm() {
        ObjectNode form = form(ProcessIds.FORM_APPROVE_PROVINCE_REPORT);
        ArrayNode components = form.putArray("components");
        components.add(text("Text_Heading", "#### Duyệt báo cáo của tỉnh\n"
                + "Duyệt để gửi Tổng Liên đoàn, hoặc trả lại kèm ý kiến nêu rõ cần sửa gì."));
        components.add(text("Text_Title", "**{{reportLayout.title}}**"));
        addCoverageAndMessages(components, null);
        addGrid(components, true);
        addSections(components, true, false);
        addDecision(components, ProcessVariables.PROVINCE_DECISION, ProcessVariables.PROVINCE_COMMENT, "Duyệt báo cáo");
        return form;
    }

    /** Keep as a draft (the same form comes back) or submit. */
    private static void addAction(ArrayNode components, String key, String submitLabel) {
        ObjectNode action = field("Field_Action", key, "radio", "Thực hiện");
        action.putObject("validate").put("required", true);
        ArrayNode values = action.putArray("values");
        values.addObject().put("label", "Lưu nháp (làm tiếp sau)").put("value", ProcessVariables.ACTION_DRAFT);
        values.addObject().put("label", submitLabel).put("value", ProcessVariables.ACTION_SUBMIT);
        components.add(action);
    }

    /** Accept, or return with a comment saying what to fix. */
    private static void addDecision(ArrayNode components, String key, String commentKey, String acceptLabel) {
        ObjectNode decision = field("Field_Decision", key, "radio", "Quyết định");
        decision.putObject("validate").put("required", true);
        ArrayNode values = decision.putArray("values");
        values.addObject().put("label", acceptLabel).put("value", "ACCEPT");
        values.addObject().put("label", "Trả lại để sửa").put("value", "RETURN");
        components.add(decision);
        ObjectNode comment = field("Field_Comment", commentKey, "textarea", "Ý kiến (cần sửa gì)");
        comment.putObject("validate").put("required", true).put("maxLength", 4000);
        components.add(hiddenUnless(comment, key + " != \"RETURN\""));
    }

    private static void addCoverageAndMessages(ArrayNode components, String returnHeading) {
        components.add(text("Text_Coverage", "[Tải báo cáo của tỉnh (Word), theo bản nháp đã lưu]"
                + "({{reportLayout.provinceReportUrl}}) · [Tải bảng tổng hợp và bảng của từng đơn vị (Excel)]"
                + "({{reportLayout.aggregateUrl}})\n\n{{reportLayout.coverage}}"));
        if (returnHeading != null) {
            components.add(hiddenUnless(text("Text_ReturnComment",
                    "**" + returnHeading + "**\n\n{{reportLayout.returnComment}}"), "reportLayout.returnComment = null"));
            components.add(hiddenUnless(text("Text_Violations",
                    "**Chưa trình được** (nội dung đã được lưu thành bản nháp):\n\n{{reportLayout.violations}}"),
                    "reportLayout.violations = null"));
        }
    }

    private static void addGrid(ArrayNode components, boolean readonly) {
        components.add(text("Text_TableTitle", "##### Bảng số liệu"));
        String headerRow = "Row_Header";
        components.add(inRow(text("Text_Header_Label", "**Nội dung chỉ tiêu** (đơn vị tính)"), headerRow, 5));
        for (int p = 1; p <= UnitReportForm.MAX_PERIODS; p++) {
            components.add(inRow(hiddenUnless(text("Text_Header_P" + p, "**{{reportLayout.periods[" + p + "]}}**"),
                    "count(reportLayout.periods) < " + p), headerRow, null));
        }
        components.add(inRow(text("Text_Header_Total", "**Tổng số**"), headerRow, 2));
        for (int r = 1; r <= UnitReportForm.MAX_ROWS; r++) {
            String row = "reportLayout.rows[" + r + "]";
            String absent = "count(reportLayout.rows) < " + r;
            components.add(hiddenUnless(text(String.format("Text_R%02d_Heading", r), "**{{" + row + ".heading}}**"),
                    absent + " or " + row + ".heading = null"));
            String layoutRow = String.format("Row_R%02d", r);
            components.add(inRow(hiddenUnless(text(String.format("Text_R%02d_Label", r),
                    "{{" + row + ".label}} ({{" + row + ".unit}})"), absent), layoutRow, 5));
            for (int p = 1; p <= UnitReportForm.MAX_PERIODS; p++) {
                String key = UnitReportForm.valueKey(r, p);
                // A text field, not a number field: Tasklist's number field reports its value as a change
                // when it first shows one, and every change evaluates every condition of the form again,
                // so a filled draft took minutes to show. The server checks each figure (a whole number
                // from 0 to 999 999 999) and refuses the completion with the cell named.
                ObjectNode cell = field("Field_" + key, key, "textfield", "");
                // a FEEL readonly on hundreds of fields keeps Tasklist busy for minutes: a copied row
                // (I18) has no input in the unit's form (its label says so), and is taken from its source
                if (readonly) {
                    cell.put("readonly", true);
                }
                components.add(inRow(hiddenUnless(cell, absent + " or count(reportLayout.periods) < " + p
                        + (readonly ? "" : " or " + row + ".copy")), layoutRow, null));
            }
            if (!readonly) {
                // in place of the copied row's inputs, so that its total stays in the total column
                components.add(inRow(hiddenUnless(text(String.format("Text_R%02d_Copy", r),
                        "*Tự động, không nhập: lấy bằng số liệu của dòng nguồn.*"), absent + " or not(" + row + ".copy)"),
                        layoutRow, null));
            }
            int rowIndex = r;
            String cells = IntStream.rangeClosed(1, UnitReportForm.MAX_PERIODS)
                    .mapToObj(p -> UnitReportForm.valueKey(rowIndex, p)).collect(Collectors.joining(", "));
            // cells beyond the cycle's periods are never filled, so they count as blanks; a cell holds the
            // stored number, or the text typed in it
            String figures = "(for cell in [" + cells + "] return if cell = null or cell = \"\" then null"
                    + " else number(string(cell)))";
            String total = "=if " + row + ".total = \"LAST\" then " + figures + "[count(reportLayout.periods)]"
                    + " else sum(" + figures + "[item != null])";
            components.add(inRow(hiddenUnless(text(String.format("Text_R%02d_Total", r),
                    "{{" + total.substring(1) + "}}"), absent), layoutRow, 2));
        }
    }

    private static void addSections(ArrayNode components, boolean readonly, boolean withUnitTexts) {
        components.add(text("Text_SectionsTitle", "##### Nội dung báo cáo theo đề cương"));
        for (int s = 1; s <= UnitReportForm.MAX_SECTIONS; s++) {
            String section = "reportLayout.sections[" + s + "]";
            String absent = "count(reportLayout.sections) < " + s;
            components.add(hiddenUnless(text(String.format("Text_S%02d_Heading", s), "**{{" + section + ".heading}}**"),
                    absent + " or " + section + ".heading = null"));
            String key = UnitReportForm.sectionKey(s);
            ObjectNode textarea = field("Field_" + key, key, "textarea", "=" + section + ".title");
            if (readonly) {
                textarea.put("readonly", true);
            }
            components.add(hiddenUnless(textarea, absent));
            components.add(hiddenUnless(text(String.format("Text_S%02d_Hints", s), "{{" + section + ".hints}}"),
                    absent + " or " + section + ".hints = null"));
            if (withUnitTexts) {
                String unitKey = ProvinceReportForm.unitTextsKey(s);
                ObjectNode units = field("Field_" + unitKey, unitKey, "textarea", "Nội dung các đơn vị đã viết cho mục này");
                units.put("readonly", true);
                components.add(hiddenUnless(units, absent));
            }
        }
    }

    private static ObjectNode form(String id) {
        ObjectNode form = JSON.createObjectNode();
        form.put("id", id).put("type", "default").put("schemaVersion", 16)
                .put("executionPlatform", "Camunda Platform").put("executionPlatformVersion", "7.24.0");
        return form;
    }

    private static ObjectNode text(String id, String text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id).put("type", "text").put("text", text);
        return node;
    }

    private static ObjectNode field(String id, String key, String type, String label) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id).put("key", key).put("type", type).put("label", label);
        return node;
    }

    private static ObjectNode hiddenUnless(ObjectNode component, String hideWhen) {
        component.putObject("conditional").put("hide", "=" + hideWhen);
        return component;
    }

    private static ObjectNode inRow(ObjectNode component, String row, Integer columns) {
        ObjectNode layout = component.putObject("layout").put("row", row);
        if (columns != null) {
            layout.put("columns", columns);
        }
        return component;
    }

}
