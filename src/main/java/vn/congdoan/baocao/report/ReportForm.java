package vn.congdoan.baocao.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.congdoan.baocao.cycle.Period;
import vn.congdoan.baocao.template.Indicator;
import vn.congdoan.baocao.template.OutlineSection;
import vn.congdoan.baocao.template.TemplateDefinition;

/** The shape of a cycle's report: the template's indicators and text sections, the cycle's periods. */
public record ReportForm(TemplateDefinition template, List<Period> periods) {

    public List<Indicator> indicators() {
        return template.indicators();
    }

    /** The indicators a unit types in; the others are copies of another indicator. */
    public List<Indicator> enteredIndicators() {
        return template.indicators().stream().filter(i -> i.copyOf() == null).toList();
    }

    public List<OutlineSection> textSections() {
        return template.textSections();
    }

    public Map<String, Indicator> indicatorsByCode() {
        return template.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    public String periodLabel(String code) {
        return periods.stream().filter(p -> p.code().equals(code)).map(Period::label).findFirst().orElse(code);
    }

    /** «label» (code), as messages name a row. */
    public static String row(Indicator indicator) {
        return "«" + indicator.label() + "» (" + indicator.code() + ")";
    }

    public static String sectionName(OutlineSection section) {
        return "«" + section.heading() + "»";
    }
}
