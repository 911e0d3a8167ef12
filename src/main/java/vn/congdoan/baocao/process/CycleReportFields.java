package vn.congdoan.baocao.process;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.document.DocumentNumbers;
import vn.congdoan.baocao.process.forms.FormComponent;
import vn.congdoan.baocao.process.forms.ReportFormGenerator;
import vn.congdoan.baocao.process.forms.ReportFormKeys;
import vn.congdoan.baocao.process.forms.ReportLayout;
import vn.congdoan.baocao.report.Aggregation;
import vn.congdoan.baocao.report.EarlierFigures;
import vn.congdoan.baocao.report.ReportBody;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.ValidationRule;

/**
 * The variables of a cycle's generated report forms: the figures as one Json value
 * ({@code values.<indicator>.p<period>}), the texts and explanations as one each, the read-only table
 * as rows the server formats, and the {@link ReportLayout}. The report itself stays in our tables; a
 * task holds these few values only while it is open.
 */
final class CycleReportFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 1.234.567 as Vietnamese write a figure: dots between thousands. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private CycleReportFields() {
    }

    /** The unit form's fields showing the stored report: figures, texts, explanations. */
    static Map<String, Object> unitFields(ReportForm form, ReportContent content) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(ReportFormKeys.VALUES, values(form, content.values()));
        fields.put(ReportFormKeys.SECTIONS, UnitReportForm.textsValue(form.textSections().stream()
                .map(section -> content.sections().getOrDefault(section.code(), "")).toList()));
        fields.put(ReportFormKeys.EXPLANATIONS, UnitReportForm.explanationsValue(ReportFormGenerator.warningRules(form)
                .stream().map(rule -> content.explanations().getOrDefault(rule.id(), "")).toList()));
        return fields;
    }

    /** The figures the unit types, by indicator and period entry; copied rows are read from their source. */
    static TypedValue values(ReportForm form, Map<String, Map<String, Long>> values) {
        ObjectNode root = JSON.createObjectNode();
        for (Indicator indicator : form.enteredIndicators()) {
            ObjectNode row = root.putObject(indicator.code());
            Map<String, Long> stored = values.getOrDefault(indicator.code(), Map.of());
            for (Period period : form.periods()) {
                Long value = stored.get(period.code());
                if (value == null) {
                    row.putNull(ReportFormKeys.periodEntry(period.code()));
                } else {
                    row.put(ReportFormKeys.periodEntry(period.code()), value);
                }
            }
        }
        return SpinValues.jsonValue(root.toString()).create();
    }

    /**
     * The report as the unit form submitted it. Each figure goes to the server's checks as sent (a
     * grouped 1.234.567 as its digits); an indicator or period the cycle does not have is refused there
     * by name.
     */
    static ReportBody read(ReportForm form, Map<String, Object> variables) {
        JsonNode root = json(variables.get(ReportFormKeys.VALUES));
        if (!root.isObject() && !root.isNull() && !root.isMissingNode()) {
            throw new BadRequestException("Bảng số liệu gửi lên không đúng dạng (cần các dòng chỉ tiêu, mỗi dòng các kỳ "
                    + "số liệu). Không có gì được lưu.");
        }
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> rows = root.fields(); rows.hasNext(); ) {
            Map.Entry<String, JsonNode> row = rows.next();
            Indicator indicator = form.indicatorsByCode().get(row.getKey());
            if (indicator != null && indicator.copyOf() != null) {
                continue;
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            if (row.getValue().isObject()) {
                row.getValue().fields().forEachRemaining(cell -> cells.put(periodCode(cell.getKey()), figure(cell.getValue())));
            } else if (!row.getValue().isNull()) {
                cells.put("", figure(row.getValue()));
            }
            values.put(row.getKey(), cells);
        }
        return new ReportBody(values, UnitReportForm.sections(form, variables), explanations(form, variables));
    }

    /** The explanations the form submitted, by warning rule id; blank boxes left out. */
    static Map<String, String> explanations(ReportForm form, Map<String, Object> variables) {
        List<ValidationRule> warningRules = ReportFormGenerator.warningRules(form);
        List<String> explained = UnitReportForm.explanations(variables.get(ReportFormKeys.EXPLANATIONS), warningRules.size());
        Map<String, String> explanations = new LinkedHashMap<>();
        for (int k = 0; k < warningRules.size(); k++) {
            if (!explained.get(k).isBlank()) {
                explanations.put(warningRules.get(k).id(), explained.get(k));
            }
        }
        return explanations;
    }

    /** The read-only table: a row per indicator (a group's heading as a row of its own), figures as 1.234.567. */
    static TypedValue table(ReportForm form, Map<String, Map<String, Long>> values) {
        return table(form, values, null);
    }

    /** As {@link #table(ReportForm, Map)}, each row with the unit's figure of the earlier cycle when there is one. */
    static TypedValue table(ReportForm form, Map<String, Map<String, Long>> values, EarlierFigures earlier) {
        ArrayNode rows = JSON.createArrayNode();
        List<String> headings = ReportFormGenerator.groupHeadings(form);
        List<Indicator> indicators = form.indicators();
        for (int r = 0; r < indicators.size(); r++) {
            Indicator indicator = indicators.get(r);
            if (headings.get(r) != null) {
                rows.addObject().put("label", headings.get(r).toUpperCase(java.util.Locale.forLanguageTag("vi")));
            }
            ObjectNode row = rows.addObject();
            row.put("label", ReportFormGenerator.rowLabel(form, indicator));
            if (earlier != null) {
                row.put(ReportFormKeys.TABLE_EARLIER, DocumentNumbers.format(earlier.latest(indicator.code())));
            }
            Map<String, Long> stored = values.getOrDefault(indicator.code(), Map.of());
            Map<String, Long> ordered = new LinkedHashMap<>();
            for (Period period : form.periods()) {
                Long value = stored.get(period.code());
                ordered.put(period.code(), value);
                row.put(ReportFormKeys.periodEntry(period.code()), DocumentNumbers.format(value));
            }
            row.put("total", DocumentNumbers.format(Aggregation.total(indicator.total(), ordered)));
        }
        return SpinValues.jsonValue(rows.toString()).create();
    }

    /** The unit's figures of the earlier cycle as its forms show them; null when it has none. */
    static ReportLayout.EarlierColumn earlierColumn(ReportForm form, EarlierFigures earlier) {
        if (earlier == null) {
            return null;
        }
        Map<String, String> rows = new LinkedHashMap<>();
        form.indicators().forEach(indicator -> rows.put(indicator.code(),
                DocumentNumbers.format(earlier.latest(indicator.code()))));
        return new ReportLayout.EarlierColumn(earlier.period().label(), earlier.caption(), rows);
    }

    /**
     * The reviewer's table's columns, which its form reads from the layout: with the earlier figures when there
     * are, else the form's own (without them the table would have no column and show nothing).
     */
    static List<FormComponent.Column> tableColumns(ReportForm form, EarlierFigures earlier) {
        return earlier == null ? ReportFormGenerator.tableColumns(form)
                : ReportFormGenerator.tableColumnsWithEarlier(form, earlier.period().label());
    }

    static TypedValue layout(ReportLayout layout) {
        return SpinValues.jsonValue(JSON.valueToTree(layout).toString()).create();
    }

    private static String periodCode(String entry) {
        return entry.startsWith("p") ? entry.substring(1) : entry;
    }

    private static Object figure(JsonNode cell) {
        if (cell.isNull() || cell.isMissingNode()) {
            return null;
        }
        if (cell.isIntegralNumber() && cell.canConvertToLong()) {
            return cell.longValue();
        }
        if (cell.isNumber()) {
            return cell.decimalValue();
        }
        String text = cell.isTextual() ? cell.textValue().strip() : cell.toString();
        return GROUPED.matcher(text).matches() ? text.replace(".", "") : text;
    }

    static JsonNode json(Object variable) {
        return JsonVariables.read(variable);
    }
}
