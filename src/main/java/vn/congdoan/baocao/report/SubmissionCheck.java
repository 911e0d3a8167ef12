package vn.congdoan.baocao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.OutlineSection;
import vn.congdoan.baocao.template.Severity;

/**
 * What a submitted report must have: no blank value, no empty section, no broken rule of severity
 * ERROR, and an explanation for every rule that warns.
 */
public final class SubmissionCheck {

    /** The rule of a violation that asks for the explanation of a warning. */
    public static final String EXPLANATION = "EXPLANATION";

    private SubmissionCheck() {
    }

    static List<Violation> check(ReportContent content, ReportForm form, EarlierFigures earlier) {
        List<Violation> violations = new ArrayList<>();
        for (Indicator indicator : form.enteredIndicators()) {
            for (Period period : form.periods()) {
                if (content.value(indicator.code(), period.code()) == null) {
                    violations.add(Violation.blank(indicator.code(), period.code(),
                            period.label() + ": " + ReportForm.row(indicator) + " chưa nhập số liệu."));
                }
            }
        }
        violations.addAll(emptySections(content.sections(), form));
        List<Violation> broken = TableRules.check(form, content.values(), earlier);
        violations.addAll(broken);
        broken.stream().filter(v -> v.severity() == Severity.WARNING).map(Violation::rule).distinct()
                .filter(rule -> content.explanations().getOrDefault(rule, "").isBlank())
                .forEach(rule -> violations.add(new Violation(EXPLANATION, Severity.ERROR, null, null, null,
                        "Cảnh báo " + rule + " cần có lời giải trình (vì sao số liệu như vậy) thì báo cáo mới nộp được.")));
        return violations;
    }

    /** The outline's text sections left empty. */
    public static List<Violation> emptySections(Map<String, String> sections, ReportForm form) {
        List<Violation> violations = new ArrayList<>();
        for (OutlineSection section : form.textSections()) {
            String text = sections.get(section.code());
            if (text == null || text.isBlank()) {
                violations.add(Violation.section(section.code(),
                        "Mục " + ReportForm.sectionName(section) + " chưa có nội dung."));
            }
        }
        return violations;
    }
}
