package vn.congdoan.baocao.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a unit writes: figures by indicator and period code (null = blank), section texts by section
 * code, and the explanations it gives for warnings, by rule id.
 */
public record ReportContent(
        Map<String, Map<String, Long>> values,
        Map<String, String> sections,
        Map<String, String> explanations) {

    public ReportContent {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        values.forEach((indicator, periods) -> copy.put(indicator, Collections.unmodifiableMap(new LinkedHashMap<>(periods))));
        values = Collections.unmodifiableMap(copy);
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
    }

    public Long value(String indicator, String period) {
        Map<String, Long> periods = values.get(indicator);
        return periods == null ? null : periods.get(period);
    }
}
