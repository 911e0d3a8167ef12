package vn.congdoan.baocao.process;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.process.forms.ReportFormKeys;
import vn.congdoan.baocao.province.ProvinceReportView;
import vn.congdoan.baocao.report.AggregateView;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.spreadsheet.TableLinks;
import vn.congdoan.baocao.template.ValidationRule;

/**
 * The fields of the provincial report forms: the aggregate table, read-only; the section fields
 * hold the province's texts, and beside each the accepted units' texts. Tasks of the static forms of
 * earlier releases ({@link LegacyReportForms}) get the unit form's grid instead of the table.
 */
final class ProvinceReportForm {

    private ProvinceReportForm() {
    }

    /** The read-only field of the units' texts of section k: a path into a Json variable, as the sections. */
    static String unitTextsKey(int section) {
        return ProcessVariables.FORM_UNIT_TEXTS + "." + UnitReportForm.sectionEntry(section);
    }

    /** The aggregated figures by indicator and period. */
    static Map<String, Map<String, Long>> values(ProvinceReportView report) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        for (AggregateView.Row row : report.aggregate().rows()) {
            values.put(row.indicator(), row.values());
        }
        return values;
    }

    /** The accepted units' texts, by section, as one Json variable. */
    static TypedValue unitTexts(ReportForm form, ProvinceReportView report) {
        return UnitReportForm.textsValue(form.textSections().stream().map(section -> {
            Map<String, String> byUnit = report.unitTexts().getOrDefault(section.code(), Map.of());
            return byUnit.isEmpty() ? "(Không đơn vị nào viết mục này.)"
                    : byUnit.entrySet().stream().map(e -> "— " + e.getKey() + " —\n" + e.getValue().strip())
                    .collect(Collectors.joining("\n\n"));
        }).toList());
    }

    static TypedValue sections(ReportForm form, ProvinceReportView report) {
        return UnitReportForm.textsValue(form.textSections().stream()
                .map(section -> report.sections().getOrDefault(section.code(), "")).toList());
    }

    /** The province's explanations, by warning rule in the template's order, as one Json variable. */
    static TypedValue explanations(ReportForm form, ProvinceReportView report) {
        return UnitReportForm.explanationsValue(UnitReportForm.warningRules(form).stream()
                .map(rule -> report.explanations().getOrDefault(rule.id(), "")).toList());
    }

    /**
     * By warning rule, what its box says: the warnings of the sums under it, or that there are none. Every box
     * is shown: the national rules may ask for an explanation the province's own do not raise (V12 against the
     * national federation's earlier cycle).
     */
    static Map<String, String> explain(ReportForm form, ProvinceReportView report) {
        Map<String, String> explain = new LinkedHashMap<>();
        List<ValidationRule> rules = UnitReportForm.warningRules(form);
        for (int k = 1; k <= rules.size(); k++) {
            List<String> warnings = UnitReportForm.warnings(rules.get(k - 1), report.aggregate().violations());
            explain.put(ReportFormKeys.explanationEntry(k), warnings.isEmpty()
                    ? "Số liệu tổng hợp không có cảnh báo theo quy tắc này; chỉ ghi khi Tổng Liên đoàn yêu cầu giải trình."
                    : "Cảnh báo của số liệu tổng hợp:\n" + warnings.stream().map(w -> "- " + w)
                    .collect(Collectors.joining("\n")));
        }
        return explain;
    }

    /** The explanations for leadership to read before approving; null for none. */
    static String explained(ReportForm form, ProvinceReportView report) {
        String lines = UnitReportForm.warningRules(form).stream()
                .filter(rule -> !report.explanations().getOrDefault(rule.id(), "").isBlank())
                .map(rule -> "- Quy tắc " + rule.id() + ": " + report.explanations().get(rule.id()).strip()
                        .replace("\n", " "))
                .collect(Collectors.joining("\n"));
        return lines.isEmpty() ? null : lines;
    }

    /** The static form's fields: its grid holds the aggregate. */
    static Map<String, Object> legacyFields(ReportForm form, ProvinceReportView report) {
        Map<String, Object> fields = UnitReportForm.fields(form, new ReportContent(values(report), report.sections(),
                Map.of()));
        fields.put(ProcessVariables.FORM_UNIT_TEXTS, unitTexts(form, report));
        return fields;
    }

    /** Which units the table covers and which are missing, and what the template's rules say of the sums. */
    static String coverage(AggregateView aggregate) {
        String missing = aggregate.missingUnits().isEmpty() ? "không có"
                : aggregate.missingUnits().stream().map(AggregateView.UnitRef::name).collect(Collectors.joining(", "));
        String checks = aggregate.violations().isEmpty() ? ""
                : "\n\nKiểm tra số liệu tổng hợp theo các quy tắc của mẫu báo cáo:\n"
                + aggregate.violations().stream().map(v -> "- " + v.message()).collect(Collectors.joining("\n"));
        return "Số liệu tổng hợp từ " + aggregate.acceptedUnits().size()
                + " đơn vị có báo cáo được chấp nhận. Đơn vị còn thiếu báo cáo (không tính vào số liệu): "
                + missing + "." + checks;
    }

    /** The static form's layout, with the line on coverage. */
    static String legacyLayout(ReportForm form, String title, ProvinceReportView report, List<Violation> violations,
                               String returnComment) {
        ObjectNode layout = UnitReportForm.layout(form, title, violations, returnComment, List.of(), Map.of());
        layout.put("coverage", coverage(report.aggregate()));
        layout.put("aggregateUrl", TableLinks.aggregate(report.aggregate().cycle()));
        layout.put("provinceReportUrl", Documents.provinceReportLink(report.aggregate().cycle()));
        return layout.toString();
    }
}
