package vn.congdoan.baocao.report;

import java.util.Map;

/**
 * A report as the API takes it: {@code values} by indicator code and period code (a JSON number,
 * or null for blank; anything else is refused with its cell named), texts by outline section code,
 * explanations of warnings by rule id.
 */
public record ReportBody(Map<String, Map<String, Object>> values, Map<String, String> sections,
                         Map<String, String> explanations) {
}
