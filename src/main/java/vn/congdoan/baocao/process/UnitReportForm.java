package vn.congdoan.baocao.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.cycle.FieldViolation;
import vn.congdoan.baocao.report.ReportBody;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.IndicatorGroup;
import vn.congdoan.baocao.template.OutlineSection;

/**
 * The fields of the unit report forms (forms/unit-report.form, forms/review-report.form): one static
 * form serves every template and cycle. Row i of the template's indicators and period j of the
 * cycle are the number field {@code v_rII_pJ}; text section k is {@code t_sKK}; the labels come from
 * the task's JSON variable {@code reportLayout}, and rows, columns and sections beyond the cycle's
 * are hidden.
 */
final class UnitReportForm {

    static final int MAX_ROWS = 24;
    static final int MAX_PERIODS = 6;
    static final int MAX_SECTIONS = 16;
    static final String LAYOUT = "reportLayout";

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnitReportForm() {
    }

    static String valueKey(int row, int period) {
        return String.format("v_r%02d_p%d", row, period);
    }

    static String sectionKey(int section) {
        return String.format("t_s%02d", section);
    }

    /** What of the template and cycle does not fit the static form, by field of the cycle's parameters. */
    static List<FieldViolation> overLimits(ReportForm form) {
        List<FieldViolation> violations = new ArrayList<>();
        if (form.periods().size() > MAX_PERIODS) {
            violations.add(new FieldViolation("periods", "Biểu mẫu nhập liệu có tối đa " + MAX_PERIODS
                    + " kỳ số liệu; đợt báo cáo này có " + form.periods().size() + " kỳ."));
        }
        if (form.indicators().size() > MAX_ROWS) {
            violations.add(new FieldViolation("template", "Biểu mẫu nhập liệu có tối đa " + MAX_ROWS
                    + " chỉ tiêu; mẫu báo cáo «" + form.template().code() + "» có " + form.indicators().size() + "."));
        }
        if (form.textSections().size() > MAX_SECTIONS) {
            violations.add(new FieldViolation("template", "Biểu mẫu nhập liệu có tối đa " + MAX_SECTIONS
                    + " mục nội dung; mẫu báo cáo «" + form.template().code() + "» có " + form.textSections().size() + "."));
        }
        return violations;
    }

    /** Whether the template and cycle fit the static form. */
    static void checkFits(ReportForm form) {
        if (form.indicators().size() > MAX_ROWS || form.periods().size() > MAX_PERIODS
                || form.textSections().size() > MAX_SECTIONS) {
            throw new IllegalStateException("The report form holds at most " + MAX_ROWS + " indicators, "
                    + MAX_PERIODS + " periods and " + MAX_SECTIONS + " sections");
        }
    }

    /** The field values that show the stored report in the form. */
    static Map<String, Object> fields(ReportForm form, ReportContent content) {
        checkFits(form);
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Indicator> indicators = form.indicators();
        for (int r = 0; r < indicators.size(); r++) {
            for (int p = 0; p < form.periods().size(); p++) {
                Long value = content.value(indicators.get(r).code(), form.periods().get(p).code());
                // sums of the province table may pass the int range
                fields.put(valueKey(r + 1, p + 1), value == null ? null
                        : value <= Integer.MAX_VALUE ? (Object) value.intValue() : value);
            }
        }
        List<OutlineSection> sections = form.textSections();
        for (int s = 0; s < sections.size(); s++) {
            fields.put(sectionKey(s + 1), content.sections().getOrDefault(sections.get(s).code(), ""));
        }
        return fields;
    }

    /** The report as the form submitted it. */
    static ReportBody read(ReportForm form, Map<String, Object> variables) {
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        List<Indicator> indicators = form.indicators();
        for (int r = 0; r < indicators.size(); r++) {
            if (indicators.get(r).copyOf() != null) {
                continue;
            }
            Map<String, Object> periods = new HashMap<>();
            for (int p = 0; p < form.periods().size(); p++) {
                periods.put(form.periods().get(p).code(), variables.get(valueKey(r + 1, p + 1)));
            }
            values.put(indicators.get(r).code(), periods);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        List<OutlineSection> textSections = form.textSections();
        for (int s = 0; s < textSections.size(); s++) {
            Object text = variables.get(sectionKey(s + 1));
            sections.put(textSections.get(s).code(), text == null ? "" : text.toString());
        }
        return new ReportBody(values, sections, Map.of());
    }

    /** Labels, units and headings of the form, the violations of a refused submission, the last return comment. */
    static String layout(ReportForm form, List<Violation> violations, String returnComment) {
        ObjectNode layout = JSON.createObjectNode();
        ArrayNode periods = layout.putArray("periods");
        form.periods().stream().map(Period::label).forEach(periods::add);
        Map<String, IndicatorGroup> groups = form.template().groups().stream()
                .collect(Collectors.toMap(IndicatorGroup::number, g -> g));
        ArrayNode rows = layout.putArray("rows");
        String previousGroup = null;
        for (Indicator indicator : form.indicators()) {
            ObjectNode row = rows.addObject();
            row.put("code", indicator.code());
            row.put("label", indicator.label() + (indicator.copyOf() == null ? "" : " (tự động lấy bằng "
                    + indicator.copyOf() + ")"));
            row.put("unit", indicator.unit());
            row.put("copy", indicator.copyOf() != null);
            row.put("total", indicator.total().name());
            row.put("heading", Objects.equals(previousGroup, indicator.group()) ? null
                    : groupHeading(groups, groups.get(indicator.group())));
            previousGroup = indicator.group();
        }
        ArrayNode sections = layout.putArray("sections");
        Map<String, OutlineSection> byCode = form.template().outline().stream()
                .collect(Collectors.toMap(OutlineSection::code, s -> s));
        String previousParent = null;
        for (OutlineSection section : form.textSections()) {
            ObjectNode node = sections.addObject();
            node.put("code", section.code());
            node.put("title", section.number() + " " + section.title());
            node.put("hints", section.hints().isEmpty() ? null
                    : section.hints().stream().map(h -> "- " + h).collect(Collectors.joining("\n")));
            node.put("heading", Objects.equals(previousParent, section.parent()) ? null
                    : sectionHeading(byCode, section.parent()));
            previousParent = section.parent();
        }
        layout.put("violations", violations.isEmpty() ? null : listed(form, violations));
        layout.put("returnComment", returnComment);
        return layout.toString();
    }

    /** One line per violation, but one line per row for blank cells: a table left empty is 22 lines, not 110. */
    private static String listed(ReportForm form, List<Violation> violations) {
        Map<String, Indicator> indicators = form.indicatorsByCode();
        Map<String, List<String>> blanks = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Violation violation : violations) {
            if ("BLANK".equals(violation.rule()) && indicators.containsKey(violation.indicator())) {
                if (!blanks.containsKey(violation.indicator())) {
                    lines.add("BLANK:" + violation.indicator());
                }
                blanks.computeIfAbsent(violation.indicator(), k -> new ArrayList<>())
                        .add(form.periodLabel(violation.period()));
            } else {
                lines.add(violation.message());
            }
        }
        return lines.stream()
                .map(line -> line.startsWith("BLANK:")
                        ? ReportForm.row(indicators.get(line.substring(6))) + " chưa nhập số liệu: "
                                + String.join(", ", blanks.get(line.substring(6))) + "."
                        : line)
                .map(line -> "- " + line)
                .collect(Collectors.joining("\n"));
    }

    private static String groupHeading(Map<String, IndicatorGroup> groups, IndicatorGroup group) {
        List<String> path = new ArrayList<>();
        for (IndicatorGroup g = group; g != null; g = g.parent() == null ? null : groups.get(g.parent())) {
            path.add(0, g.number() + ". " + g.title());
        }
        return String.join(" — ", path);
    }

    private static String sectionHeading(Map<String, OutlineSection> sections, String parentCode) {
        List<String> path = new ArrayList<>();
        for (OutlineSection s = sections.get(parentCode); s != null; s = s.parent() == null ? null : sections.get(s.parent())) {
            path.add(0, s.number() + " " + s.title());
        }
        return path.isEmpty() ? null : String.join(" — ", path);
    }
}
