package vn.congdoan.baocao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.system.StoredText;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.OutlineSection;
import vn.congdoan.baocao.template.Severity;
import vn.congdoan.baocao.template.ValidationRule;

/**
 * Reads a report body into content, checking every value for form: a whole number from 0 to
 * 999 999 999 or blank. Copied indicators (I18) are taken from their source; one sent with another
 * value is refused.
 */
final class ReportContentReader {

    private ReportContentReader() {
    }

    /**
     * @param violations what refuses the whole body
     * @param unstored   texts the columns cannot take; {@code content} keeps what was stored for them
     * @param tooLong    whether every unstored text is refused for its length alone
     */
    record Result(ReportContent content, List<Violation> violations, List<Violation> unstored, boolean tooLong) {
    }

    /** Reads the body; a text that cannot be stored keeps the text {@code stored} has for it. */
    static Result read(ReportBody body, ReportForm form, ReportContent stored) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Indicator> indicators = form.indicatorsByCode();
        Set<String> periods = form.periods().stream().map(Period::code).collect(Collectors.toSet());
        Map<String, Map<String, Object>> given = body.values() == null ? Map.of() : body.values();

        given.keySet().stream().filter(code -> !indicators.containsKey(code)).forEach(code ->
                violations.add(Violation.value(StoredText.quote(code), null,
                        "Chỉ tiêu «" + StoredText.quote(code) + "» không có trong mẫu báo cáo.")));
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        for (Indicator indicator : form.enteredIndicators()) {
            Map<String, Object> cells = given.getOrDefault(indicator.code(), Map.of());
            cells.keySet().stream().filter(p -> !periods.contains(p)).forEach(p -> violations.add(Violation.value(
                    indicator.code(), StoredText.quote(p), ReportForm.row(indicator) + ": kỳ «" + StoredText.quote(p)
                            + "» không có trong đợt báo cáo.")));
            Map<String, Long> amounts = new HashMap<>();
            for (Period period : form.periods()) {
                Object raw = cells == null ? null : cells.get(period.code());
                amounts.put(period.code(), amount(raw, indicator, period, violations));
            }
            values.put(indicator.code(), amounts);
        }
        for (Indicator copy : form.indicators()) {
            if (copy.copyOf() == null) {
                continue;
            }
            Map<String, Long> source = values.getOrDefault(copy.copyOf(), Map.of());
            Map<String, Object> sent = given.getOrDefault(copy.code(), Map.of());
            for (Period period : form.periods()) {
                Object raw = sent == null ? null : sent.get(period.code());
                Long amount = raw == null ? null : amount(raw, copy, period, violations);
                Long expected = source.get(period.code());
                if (amount != null && !amount.equals(expected)) {
                    Indicator original = indicators.get(copy.copyOf());
                    violations.add(new Violation(copyRule(form), Severity.ERROR, copy.code(), period.code(), null,
                            period.label() + ": " + ReportForm.row(copy) + " (" + amount + ") phải bằng "
                                    + ReportForm.row(original) + " (" + (expected == null ? "để trống" : expected)
                                    + "); số liệu này được lấy tự động (" + copyRule(form) + ")."));
                }
            }
            values.put(copy.code(), new HashMap<>(source));
        }

        Set<String> textSections = form.textSections().stream().map(OutlineSection::code).collect(Collectors.toSet());
        Map<String, String> sections = body.sections() == null ? Map.of() : body.sections();
        sections.keySet().stream().filter(code -> !textSections.contains(code)).forEach(code ->
                violations.add(Violation.section(StoredText.quote(code), "Mục «" + StoredText.quote(code)
                        + "» không có trong đề cương (hoặc là đề mục, không ghi nội dung).")));
        Set<String> rules = form.template().rules().stream().map(ValidationRule::id).collect(Collectors.toSet());
        Map<String, String> explanations = body.explanations() == null ? Map.of() : body.explanations();
        explanations.keySet().stream().filter(rule -> !rules.contains(rule)).forEach(rule ->
                violations.add(new Violation("VALUE", Severity.ERROR, null, null, null,
                        "Giải trình cho quy tắc «" + StoredText.quote(rule) + "»: không có quy tắc này.")));

        Map<String, String> keptSections = new LinkedHashMap<>(sections);
        keptSections.keySet().retainAll(textSections);
        Map<String, String> keptExplanations = new LinkedHashMap<>(explanations);
        keptExplanations.keySet().retainAll(rules);
        List<Violation> unstored = new ArrayList<>();
        Map<String, OutlineSection> sectionsByCode = form.textSections().stream()
                .collect(Collectors.toMap(OutlineSection::code, s -> s));
        Map<String, StoredText.Problem> sectionProblems = WrittenTexts.problems(keptSections);
        Map<String, StoredText.Problem> explanationProblems = WrittenTexts.problems(keptExplanations);
        sectionProblems.forEach((code, problem) -> unstored.add(Violation.section(code,
                "Mục " + ReportForm.sectionName(sectionsByCode.get(code)) + " " + problem.description() + ".")));
        explanationProblems.forEach((rule, problem) -> unstored.add(new Violation(SubmissionCheck.EXPLANATION,
                Severity.ERROR, null, null, null, "Giải trình cho quy tắc " + rule + " " + problem.description() + ".")));
        boolean tooLong = Stream.concat(sectionProblems.values().stream(),
                explanationProblems.values().stream()).allMatch(StoredText.Problem::tooLong);
        return new Result(new ReportContent(values, WrittenTexts.storable(keptSections, stored.sections()),
                WrittenTexts.storable(keptExplanations, stored.explanations())), violations, unstored, tooLong);
    }

    /** The rule that says a copied indicator equals its source (V09 in the built-in template). */
    private static String copyRule(ReportForm form) {
        return form.template().rules().stream().map(ValidationRule::id).filter("V09"::equals).findFirst().orElse("COPY");
    }

    private static Long amount(Object raw, Indicator indicator, Period period, List<Violation> violations) {
        if (raw == null) {
            return null;
        }
        String where = period.label() + ": " + ReportForm.row(indicator) + " — ";
        BigDecimal number;
        if ((raw instanceof Double d && !Double.isFinite(d)) || (raw instanceof Float f && !Float.isFinite(f))) {
            violations.add(Violation.value(indicator.code(), period.code(),
                    where + "«" + raw + "» " + WholeNumbers.NOT_A_NUMBER + "."));
            return null;
        } else if (raw instanceof Number n) {
            number = new BigDecimal(n.toString());
        } else if (raw instanceof String s && s.strip().matches("\\d{1,18}")) {
            number = new BigDecimal(s.strip());
        } else if (raw instanceof String s && s.isBlank()) {
            return null;
        } else {
            violations.add(Violation.value(indicator.code(), period.code(),
                    where + "«" + StoredText.quote(String.valueOf(raw)) + "» " + WholeNumbers.NOT_A_NUMBER + "."));
            return null;
        }
        Optional<String> problem = WholeNumbers.problem(number);
        if (problem.isPresent()) {
            violations.add(Violation.value(indicator.code(), period.code(),
                    where + "«" + StoredText.quote(String.valueOf(raw)) + "» " + problem.get() + "."));
            return null;
        }
        return number.longValueExact();
    }
}
