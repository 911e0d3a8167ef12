package vn.congdoan.baocao.process;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdoan.baocao.document.Documents;
import vn.congdoan.baocao.province.ProvinceReportView;
import vn.congdoan.baocao.report.AggregateView;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.spreadsheet.TableLinks;
import vn.congdoan.baocao.template.OutlineSection;

/**
 * The fields of the provincial report forms (forms/province-report.form,
 * forms/approve-province-report.form): the unit form's grid, read-only, holds the aggregate; the
 * section fields hold the province's texts, and beside each the accepted units' texts.
 */
final class ProvinceReportForm {

    private ProvinceReportForm() {
    }

    /** The read-only field of the units' texts of section k: a path into a Json variable, as the sections. */
    static String unitTextsKey(int section) {
        return ProcessVariables.FORM_UNIT_TEXTS + "." + UnitReportForm.sectionEntry(section);
    }

    static Map<String, Object> fields(ReportForm form, ProvinceReportView report) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        for (AggregateView.Row row : report.aggregate().rows()) {
            values.put(row.indicator(), row.values());
        }
        Map<String, Object> fields = UnitReportForm.fields(form, new ReportContent(values, report.sections(), Map.of()));
        List<String> unitTexts = form.textSections().stream().map(section -> {
            Map<String, String> byUnit = report.unitTexts().getOrDefault(section.code(), Map.of());
            return byUnit.isEmpty() ? "(Không đơn vị nào viết mục này.)"
                    : byUnit.entrySet().stream().map(e -> "— " + e.getKey() + " —\n" + e.getValue().strip())
                    .collect(Collectors.joining("\n\n"));
        }).toList();
        fields.put(ProcessVariables.FORM_UNIT_TEXTS, UnitReportForm.textsValue(unitTexts));
        return fields;
    }


    /** The unit form's layout, with a line on which units the table covers and which are missing. */
    static String layout(ReportForm form, String title, ProvinceReportView report, List<Violation> violations,
                         String returnComment) {
        ObjectNode layout = UnitReportForm.layout(form, title, violations, returnComment, List.of(), Map.of());
        AggregateView aggregate = report.aggregate();
        String missing = aggregate.missingUnits().isEmpty() ? "không có"
                : aggregate.missingUnits().stream().map(AggregateView.UnitRef::name).collect(Collectors.joining(", "));
        String checks = aggregate.violations().isEmpty() ? ""
                : "\n\nKiểm tra số liệu tổng hợp theo các quy tắc của mẫu báo cáo:\n"
                + aggregate.violations().stream().map(v -> "- " + v.message()).collect(Collectors.joining("\n"));
        layout.put("coverage", "Số liệu tổng hợp từ " + aggregate.acceptedUnits().size()
                + " đơn vị có báo cáo được chấp nhận. Đơn vị còn thiếu báo cáo (không tính vào số liệu): "
                + missing + "." + checks);
        layout.put("aggregateUrl", TableLinks.aggregate(aggregate.cycle()));
        layout.put("provinceReportUrl", Documents.provinceReportLink(aggregate.cycle()));
        return layout.toString();
    }
}
