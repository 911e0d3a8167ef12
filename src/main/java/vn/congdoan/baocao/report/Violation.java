package vn.congdoan.baocao.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.congdoan.baocao.template.Severity;

/**
 * Why a report cannot be taken as it is. {@code rule} is a template rule id (V01 …), BLANK, VALUE or
 * SECTION; the message names the row, the period as users know it and the value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String rule, Severity severity, String indicator, String period, String section,
                        String message) {

    public static Violation value(String indicator, String period, String message) {
        return new Violation("VALUE", Severity.ERROR, indicator, period, null, message);
    }

    public static Violation blank(String indicator, String period, String message) {
        return new Violation("BLANK", Severity.ERROR, indicator, period, null, message);
    }

    public static Violation section(String section, String message) {
        return new Violation("SECTION", Severity.ERROR, null, null, section, message);
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }
}
