package vn.congdoan.baocao.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.process.forms.ReportFormGenerator;
import vn.congdoan.baocao.process.forms.ReportFormKeys;
import vn.congdoan.baocao.report.ReportBody;
import vn.congdoan.baocao.report.ReportContent;
import vn.congdoan.baocao.report.ReportForm;
import vn.congdoan.baocao.report.Violation;
import vn.congdoan.baocao.system.BadRequestException;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.IndicatorGroup;
import vn.congdoan.baocao.template.OutlineSection;
import vn.congdoan.baocao.template.ValidationRule;

/**
 * The fields of the unit report forms (forms/unit-report.form, forms/review-report.form): one static
 * form serves every template and cycle. Row i of the template's indicators and period j of the
 * cycle are the text field {@code v_rII_pJ} (it holds the stored number, or what the user typed, which
 * the server reads and checks); text section k is {@code sections.sKK}, a path into the
 * Json variable {@code sections} (a String variable holds at most 4,000 characters, a section far
 * more); the labels come from the task's JSON variable {@code reportLayout}, and rows, columns and
 * sections beyond the cycle's are hidden. The explanation of the k-th WARNING rule of the template is
 * {@code explanations.wKK}, shown when that rule warns or was explained before.
 */
final class UnitReportForm {

    static final int MAX_ROWS = 24;
    static final int MAX_PERIODS = 6;
    static final int MAX_SECTIONS = 16;
    static final int MAX_WARNING_RULES = 8;
    static final String LAYOUT = ReportFormKeys.LAYOUT;

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnitReportForm() {
    }

    static String valueKey(int row, int period) {
        return String.format("v_r%02d_p%d", row, period);
    }

    /** Every cell of the static grid, whether the cycle uses it or not. */
    static Set<String> cellKeys() {
        Set<String> keys = new HashSet<>();
        for (int row = 1; row <= MAX_ROWS; row++) {
            for (int period = 1; period <= MAX_PERIODS; period++) {
                keys.add(valueKey(row, period));
            }
        }
        return Set.copyOf(keys);
    }

    /** The form field of text section k: a path into the Json variable {@link ProcessVariables#FORM_SECTIONS}. */
    static String sectionKey(int section) {
        return ProcessVariables.FORM_SECTIONS + "." + sectionEntry(section);
    }

    static String sectionEntry(int section) {
        return ReportFormKeys.sectionEntry(section);
    }

    /** The form field of the explanation of the k-th warning rule. */
    static String explanationKey(int k) {
        return ProcessVariables.FORM_EXPLANATIONS + "." + explanationEntry(k);
    }

    private static String explanationEntry(int k) {
        return ReportFormKeys.explanationEntry(k);
    }

    /** Texts by section index as one Json variable. */
    static TypedValue textsValue(List<String> texts) {
        return textsValue(texts, UnitReportForm::sectionEntry);
    }

    private static TypedValue textsValue(List<String> texts, IntFunction<String> entry) {
        ObjectNode node = JSON.createObjectNode();
        for (int s = 0; s < texts.size(); s++) {
            node.put(entry.apply(s + 1), texts.get(s));
        }
        return SpinValues.jsonValue(node.toString()).create();
    }

    /** Explanations by warning rule index as one Json variable. */
    static TypedValue explanationsValue(List<String> texts) {
        return textsValue(texts, UnitReportForm::explanationEntry);
    }

    /** Explanations by warning rule index from a Json variable as the form submitted it (blank when absent). */
    static List<String> explanations(Object variable, int count) {
        return texts(variable, count, UnitReportForm::explanationEntry);
    }

    /** Texts by section index from a Json variable as the form submitted it (blank when absent). */
    static List<String> texts(Object variable, int count) {
        return texts(variable, count, UnitReportForm::sectionEntry);
    }

    private static List<String> texts(Object variable, int count, IntFunction<String> entry) {
        JsonNode node;
        try {
            node = variable == null ? JSON.createObjectNode() : JSON.readTree(variable instanceof SerializableValue serialized
                    ? serialized.getValueSerialized() : variable.toString());
        } catch (JsonProcessingException e) {
            throw new BadRequestException("Nội dung biểu mẫu gửi lên không phải JSON. Không có gì được lưu.");
        }
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            JsonNode text = node.path(entry.apply(s + 1));
            texts.add(text.isNull() || text.isMissingNode() ? "" : text.asText());
        }
        return texts;
    }

    /** Whether the template and cycle fit the static form. */
    static void checkFits(ReportForm form) {
        if (form.periods().size() > MAX_PERIODS || form.indicators().size() > MAX_ROWS
                || warningRules(form).size() > MAX_WARNING_RULES || form.textSections().size() > MAX_SECTIONS) {
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
        fields.put(ProcessVariables.FORM_SECTIONS, textsValue(form.textSections().stream()
                .map(section -> content.sections().getOrDefault(section.code(), "")).toList()));
        fields.put(ProcessVariables.FORM_EXPLANATIONS, textsValue(warningRules(form).stream()
                .map(rule -> content.explanations().getOrDefault(rule.id(), "")).toList(), UnitReportForm::explanationEntry));
        return fields;
    }

    /** The rules whose warnings a unit explains, in the template's order: their explanation boxes. */
    static List<ValidationRule> warningRules(ReportForm form) {
        return ReportFormGenerator.warningRules(form);
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
        List<ValidationRule> warningRules = warningRules(form);
        List<String> explained = texts(variables.get(ProcessVariables.FORM_EXPLANATIONS), warningRules.size(),
                UnitReportForm::explanationEntry);
        Map<String, String> explanations = new LinkedHashMap<>();
        for (int k = 0; k < warningRules.size(); k++) {
            if (!explained.get(k).isBlank()) {
                explanations.put(warningRules.get(k).id(), explained.get(k));
            }
        }
        return new ReportBody(values, sections(form, variables), explanations);
    }

    /** The texts as the form submitted them, by section code. */
    static Map<String, String> sections(ReportForm form, Map<String, Object> variables) {
        List<OutlineSection> textSections = form.textSections();
        List<String> texts = texts(variables.get(ProcessVariables.FORM_SECTIONS), textSections.size());
        Map<String, String> sections = new LinkedHashMap<>();
        for (int s = 0; s < textSections.size(); s++) {
            sections.put(textSections.get(s).code(), texts.get(s));
        }
        return sections;
    }

    /**
     * Labels, units and headings of the form, the violations of a refused submission, the last return
     * comment, a title line saying whose report of which cycle it is, and the warnings the figures
     * raise with the unit's explanations: {@code explain[k]} labels the k-th warning rule's box (null
     * keeps it hidden), {@code warnings} lists each warning with its explanation for the reviewer. The
     * forms add their links and coverage to it.
     */
    static ObjectNode layout(ReportForm form, String title, List<Violation> violations, String returnComment,
                                 List<Violation> ruleViolations, Map<String, String> explanations) {
        ObjectNode layout = JSON.createObjectNode();
        layout.put("title", title);
        ArrayNode periods = layout.putArray("periods");
        form.periods().stream().map(Period::label).forEach(periods::add);
        Map<String, IndicatorGroup> groups = form.template().groups().stream()
                .collect(Collectors.toMap(IndicatorGroup::number, g -> g));
        ArrayNode rows = layout.putArray("rows");
        String previousGroup = null;
        for (Indicator indicator : form.indicators()) {
            ObjectNode row = rows.addObject();
            row.put("code", indicator.code());
            row.put("label", indicator.label() + (indicator.copyOf() == null ? "" : " (tự động, bằng dòng «"
                    + form.indicatorsByCode().get(indicator.copyOf()).label() + "»)"));
            row.put("unit", indicator.unit());
            row.put("copy", indicator.copyOf() != null);
            row.put("total", indicator.total().name());
            row.put("heading", Objects.equals(previousGroup, indicator.group()) ? null
                    : ReportFormGenerator.groupPath(groups, groups.get(indicator.group())));
            previousGroup = indicator.group();
        }
        ArrayNode sections = layout.putArray("sections");
        Map<String, OutlineSection> byCode = form.template().outline().stream()
                .collect(Collectors.toMap(OutlineSection::code, s -> s));
        // a heading once: coming back to a parent after its sub-items (3.1 … 3.3, then 4) repeats nothing
        Set<String> shownParents = new HashSet<>();
        for (OutlineSection section : form.textSections()) {
            ObjectNode node = sections.addObject();
            node.put("code", section.code());
            node.put("title", section.heading());
            node.put("hints", section.guidance().isEmpty() ? null : String.join("\n", section.guidance()));
            node.put("heading", section.parent() == null || !shownParents.add(section.parent()) ? null
                    : ReportFormGenerator.sectionPath(byCode, section.parent()));
        }
        layout.put("violations", violations.isEmpty() ? null : listed(form, violations));
        layout.put("returnComment", returnComment);
        addWarnings(layout, form, ruleViolations, explanations);
        return layout;
    }

    private static void addWarnings(ObjectNode layout, ReportForm form, List<Violation> ruleViolations,
                                    Map<String, String> explanations) {
        ArrayNode explain = layout.putArray("explain");
        for (ValidationRule rule : warningRules(form)) {
            boolean shown = ruleViolations.stream().anyMatch(v -> v.rule().equals(rule.id()))
                    || !explanations.getOrDefault(rule.id(), "").isBlank();
            explain.add(shown ? "Giải trình cảnh báo " + rule.id() + " (vì sao số liệu như vậy)" : null);
        }
        layout.put("warnings", reviewerWarnings(form, ruleViolations, explanations));
    }

    /** Each warning the figures raise, with the unit's explanation or a note that there is none; null for none. */
    static String reviewerWarnings(ReportForm form, List<Violation> ruleViolations, Map<String, String> explanations) {
        List<String> lines = new ArrayList<>();
        for (ValidationRule rule : warningRules(form)) {
            List<String> warnings = warnings(rule, ruleViolations);
            String explanation = explanations.getOrDefault(rule.id(), "");
            warnings.forEach(w -> lines.add("- " + w));
            if (!warnings.isEmpty()) {
                lines.add(explanation.isBlank() ? "  *Đơn vị chưa giải trình.*"
                        : "  Giải trình của đơn vị: " + explanation.strip().replace("\n", " "));
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static List<String> warnings(ValidationRule rule, List<Violation> ruleViolations) {
        return ruleViolations.stream().filter(v -> v.rule().equals(rule.id())).map(Violation::message).toList();
    }

    /** One line per violation, but one line per row for blank cells: a table left empty is 22 lines, not 110. */
    static String listed(ReportForm form, List<Violation> violations) {
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
}
