package vn.congdoan.baocao.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Report bodies (PUT …/draft, POST …/submit) for the tests. */
public final class ReportBodies {

    public static final List<String> SEED_PERIODS = List.of("2016", "2017", "2018", "2019", "2020H1");

    public static final List<String> TEXT_SECTIONS = List.of("P1.I.1", "P1.I.2", "P1.II.1", "P1.II.2", "P1.II.3.1",
            "P1.II.3.2", "P1.II.3.3", "P1.II.4", "P1.II.5", "P1.II.6", "P2.I", "P2.II");

    /** A complete table whose figures agree with each other in every period (I18 left to be copied). */
    public static final Map<String, Integer> CONSISTENT_ROW = new LinkedHashMap<>();

    static {
        int[] values = {2, 50, 100, 80, 100, 60, 70, 50, 10, 8, 40, 12, 50, 10, 40, 8, 2, -1, 30, 25, 20, 1};
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= 0) {
                CONSISTENT_ROW.put(String.format("I%02d", i + 1), values[i]);
            }
        }
    }

    private ReportBodies() {
    }

    public static Map<String, Object> complete() {
        Map<String, Object> values = new LinkedHashMap<>();
        CONSISTENT_ROW.forEach((indicator, value) -> {
            Map<String, Object> periods = new LinkedHashMap<>();
            SEED_PERIODS.forEach(p -> periods.put(p, value));
            values.put(indicator, periods);
        });
        Map<String, Object> sections = new LinkedHashMap<>();
        TEXT_SECTIONS.forEach(s -> sections.put(s, "Nội dung mục " + s + "."));
        return body(values, sections);
    }

    public static Map<String, Object> body(Map<String, Object> values, Map<String, Object> sections) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", values);
        body.put("sections", sections);
        body.put("explanations", Map.of());
        return body;
    }
}
